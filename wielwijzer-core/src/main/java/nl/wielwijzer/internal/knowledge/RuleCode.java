package nl.wielwijzer.internal.knowledge;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wielwijzer.catalog.Instrument;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.result.Citation;
import nl.wielwijzer.rules.Advice;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * The code in a rule file is restricted to the fact model and {@code advice}: an allow-list, checked on the
 * text before Drools compiles anything (Drools evaluates some of it while compiling).
 *
 * <p>Rule files run inside the host with all its rights, so what they may do is spelled out here and in
 * docs/rule-authoring.md, and everything else is refused with file, line and the construct:
 * <ul>
 *   <li><b>imports</b> only from {@code nl.wielwijzer.rules, .catalog, .bcw, .profile, .result} and
 *       {@code java.util.List, Set, Collection}; one global, {@code Advice advice}; no {@code declare},
 *       {@code import function}, custom accumulate functions or {@code dialect "mvel"};</li>
 *   <li><b>rule headers</b>: metadata values are text in quotes (Drools would otherwise evaluate them); the
 *       attributes {@code salience}, {@code no-loop}, {@code lock-on-active}, {@code agenda-group},
 *       {@code activation-group} with plain values;</li>
 *   <li><b>conditions, {@code eval}, actions and functions</b>: a dotted name may start only at
 *       {@code advice}, a bound variable ({@code $gap}), a local variable or parameter, a field of a fact
 *       (in conditions), or a type of the fact model ({@code ComB.SOCIAL_OPPORTUNITY}); every member after a dot
 *       must be a method, field or constant of the fact model or one of a few read-only methods of texts and
 *       lists ({@code equals}, {@code isEmpty}, {@code size}, {@code contains}, …); a call without a dot may
 *       name only a fact type, a DRL keyword or one of those read-only methods of the pattern's own object
 *       (in conditions: {@code List( !isEmpty() )}) or a function of the rule set (in actions);</li>
 *   <li>never: {@code new}, loops ({@code while}, {@code for}, {@code do}), {@code try}/{@code throw},
 *       {@code synchronized}, {@code class}, {@code this}, lambdas, method references, {@code \}u escapes,
 *       functions calling functions (so no recursion), and {@code insert}, {@code update}, {@code modify},
 *       {@code delete}, {@code retract}: rules change nothing but the advice, and {@code advice.diagnose}
 *       inserts the only facts the stages need.</li>
 * </ul>
 * So a consequence is straight-line code without loops or recursion: it ends, and the engine's firing limit
 * and time budget bound how often rules fire.
 */
final class RuleCode {

    private static final String HINT = "a rule may use only its facts, their fields, the fact model's constants and "
            + "advice; docs/rule-authoring.md lists what a rule may call";

    private static final List<String> IMPORT_PACKAGES = List.of("nl.wielwijzer.rules.", "nl.wielwijzer.catalog.",
            "nl.wielwijzer.bcw.", "nl.wielwijzer.profile.", "nl.wielwijzer.result.");
    private static final Set<String> IMPORT_CLASSES = Set.of("java.util.List", "java.util.Set", "java.util.Collection");

    private static final Set<String> FORBIDDEN_WORDS = Set.of("new", "class", "this", "super", "while", "for", "do",
            "foreach", "until", "try", "catch", "finally", "throw", "throws", "synchronized", "switch", "case",
            "default", "break", "continue", "goto", "assert", "import", "package", "interface", "enum", "extends",
            "implements", "native", "transient", "volatile", "strictfp", "static", "abstract", "private",
            "protected", "public", "const", "record", "yield", "def", "function", "drools", "kcontext");

    private static final Set<String> MEMORY_CALLS = Set.of("insert", "insertLogical", "update", "modify", "delete",
            "retract");

    /** Methods every object has that lead out of the fact model. */
    private static final Set<String> OBJECT_METHODS = Set.of("getClass", "wait", "notify", "notifyAll", "hashCode",
            "getDeclaringClass", "describeConstable", "finalize", "clone");

    /** The read-only methods of texts, lists, numbers and enums that rules may call. */
    private static final Set<String> READ_ONLY = Set.of("equals", "equalsIgnoreCase", "isEmpty", "size", "contains",
            "containsKey", "containsAll", "startsWith", "endsWith", "length", "get", "getOrDefault", "name",
            "ordinal", "compareTo", "intValue", "toString", "values", "valueOf", "min", "max", "abs");

    /** Calls without a receiver that conditions may make: fact types and DRL's own words. */
    private static final Set<String> CONDITION_CALLS;

    /** Names a dotted chain may start with, besides variables: the fact model's types. */
    private static final Set<String> MODEL_TYPES;

    /** Names that may follow a dot. */
    private static final Set<String> MEMBERS;

    /** Names that may start a chain in conditions: the fields of the facts ({@code instrument.id}). */
    private static final Set<String> FACT_FIELDS;

    static {
        Set<String> calls = new HashSet<>(DrlHints.FACTS.keySet());
        calls.addAll(List.of("eval", "not", "exists", "forall", "collect", "accumulate", "in", "and", "or", "from",
                "count", "sum", "min", "max", "average", "collectList", "collectSet", "List", "Set", "Collection", "Number",
                "Fact"));
        CONDITION_CALLS = Set.copyOf(calls);

        Set<String> types = new HashSet<>(DrlHints.FACTS.keySet());
        types.addAll(DrlHints.ENUMS.keySet());
        types.addAll(List.of("Advice", "Instrument", "Citation", "Cost", "TargetGroup", "Fact", "Math"));
        MODEL_TYPES = Set.copyOf(types);

        Set<String> members = new TreeSet<>(READ_ONLY);
        Set<String> fields = new TreeSet<>();
        List<Class<?>> model = new ArrayList<>(DrlHints.FACTS.values());
        model.addAll(DrlHints.ENUMS.values());
        model.addAll(List.of(Advice.class, nl.wielwijzer.rules.EachCandidate.class, Instrument.class, Citation.class, nl.wielwijzer.catalog.Cost.class,
                nl.wielwijzer.catalog.TargetGroup.class, nl.wielwijzer.rules.Fact.class));
        for (Class<?> type : model) {
            for (Method m : type.getMethods()) {
                Class<?> owner = m.getDeclaringClass();
                if (owner == Object.class || owner == Enum.class || owner == Record.class
                        || !owner.getName().startsWith("nl.wielwijzer.")) {
                    continue;
                }
                members.add(m.getName());
                String property = property(m);
                if (property != null) {
                    members.add(property);
                    fields.add(property);
                }
            }
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    members.add(((Enum<?>) constant).name());
                }
            }
            for (java.lang.reflect.Field f : type.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers())) {
                    members.add(f.getName());
                }
            }
            fields.addAll(DrlHints.fieldsOf(type));
        }
        members.removeAll(OBJECT_METHODS);
        MEMBERS = Set.copyOf(members);
        FACT_FIELDS = Set.copyOf(fields);
    }

    private static String property(Method m) {
        if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())) {
            return null;
        }
        String n = m.getName();
        if (n.startsWith("get") && n.length() > 3) {
            return Character.toLowerCase(n.charAt(3)) + n.substring(4);
        }
        if (n.startsWith("is") && n.length() > 2) {
            return Character.toLowerCase(n.charAt(2)) + n.substring(3);
        }
        return n; // record accessors
    }

    private RuleCode() {
    }

    /** Every breach of the allow-list in one parsed rule file. */
    static List<Problem> check(String file, String text, PackageDescr descr) {
        RuleCode.File f = new RuleCode.File(file, text);
        List<Problem> problems = f.problems;
        for (ImportDescr i : descr.getImports()) {
            String target = i.getTarget();
            boolean allowed = IMPORT_CLASSES.contains(target)
                    || IMPORT_PACKAGES.stream().anyMatch(target::startsWith);
            if (!allowed) {
                problems.add(f.at(i.getLine(), null, "imports " + target + ", which a rule file may not",
                        "import only from nl.wielwijzer.rules, .catalog, .bcw, .profile and .result, and java.util.List"));
            }
        }
        for (ImportDescr i : descr.getFunctionImports()) {
            // "import static" lands here too; the fact model's constants are what it is for
            if (IMPORT_PACKAGES.stream().noneMatch(i.getTarget()::startsWith)) {
                problems.add(f.at(i.getLine(), null, "imports " + i.getTarget() + ", which a rule file may not",
                        "import static only the constants of nl.wielwijzer.bcw and nl.wielwijzer.result"));
            }
        }
        if (!descr.getAccumulateImports().isEmpty()) {
            problems.add(f.at(descr.getAccumulateImports().get(0).getLine(), null,
                    "imports an accumulate function, which a rule file may not", HINT));
        }
        if (!descr.getTypeDeclarations().isEmpty() || !descr.getEnumDeclarations().isEmpty()
                || !descr.getWindowDeclarations().isEmpty() || !descr.getEntryPointDeclarations().isEmpty()) {
            problems.add(f.at(f.lineOf("declare"), null, "declares a type (declare), which a rule file may not",
                    "rules match the facts of the fact model; docs/rule-authoring.md lists them"));
        }
        for (GlobalDescr g : descr.getGlobals()) {
            if (!(g.getIdentifier().equals("advice") && (g.getType().equals("Advice")
                    || g.getType().equals(Advice.class.getName())))) {
                problems.add(f.at(g.getLine(), null, "declares the global '" + g.getType() + " " + g.getIdentifier()
                        + "'; the only global is 'global Advice advice'", HINT));
            }
        }
        for (AttributeDescr a : descr.getAttributes()) {
            if (a.getName().equals("dialect") && !a.getValue().replace("\"", "").equals("java")) {
                problems.add(f.at(a.getLine(), null, "uses the dialect " + a.getValue() + "; rule files are written in "
                        + "the java dialect", "remove the dialect line"));
            }
        }
        Set<String> functions = new HashSet<>();
        descr.getFunctions().forEach(fn -> functions.add(fn.getName()));
        for (FunctionDescr fn : descr.getFunctions()) {
            f.function(fn, functions);
        }
        for (RuleDescr rule : descr.getRules()) {
            if (rule instanceof org.drools.drl.ast.descr.QueryDescr) {
                problems.add(f.at(rule.getLine(), "query \"" + rule.getName() + "\"",
                        "declares a query, which a rule file may not", HINT));
            } else {
                f.rule(rule, functions);
            }
        }
        return problems;
    }

    private enum Kind { WORD, TEXT, NUMBER, SYMBOL }

    private record Token(Kind kind, String text, int offset) {
        boolean is(String s) {
            return text.equals(s) && kind != Kind.TEXT;
        }
    }

    /** One file's text, its line starts, and the problems found in it. */
    private static final class File {
        private final String name;
        private final String text;
        private final int[] lineStarts;
        private final List<Problem> problems = new ArrayList<>();

        File(String name, String text) {
            this.name = name;
            this.text = text;
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        Problem at(int line, String field, String message, String hint) {
            return new Problem(name, Math.max(line, 0), 0, field, message, hint);
        }

        Problem at(int offset, String field, String message) {
            int line = 0;
            while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) {
                line++;
            }
            return new Problem(name, line + 1, offset - lineStarts[line] + 1, field, message, HINT);
        }

        int lineOf(String word) {
            Matcher m = Pattern.compile("(?m)^\\s*" + word + "\\b").matcher(text);
            return m.find() ? at(m.start(), null, "").line() : 0;
        }

        void function(FunctionDescr fn, Set<String> functions) {
            String field = "function " + fn.getName();
            Matcher header = Pattern.compile("\\bfunction\\b[^{;]*?\\b" + Pattern.quote(fn.getName()) + "\\s*\\(")
                    .matcher(text);
            if (!header.find()) {
                problems.add(at(fn.getLine(), field, "cannot be checked; write it as 'function TYPE NAME(...) { ... }'", HINT));
                return;
            }
            List<Token> all = tokens(header.end(), text.length(), field);
            int open = -1;
            int depth = 0;
            int close = all.size();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).is("{")) {
                    if (open < 0) {
                        open = i;
                    }
                    depth++;
                } else if (all.get(i).is("}") && open >= 0 && --depth == 0) {
                    close = i;
                    break;
                }
            }
            if (open < 0) {
                return;
            }
            List<Token> tokens = all.subList(open, Math.min(close + 1, all.size()));
            Set<String> roots = new HashSet<>(fn.getParameterNames());
            roots.addAll(locals(tokens));
            // A function may not call a function: no recursion, direct or mutual (reported just below).
            code(tokens, roots, functions, false, field);
            if (!functions.isEmpty()) {
                for (int i = 0; i + 1 < tokens.size(); i++) {
                    Token t = tokens.get(i);
                    if (t.kind() == Kind.WORD && functions.contains(t.text()) && tokens.get(i + 1).is("(")
                            && (i == 0 || !tokens.get(i - 1).is("."))) {
                        problems.add(at(t.offset(), field, "calls the function " + t.text()
                                + "; a function may not call functions, so that nothing can recurse"));
                    }
                }
            }
        }

        void rule(RuleDescr rule, Set<String> functions) {
            String field = "rule \"" + rule.getName() + "\"";
            int start = rule.getStartCharacter();
            int end = rule.getEndCharacter();
            if (start < 0 || end <= start || end > text.length()) {
                int at = text.indexOf("\"" + rule.getName() + "\"");
                start = Math.max(at, 0);
                end = text.length();
            }
            List<Token> tokens = tokens(start, Math.min(end + 1, text.length()), field);
            int when = indexOf(tokens, "when", 0);
            int then = indexOf(tokens, "then", when < 0 ? 0 : when + 1);
            if (when < 0 || then < 0) {
                return; // Drools reports the syntax
            }
            header(tokens.subList(0, when), rule, field);
            List<Token> lhs = tokens.subList(when + 1, then);
            Set<String> bound = bound(lhs);
            Set<String> conditionRoots = new HashSet<>(bound);
            conditionRoots.addAll(FACT_FIELDS);
            code(lhs, conditionRoots, CONDITION_CALLS, true, field);
            int last = tokens.size();
            if (last > then + 1 && tokens.get(last - 1).is("end")) {
                last--;
            }
            List<Token> rhs = tokens.subList(then + 1, last);
            Set<String> roots = new HashSet<>(bound);
            roots.add("advice");
            roots.addAll(locals(rhs));
            code(rhs, roots, functions, false, field);
        }

        /** Rule name, attributes and metadata: only plain values, never an expression. */
        private void header(List<Token> tokens, RuleDescr rule, String field) {
            for (Map.Entry<String, AttributeDescr> a : rule.getAttributes().entrySet()) {
                String key = a.getKey();
                String value = a.getValue().getValue() == null ? "" : a.getValue().getValue().strip();
                boolean ok = switch (key) {
                    case "salience" -> value.matches("-?[0-9]{1,9}");
                    case "no-loop", "lock-on-active" -> value.isEmpty() || value.matches("true|false");
                    case "agenda-group", "activation-group" -> value.matches("\"?[\\w .-]*\"?");
                    case "dialect" -> value.replace("\"", "").equals("java");
                    default -> false;
                };
                if (!ok) {
                    problems.add(at(rule.getLine(), field, "has the attribute " + key + (value.isEmpty() ? "" : " " + value)
                            + ", which a rule may not have", "rules may have salience (a whole number), no-loop, "
                            + "lock-on-active, agenda-group and activation-group with plain values"));
                }
            }
            int depth = 0;
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.is("(")) {
                    boolean annotation = i >= 2 && tokens.get(i - 1).kind() == Kind.WORD && tokens.get(i - 2).is("@");
                    if (depth == 0 && !annotation) {
                        problems.add(at(t.offset(), field, "has an expression in its header; metadata and "
                                + "attributes take plain values"));
                        return;
                    }
                    depth++;
                } else if (t.is(")")) {
                    depth--;
                } else if (depth > 0 && !(t.kind() == Kind.TEXT || t.kind() == Kind.NUMBER || t.is(","))) {
                    problems.add(at(t.offset(), field, "has metadata that is not text in quotes ("
                            + t.text() + "); write every metadata value in quotes"));
                    return;
                } else if (depth == 0 && (t.is(".") || t.text().startsWith("$"))) {
                    problems.add(at(t.offset(), field, "has an expression in its header; metadata and "
                            + "attributes take plain values"));
                    return;
                }
            }
        }

        /**
         * Checks conditions or actions: every chain starts at an allowed root, every member is allowed, every
         * bare call is allowed, and no forbidden word or construct appears.
         */
        private void code(List<Token> tokens, Set<String> roots, Set<String> calls, boolean conditions, String field) {
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.kind() == Kind.SYMBOL && (t.is("->") || t.is("::"))) {
                    problems.add(at(t.offset(), field, "uses " + t.text() + " (a lambda or method reference), which a "
                            + "rule may not"));
                    continue;
                }
                if (t.kind() == Kind.SYMBOL && (t.is("@") || t.is("#") || t.is("`"))) {
                    problems.add(at(t.offset(), field, "uses '" + t.text() + "', which a rule may not"));
                    continue;
                }
                if (t.kind() != Kind.WORD) {
                    continue;
                }
                String word = t.text();
                Token before = i > 0 ? tokens.get(i - 1) : null;
                Token after = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
                boolean member = before != null && before.is(".");
                boolean call = after != null && after.is("(");
                boolean chain = after != null && after.is(".");
                if (conditions && word.equals("this")) {
                    continue; // the fact being matched: this instanceof Push
                }
                if (FORBIDDEN_WORDS.contains(word)) {
                    problems.add(at(t.offset(), field, forbidden(word, chain, tokens, i)));
                    continue;
                }
                if (member) {
                    // advice has only its actions: a misspelt one is left to the compiler, which names the right one
                    boolean onAdvice = i >= 2 && tokens.get(i - 2).is("advice")
                            && (i < 3 || !tokens.get(i - 3).is("."));
                    boolean objectMethod = OBJECT_METHODS.contains(word);
                    if (onAdvice ? objectMethod : !MEMBERS.contains(word)) {
                        problems.add(at(t.offset(), field, (call ? "calls ." + word + "(…)" : "uses ." + word)
                                + ", which is not part of the fact model"));
                    }
                    continue;
                }
                if (word.equals("if") || word.equals("return") || word.equals("else")) {
                    continue;
                }
                if (call && !chain) {
                    if (MEMORY_CALLS.contains(word)) {
                        problems.add(at(t.offset(), field, "calls " + word + "(…); rules may not insert, update, "
                                + "modify or delete facts: they act through advice, and advice.diagnose adds the "
                                + "only facts rules derive"));
                    } else if (!calls.contains(word) && !(conditions && Character.isUpperCase(word.charAt(0)))
                            && !(conditions && READ_ONLY.contains(word))) {
                        // in conditions a capitalised name before '(' is a pattern; the compiler checks the type,
                        // and a read-only method without a receiver is the pattern's own: List( !isEmpty() )
                        problems.add(at(t.offset(), field, "calls " + word + "(…), which a rule may not: "
                                + (conditions ? "it is not a fact type" : "it is not a function of this rule set")));
                    }
                    continue;
                }
                if (chain && !roots.contains(word) && !MODEL_TYPES.contains(word)) {
                    problems.add(at(t.offset(), field, "uses " + dotted(tokens, i) + ", which a rule may not"));
                }
            }
        }

        private static String forbidden(String word, boolean chain, List<Token> tokens, int i) {
            return switch (word) {
                case "while", "for", "do", "foreach", "until" -> "has a loop ('" + word + "'); a rule's action is a few "
                        + "advice calls, without loops";
                case "new" -> "creates an object with 'new', which a rule may not";
                case "drools", "kcontext" -> "uses " + (chain ? dotted(tokens, i) : word) + ", the rule engine itself, "
                        + "which a rule may not";
                default -> "uses '" + word + "', which a rule may not";
            };
        }

        private static String dotted(List<Token> tokens, int i) {
            StringBuilder out = new StringBuilder(tokens.get(i).text());
            int j = i + 1;
            while (j + 1 < tokens.size() && tokens.get(j).is(".") && tokens.get(j + 1).kind() == Kind.WORD) {
                out.append('.').append(tokens.get(j + 1).text());
                j += 2;
            }
            return out.toString();
        }

        private static int indexOf(List<Token> tokens, String word, int from) {
            int depth = 0;
            for (int i = from; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.is("(")) {
                    depth++;
                } else if (t.is(")")) {
                    depth--;
                } else if (depth == 0 && t.kind() == Kind.WORD && t.text().equals(word)) {
                    return i;
                }
            }
            return -1;
        }

        /** Names bound in conditions: {@code $gap : Gap(...)}, {@code $i : instrument}. */
        private static Set<String> bound(List<Token> tokens) {
            Set<String> names = new HashSet<>();
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (tokens.get(i).kind() == Kind.WORD && tokens.get(i + 1).is(":")
                        && !(i + 2 < tokens.size() && tokens.get(i + 2).is(":"))) {
                    names.add(tokens.get(i).text());
                }
            }
            return names;
        }

        /** Local variables and loop-free declarations: {@code int points = ...}, {@code String s;}. */
        private static Set<String> locals(List<Token> tokens) {
            Set<String> names = new HashSet<>();
            for (int i = 0; i + 2 < tokens.size(); i++) {
                Token type = tokens.get(i);
                Token name = tokens.get(i + 1);
                Token next = tokens.get(i + 2);
                if (type.kind() == Kind.WORD && name.kind() == Kind.WORD && (next.is("=") || next.is(";"))) {
                    names.add(name.text());
                }
            }
            return names;
        }

        /** The tokens of {@code text[from, to)}, without comments; a literal keeps its quotes in {@code text}. */
        private List<Token> tokens(int from, int to, String field) {
            List<Token> out = new ArrayList<>();
            // Java reads \\u escapes before anything else, even in comments and quotes: they could hide code.
            int escape = text.substring(from, to).indexOf("\\u");
            if (escape >= 0) {
                problems.add(at(from + escape, field, "uses a \\u escape, which a rule may not (it can hide code)"));
                return out;
            }
            int i = from;
            while (i < to) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '/' && i + 1 < to && text.charAt(i + 1) == '/') {
                    while (i < to && text.charAt(i) != '\n') {
                        i++;
                    }
                } else if (c == '/' && i + 1 < to && text.charAt(i + 1) == '*') {
                    int close = text.indexOf("*/", i + 2);
                    i = close < 0 || close >= to ? to : close + 2;
                } else if (c == '"' || c == '\'') {
                    if (c == '"' && text.startsWith("\"\"\"", i)) {
                        problems.add(at(i, field, "uses a text block (\"\"\"), which a rule may not"));
                        return List.of();
                    }
                    int j = i + 1;
                    while (j < to && text.charAt(j) != c && text.charAt(j) != '\n') {
                        if (text.charAt(j) == '\\') {
                            j++;
                        }
                        j++;
                    }
                    out.add(new Token(Kind.TEXT, text.substring(i, Math.min(j + 1, to)), i));
                    i = j + 1;
                } else if (Character.isJavaIdentifierStart(c)) {
                    int j = i + 1;
                    while (j < to && Character.isJavaIdentifierPart(text.charAt(j))) {
                        j++;
                    }
                    out.add(new Token(Kind.WORD, text.substring(i, j), i));
                    i = j;
                } else if (Character.isDigit(c)) {
                    int j = i + 1;
                    while (j < to && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '.'
                            || text.charAt(j) == '_')) {
                        j++;
                    }
                    out.add(new Token(Kind.NUMBER, text.substring(i, j), i));
                    i = j;
                } else if (c == '\\') {
                    problems.add(at(i, field, "uses a backslash outside quotes, which a rule may not (a \\u escape can "
                            + "hide code)"));
                    i++;
                } else {
                    String two = i + 1 < to ? text.substring(i, i + 2) : "";
                    if (two.equals("->") || two.equals("::")) {
                        out.add(new Token(Kind.SYMBOL, two, i));
                        i += 2;
                    } else {
                        out.add(new Token(Kind.SYMBOL, String.valueOf(c), i));
                        i++;
                    }
                }
            }
            return out;
        }
    }
}
