package nl.wielwijzer.internal.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a rule file with its comments blanked out (positions kept), for the checks Drools does not do:
 * string codes in patterns ({@code Push( code == "reorganisation" )}) and in consequences
 * ({@code advice.diagnose("hardToReach")}, {@code advice.deliver("plainLanguage")}) must be codes the
 * vocabulary defines.
 */
final class DrlText {

    /** A string literal found in a place where it must be a vocabulary code. */
    record CodeUse(String factType, String code, int line, int column) {
    }

    private static final Pattern PATTERN_START = Pattern.compile(
            "\\b(Push|Pull|EmployeeSituation|OrganisationSituation|Diagnosis|Offered|Instrument|Candidate)\\s*\\(");
    private static final Pattern CODE_COMPARISON = Pattern.compile(
            "\\b(code|instrumentId|id)\\s*(?:==|!=)\\s*\"([^\"]*)\"");
    private static final Pattern CODE_IN = Pattern.compile("\\b(code|instrumentId|id)\\s+(?:not\\s+)?in\\s*\\(([^)]*)\\)");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern DIAGNOSE = Pattern.compile("\\badvice\\s*\\.\\s*diagnose\\s*\\(\\s*\"([^\"]*)\"");
    private static final Pattern DELIVER = Pattern.compile("\\badvice\\s*\\.\\s*deliver\\s*\\(\\s*\"([^\"]*)\"");
    /**
     * {@code advice.favour(2, "a", "b")}, {@code advice.disfavour(1, "a")}, {@code advice.ruleOut("a")},
     * {@code advice.makeBetterUse(2, $id)}, {@code advice.alreadyOffered($id)}: instruments by id.
     */
    private static final Pattern BY_ID = Pattern.compile(
            "\\badvice\\s*\\.\\s*(favour|disfavour|ruleOut|makeBetterUse|alreadyOffered)\\s*\\(");
    private static final Pattern WHOLE_LITERAL = Pattern.compile("\\s*\"([^\"]*)\"\\s*");

    private static final Pattern WHEN = Pattern.compile("(?m)^\\s*when\\b");

    private final String masked;
    /** {@link #masked} with the contents of string literals blanked too: code only. */
    private final String code;
    private final int[] lineStarts;

    DrlText(String text) {
        this.masked = maskComments(text);
        this.code = blankStrings(masked);
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Every string literal that must be a code, with the fact type it belongs to ({@code advice} for diagnose). */
    List<CodeUse> codeUses() {
        List<CodeUse> uses = new ArrayList<>();
        Matcher start = PATTERN_START.matcher(masked);
        while (start.find()) {
            int open = start.end() - 1;
            int close = matching(open);
            if (close < 0) {
                continue;
            }
            String body = masked.substring(open + 1, close);
            Matcher eq = CODE_COMPARISON.matcher(body);
            while (eq.find()) {
                uses.add(use(start.group(1), eq.group(2), open + 1 + eq.start(2) - 1));
            }
            Matcher in = CODE_IN.matcher(body);
            while (in.find()) {
                Matcher literal = LITERAL.matcher(in.group(2));
                while (literal.find()) {
                    uses.add(use(start.group(1), literal.group(1), open + 1 + in.start(2) + literal.start()));
                }
            }
        }
        Matcher diagnose = DIAGNOSE.matcher(masked);
        while (diagnose.find()) {
            uses.add(use("Diagnosis", diagnose.group(1), diagnose.start(1) - 1));
        }
        Matcher deliver = DELIVER.matcher(masked);
        while (deliver.find()) {
            uses.add(use("Delivery", deliver.group(1), deliver.start(1) - 1));
        }
        for (ByIdCall call : byIdCalls()) {
            // every argument that is a text on its own is an instrument id (points and constants are not texts)
            for (int[] arg : call.args()) {
                Matcher literal = WHOLE_LITERAL.matcher(masked.substring(arg[0], arg[1]));
                if (literal.matches()) {
                    uses.add(use("Instrument", literal.group(1), arg[0] + literal.start(1) - 1));
                }
            }
        }
        Matcher also = AND_ALSO.matcher(masked);
        while (also.find()) {
            int open = also.end() - 1;
            int close = matching(open);
            if (close < 0) {
                continue;
            }
            for (int[] arg : arguments(open + 1, close)) {
                Matcher literal = WHOLE_LITERAL.matcher(masked.substring(arg[0], arg[1]));
                if (literal.matches()) {
                    uses.add(use("Instrument", literal.group(1), arg[0] + literal.start(1) - 1));
                }
            }
        }
        return uses;
    }

    /** An action that names instruments by id but names none: its 1-based line and column, and its verb. */
    record EmptyCall(int line, int column, String verb) {
    }

    /**
     * Where an action that names instruments by id names none: {@code advice.favour(2)}, {@code advice.ruleOut()},
     * {@code advice.makeBetterUse(2)}, {@code advice.alreadyOffered()}.
     * Both compile (the ids are a variable-length list) and would do nothing, so the loader refuses them.
     */
    List<EmptyCall> callsNamingNoInstrument() {
        List<EmptyCall> out = new ArrayList<>();
        for (ByIdCall call : byIdCalls()) {
            List<int[]> args = call.args();
            String only = args.size() == 1 ? masked.substring(args.get(0)[0], args.get(0)[1]).strip() : null;
            if (only != null && (only.isEmpty() || only.matches("-?\\d+"))) {
                int[] at = position(call.start());
                out.add(new EmptyCall(at[0], at[1], call.verb()));
            }
        }
        return out;
    }

    /**
     * {@code advice.favourEach(1, Route.DEVELOPMENT)}, {@code advice.disfavourEach(2, Outcome.VITALITY)}, {@code
     * advice.ruleOutEach(Cost.SUBSIDISED)}: every candidate with one of the attributes.
     */
    private static final Pattern EACH = Pattern.compile("\\badvice\\s*\\.\\s*(favourEach|disfavourEach|ruleOutEach)\\s*\\(");

    /** {@code .andAlso("id")} after an action on every candidate with an attribute: it also names instruments. */
    private static final Pattern AND_ALSO = Pattern.compile("\\)\\s*\\.\\s*andAlso\\s*\\(");

    /**
     * Whether {@code actions} give to every candidate with an attribute ({@code advice.favourEach(…)} and the like)
     * without naming an instrument: a selection that also names one ({@code .andAlso("id")}) is a named finding, as a
     * Candidate pattern that tests the id is.
     */
    static boolean choosesByAttribute(String actions) {
        return EACH.matcher(actions).find() && !AND_ALSO.matcher(actions).find();
    }

    /** {@code advice.ruleOutEachNotMeantFor($age)}: every candidate meant for another age, work ability or placement phase. */
    private static final Pattern NOT_MEANT_FOR = Pattern.compile("\\badvice\\s*\\.\\s*ruleOutEachNotMeantFor\\s*\\(");
    /** The narrowings of a selection by attribute: {@code .thatDeliver(…)}, {@code .unless(…)}, {@code .andAlso(…)}. */
    private static final Pattern NARROWING = Pattern.compile("\\G\\s*\\.\\s*(thatDeliver|unless|andAlso)\\s*\\(");
    private static final List<String> FUNCTIONS = names(nl.wielwijzer.bcw.InterventionFunction.values());
    private static final String FACTS_MEANT_FOR = "EmployeeAge|EmployeeWorkAbility|EmployeePlacement";
    /** {@code Route.DEVELOPMENT}: a type and a constant. */
    private static final Pattern QUALIFIED = Pattern.compile("\\s*(?:[\\w.]*\\.)?([A-Z]\\w*)\\s*\\.\\s*(\\w+)\\s*");
    /** The attributes candidates can be chosen by ({@code Instrument.ATTRIBUTES}), by type name, with their constants. */
    private static final java.util.Map<String, List<String>> ATTRIBUTES = nl.wielwijzer.catalog.Instrument.ATTRIBUTES
            .stream().collect(java.util.stream.Collectors.toUnmodifiableMap(Class::getSimpleName,
                    kind -> names((Enum<?>[]) kind.getEnumConstants())));
    /** {@code DEVELOPMENT}: a constant without its type (a static import). */
    private static final Pattern BARE = Pattern.compile("\\s*([A-Z][A-Z0-9_]*)\\s*");
    private static final Pattern CANDIDATE = Pattern.compile("\\bCandidate\\s*\\(");
    private static final Pattern THEN = Pattern.compile("(?m)^\\s*then\\b");

    private static List<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }

    /** A misused action on every candidate with an attribute: where, its verb, what is wrong and what to write. */
    record EachMisuse(int line, int column, String verb, String message, String hint) {
    }

    /**
     * Where an {@code advice.favourEach/disfavourEach/ruleOutEach(…)} action is misused: it names no attribute, it
     * names an instrument by id, a constant that is not a route, phase, outcome, audience or cost, or one of those
     * that does not exist, or its rule also matches a Candidate (then it would fire once per candidate and give
     * every candidate its points once per firing).
     */
    List<EachMisuse> eachMisuses() {
        List<EachMisuse> out = new ArrayList<>();
        Matcher each = EACH.matcher(masked);
        while (each.find()) {
            int open = each.end() - 1;
            int close = matching(open);
            if (close < 0) {
                continue;
            }
            String verb = each.group(1);
            String example = verb.equals("ruleOutEach") ? "advice.ruleOutEach(Cost.SUBSIDISED)"
                    : "advice." + verb + "(2, Route.DEVELOPMENT)";
            List<int[]> args = arguments(open + 1, close);
            int first = verb.equals("ruleOutEach") ? 0 : 1;
            List<int[]> attributes = new ArrayList<>();
            for (int k = first; k < args.size(); k++) {
                if (!masked.substring(args.get(k)[0], args.get(k)[1]).isBlank()) {
                    attributes.add(args.get(k));
                }
            }
            int[] at = position(each.start());
            if (attributes.isEmpty()) {
                out.add(new EachMisuse(at[0], at[1], verb, "names no attribute, so it would do nothing",
                        "write " + (first == 1 ? "the points, then " : "") + "the route, phase, outcome, audience or cost "
                                + "of the candidates it is for: " + example));
                continue;
            }
            checkAttributes(attributes, verb, example, out);
            checkNarrowings(close + 1, verb, example, out);
            if (ruleMatchesACandidate(each.start())) {
                out.add(new EachMisuse(at[0], at[1], verb, "is in a rule that also matches a Candidate, so it would give "
                        + "every candidate with the attribute its points once for each candidate the rule matched",
                        "leave out the Candidate pattern (" + example + " reaches every candidate with the attribute), or "
                                + "keep the pattern and write advice." + verb.replace("Each", "")
                                + (first == 1 ? "($i, 2)" : "($i)")));
            }
        }
        return out;
    }

    /** The arguments that must each be a route, phase, outcome, audience or cost: what is wrong with each. */
    private void checkAttributes(List<int[]> attributes, String verb, String example, List<EachMisuse> out) {
        boolean narrowing = verb.endsWith(".unless");
        int first = verb.startsWith("ruleOutEach") || narrowing ? 0 : 1;
        String otherwise = "; for another condition narrow it (.thatDeliver(TRAINING), .unless(Outcome.VITALITY)) "
                + "or keep the Candidate pattern: Candidate( $i : instrument, … )";
        for (int[] arg : attributes) {
            String text = masked.substring(arg[0], arg[1]);
            int start = arg[0] + (text.length() - text.stripLeading().length());
            int[] where = position(start);
            Matcher literal = WHOLE_LITERAL.matcher(text);
            Matcher qualified = QUALIFIED.matcher(text);
            if (literal.matches()) {
                out.add(new EachMisuse(where[0], where[1], verb, "\"" + literal.group(1) + "\" is a text, not an "
                        + "attribute: advice." + verb + " chooses candidates by route, phase, outcome, audience or cost",
                        narrowing ? "to reach instruments by id as well write .andAlso(\"id\"); by attribute, " + example
                                : "for instruments by id write advice." + verb.replace("Each", "")
                                + (first == 1 ? "(2, \"id\")" : "(\"id\")") + "; by attribute, " + example));
            } else if (qualified.matches()) {
                List<String> constants = ATTRIBUTES.get(qualified.group(1));
                if (constants == null) {
                    out.add(new EachMisuse(where[0], where[1], verb, qualified.group(1) + "." + qualified.group(2)
                            + " is not an attribute candidates can be chosen by",
                            "use a Route, Phase, Outcome, Audience or Cost, e.g. " + example + otherwise));
                } else if (!constants.contains(qualified.group(2))) {
                    String near = nl.wielwijzer.internal.io.Suggest.closest(qualified.group(2), constants);
                    out.add(new EachMisuse(where[0], where[1], verb, qualified.group(1) + "." + qualified.group(2)
                            + " is not a " + qualified.group(1) + (near == null ? "" : " (did you mean "
                            + qualified.group(1) + "." + near + "?)"), "the " + qualified.group(1) + " values are "
                            + String.join(", ", constants)));
                }
            } else if (BARE.matcher(text).matches()) {
                String name = text.strip();
                if (ATTRIBUTES.values().stream().noneMatch(c -> c.contains(name))) {
                    out.add(new EachMisuse(where[0], where[1], verb, name + " is not a route, phase, outcome, "
                            + "audience or cost, so candidates cannot be chosen by it",
                            "use a Route, Phase, Outcome, Audience or Cost, e.g. " + example + otherwise));
                }
            }
        }
    }

    /** {@code .thatDeliver(…)}, {@code .unless(…)} and {@code .andAlso(…)} after the action that ends at {@code from}. */
    private void checkNarrowings(int from, String verb, String example, List<EachMisuse> out) {
        Matcher narrowing = NARROWING.matcher(masked);
        int at = from;
        while (narrowing.find(at)) {
            int open = narrowing.end() - 1;
            int close = matching(open);
            if (close < 0) {
                return;
            }
            String how = narrowing.group(1);
            String name = verb + "(…)." + how;
            int[] where = position(masked.indexOf(how, narrowing.start()));
            List<int[]> args = new ArrayList<>();
            for (int[] arg : arguments(open + 1, close)) {
                if (!masked.substring(arg[0], arg[1]).isBlank()) {
                    args.add(arg);
                }
            }
            if (args.isEmpty()) {
                out.add(new EachMisuse(where[0], where[1], name, "names nothing, so it would do nothing",
                        switch (how) {
                            case "thatDeliver" -> "write the intervention functions the candidates must deliver (one of them): "
                                    + example + ".thatDeliver(TRAINING, EDUCATION)";
                            case "unless" -> "write the route, phase, outcome, audience or cost the candidates must not have: "
                                    + example + ".unless(Outcome.VITALITY)";
                            default -> "write the ids of the instruments it also reaches: " + example + ".andAlso(\"id\")";
                        }));
            } else if (how.equals("unless")) {
                checkAttributes(args, name, example + ".unless(Outcome.VITALITY)", out);
            } else {
                for (int[] arg : args) {
                    String text = masked.substring(arg[0], arg[1]);
                    int[] p = position(arg[0] + (text.length() - text.stripLeading().length()));
                    if (how.equals("andAlso")) {
                        if (!WHOLE_LITERAL.matcher(text).matches()) {
                            out.add(new EachMisuse(p[0], p[1], name, text.strip() + " is not an instrument id in quotes",
                                    "write the catalogue id in quotes: " + example + ".andAlso(\"id\")"));
                        }
                        continue;
                    }
                    Matcher qualified = QUALIFIED.matcher(text);
                    String constant = qualified.matches() && qualified.group(1).equals("InterventionFunction")
                            ? qualified.group(2) : BARE.matcher(text).matches() ? text.strip() : null;
                    if (constant == null || !FUNCTIONS.contains(constant)) {
                        String near = constant == null ? null : nl.wielwijzer.internal.io.Suggest.closest(constant, FUNCTIONS);
                        out.add(new EachMisuse(p[0], p[1], name, text.strip() + " is not an intervention function"
                                + (near == null ? "" : " (did you mean " + near + "?)"),
                                "the functions are " + String.join(", ", FUNCTIONS)));
                    }
                }
            }
            at = close + 1;
        }
    }

    /**
     * Where an {@code advice.ruleOutEachNotMeantFor(…)} is misused: its one argument is not a variable the rule's
     * conditions bind to an {@code EmployeeAge}, {@code EmployeeWorkAbility} or {@code EmployeePlacement} ({@code
     * $age : EmployeeAge( )}), or its rule also matches a Candidate.
     */
    List<EachMisuse> notMeantForMisuses() {
        List<EachMisuse> out = new ArrayList<>();
        Matcher call = NOT_MEANT_FOR.matcher(masked);
        String verb = "ruleOutEachNotMeantFor";
        while (call.find()) {
            int open = call.end() - 1;
            int close = matching(open);
            if (close < 0) {
                continue;
            }
            int[] at = position(call.start());
            List<int[]> args = arguments(open + 1, close);
            String arg = args.size() == 1 ? masked.substring(args.get(0)[0], args.get(0)[1]).strip() : "";
            int when = ruleWhen(call.start());
            boolean bound = arg.matches("\\$\\w+") && when >= 0 && Pattern.compile(Pattern.quote(arg)
                    + "\\s*:\\s*(?:" + FACTS_MEANT_FOR + ")\\s*\\(").matcher(code.substring(when, call.start())).find();
            if (!bound) {
                out.add(new EachMisuse(at[0], at[1], verb, (arg.isEmpty() ? "needs one fact" : arg + " is not")
                        + " the employee's age, work ability or placement phase as a fact the rule matches",
                        "bind the fact in the conditions and pass it: $age : EmployeeAge( ) and "
                                + "advice.ruleOutEachNotMeantFor($age) (also EmployeeWorkAbility, EmployeePlacement)"));
            }
            if (ruleMatchesACandidate(call.start())) {
                out.add(new EachMisuse(at[0], at[1], verb, "is in a rule that also matches a Candidate, so it would rule "
                        + "out every candidate meant for another once for each candidate the rule matched",
                        "leave out the Candidate pattern: advice." + verb + "(…) reaches every candidate"));
            }
        }
        return out;
    }

    /** The offset of the {@code when} of the rule whose actions hold {@code offset}, or -1. */
    private int ruleWhen(int offset) {
        int when = -1;
        Matcher w = WHEN.matcher(code);
        while (w.find() && w.start() < offset) {
            when = w.start();
        }
        return when;
    }

    /** Whether the conditions of the rule whose actions hold {@code offset} match a Candidate. */
    private boolean ruleMatchesACandidate(int offset) {
        int when = ruleWhen(offset);
        if (when < 0) {
            return false;
        }
        Matcher then = THEN.matcher(code);
        int end = then.find(when) && then.start() < offset ? then.start() : offset;
        return CANDIDATE.matcher(code.substring(when, end)).find();
    }

    /** An {@code advice.favour/disfavour/ruleOut/makeBetterUse/alreadyOffered(…)} call: where it starts, its verb, and its top-level arguments. */
    private record ByIdCall(int start, String verb, List<int[]> args) {
    }

    private List<ByIdCall> byIdCalls() {
        List<ByIdCall> calls = new ArrayList<>();
        Matcher byId = BY_ID.matcher(masked);
        while (byId.find()) {
            int open = byId.end() - 1;
            int close = matching(open);
            if (close >= 0) {
                calls.add(new ByIdCall(byId.start(), byId.group(1), arguments(open + 1, close)));
            }
        }
        return calls;
    }

    private CodeUse use(String type, String code, int offset) {
        int[] at = position(offset);
        return new CodeUse(type, code, at[0], at[1]);
    }

    /** 1-based line and column of a character offset. */
    int[] position(int offset) {
        int line = 0;
        while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) {
            line++;
        }
        return new int[] {line + 1, offset - lineStarts[line] + 1};
    }

    /** The 1-based line and column where {@code needle} first occurs from line {@code fromLine} on, or null. */
    int[] find(String needle, int fromLine) {
        int from = fromLine >= 1 && fromLine <= lineStarts.length ? lineStarts[fromLine - 1] : 0;
        int at = masked.indexOf(needle, from);
        return at < 0 ? null : position(at);
    }

    /**
     * Where {@code needle} first occurs as a word of code (not inside a string or comment, not part of a longer
     * name) in the rule whose {@code rule} keyword is on {@code ruleLine}, from its {@code when} on; or, when
     * {@code ruleLine} is 0, from line {@code fromLine} on. Null when it does not occur.
     */
    int[] findInCode(String needle, int ruleLine, int fromLine) {
        int from;
        if (ruleLine > 0 && ruleLine <= lineStarts.length) {
            Matcher when = WHEN.matcher(code);
            from = when.find(lineStarts[ruleLine - 1]) ? when.start() : lineStarts[ruleLine - 1];
        } else {
            from = fromLine >= 1 && fromLine <= lineStarts.length ? lineStarts[fromLine - 1] : 0;
        }
        for (int at = code.indexOf(needle, from); at >= 0; at = code.indexOf(needle, at + 1)) {
            boolean startsWord = at == 0 || !Character.isJavaIdentifierPart(code.charAt(at - 1))
                    || !Character.isJavaIdentifierPart(needle.charAt(0));
            int end = at + needle.length();
            boolean endsWord = end >= code.length() || !Character.isJavaIdentifierPart(code.charAt(end))
                    || !Character.isJavaIdentifierPart(needle.charAt(needle.length() - 1));
            if (startsWord && endsWord) {
                return position(at);
            }
        }
        return null;
    }

    /** The text with the characters inside string literals replaced by spaces (quotes and offsets kept). */
    static String blankStrings(String text) {
        StringBuilder out = new StringBuilder(text);
        boolean inString = false;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (inString && c == '\\' && i + 1 < out.length()) {
                out.setCharAt(i, ' ');
                if (out.charAt(i + 1) != '\n') {
                    out.setCharAt(i + 1, ' ');
                }
                i++;
            } else if (c == '"') {
                inString = !inString;
            } else if (inString && c != '\n') {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    /** The top-level arguments between {@code from} and {@code to} (exclusive), as offsets into the text. */
    private List<int[]> arguments(int from, int to) {
        List<int[]> args = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < to; i++) {
            char c = masked.charAt(i);
            if (c == '"') {
                i = closingQuote(i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                args.add(new int[] {start, i});
                start = i + 1;
            }
        }
        args.add(new int[] {start, to});
        return args;
    }

    /** The index of the quote that closes the string opening at {@code open} (escapes skipped), or the end. */
    private int closingQuote(int open) {
        for (int i = open + 1; i < masked.length(); i++) {
            char c = masked.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return masked.length();
    }

    private int matching(int open) {
        int depth = 0;
        for (int i = open; i < masked.length(); i++) {
            char c = masked.charAt(i);
            if (c == '"') {
                i = closingQuote(i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Replaces // and /* *&#47; comments by spaces, keeping line breaks, so offsets stay true. */
    static String maskComments(String text) {
        StringBuilder out = new StringBuilder(text);
        boolean inString = false;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '/' && i + 1 < out.length() && out.charAt(i + 1) == '/') {
                while (i < out.length() && out.charAt(i) != '\n') {
                    out.setCharAt(i++, ' ');
                }
            } else if (c == '/' && i + 1 < out.length() && out.charAt(i + 1) == '*') {
                while (i < out.length() && !(out.charAt(i) == '*' && i + 1 < out.length() && out.charAt(i + 1) == '/')) {
                    if (out.charAt(i) != '\n') {
                        out.setCharAt(i, ' ');
                    }
                    i++;
                }
                if (i + 1 < out.length()) {
                    out.setCharAt(i, ' ');
                    out.setCharAt(i + 1, ' ');
                    i++;
                }
            }
        }
        return out.toString();
    }
}
