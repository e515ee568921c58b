package nl.wielwijzer.internal.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.bcw.PolicyCategory;
import nl.wielwijzer.result.Phase;
import nl.wielwijzer.result.Route;

/**
 * What a rule does to the scores, in words, read from its actions (between {@code then} and {@code end}) so
 * that the text and the code cannot disagree: {@code advice.favour(PERSUASION, 2); advice.favour(WANT, 1);}
 * reads {@code persuasion +2, phase want +1}. Instruments a rule scores are named by the ids its conditions
 * allow ({@code instrument.id in ("a", "b")}), points that are computed are named by what they are computed
 * from ({@code + gap severity}).
 *
 * <p>A rule may still carry {@code @effect("…")} for what the code cannot say (for example "per diagnosis").
 * When that text names points ({@code +3}, {@code -1}), they must be the points the actions give; {@link
 * #disagreement} says where they differ.
 *
 * @param text   the effect in words; empty when the actions call no {@code advice} action
 * @param points the signed whole-number points the actions give, e.g. {@code [-1, 2]}
 */
public record RuleEffect(String text, Set<Integer> points) {

    private static final Pattern ID_EQUALS = Pattern.compile("\\binstrument\\s*\\.\\s*id(?:\\s*\\(\\s*\\))?\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern ID_IN = Pattern.compile("\\binstrument\\s*\\.\\s*id(?:\\s*\\(\\s*\\))?\\s+in\\s*\\(([^)]*)\\)");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern ID_TEST = Pattern.compile(
            "\"([^\"]+)\"\\s*\\.\\s*equals\\s*\\(\\s*\\$\\w+\\s*\\.\\s*id\\s*\\(\\s*\\)\\s*\\)"
                    + "|\\$\\w+\\s*\\.\\s*id\\s*\\(\\s*\\)\\s*\\.\\s*equals\\s*\\(\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern INTEGER = Pattern.compile("\\d+");
    private static final Pattern STATED_POINTS = Pattern.compile("(?<![\\w)])([+-])\\s?(\\d+)\\b");
    private static final Pattern SCORE = Pattern.compile("\\$(\\w+)\\s*\\.\\s*score\\(\\)");
    private static final Pattern SEVERITY_TIMES = Pattern.compile("(\\d+)\\s*\\*\\s*\\$\\w+\\s*\\.\\s*severity\\(\\)");
    private static final Pattern RANK_FLOOR = Pattern.compile(
            "Math\\.max\\(\\s*1\\s*,\\s*(\\d+)\\s*-\\s*\\$\\w+\\.rank\\(\\)\\s*\\)");

    public RuleEffect {
        points = Set.copyOf(points);
    }

    /** The effect of a rule with these conditions and actions (comments already removed). */
    public static RuleEffect of(String conditions, String actions) {
        List<String> ids = instrumentIds(conditions);
        List<Item> items = new Parser(actions).block();
        Set<Integer> points = new TreeSet<>();
        List<String> parts = new ArrayList<>();
        render(items, conditions, ids.isEmpty() ? null : ids, parts, points);
        return new RuleEffect(String.join(", ", parts), points);
    }

    /**
     * How a stated {@code @effect} text disagrees with this effect: the points it names that the actions do not
     * give, or null when it names none or the same ones.
     */
    public String disagreement(String stated) {
        if (stated == null) {
            return null;
        }
        Set<Integer> said = new TreeSet<>();
        Matcher m = STATED_POINTS.matcher(stated);
        while (m.find()) {
            int value = Integer.parseInt(m.group(2));
            said.add(m.group(1).equals("-") ? -value : value);
        }
        if (said.isEmpty() || said.equals(new TreeSet<>(points))) {
            return null;
        }
        return "@effect says " + signed(said) + ", but the rule's actions give " + (points.isEmpty()
                ? "no fixed points" : signed(points)) + " (" + text + ")";
    }

    private static String signed(Set<Integer> values) {
        List<String> out = new ArrayList<>();
        new TreeSet<>(values).forEach(v -> out.add(v > 0 ? "+" + v : String.valueOf(v)));
        return String.join(" and ", out);
    }

    /** The instrument ids a rule's conditions allow, in the order written; empty when they allow any. */
    static List<String> instrumentIds(String conditions) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher eq = ID_EQUALS.matcher(conditions);
        while (eq.find()) {
            ids.add(eq.group(1));
        }
        Matcher in = ID_IN.matcher(conditions);
        while (in.find()) {
            Matcher literal = LITERAL.matcher(in.group(1));
            while (literal.find()) {
                ids.add(literal.group(1));
            }
        }
        return List.copyOf(ids);
    }

    // --- rendering -------------------------------------------------------------------------------------------

    /** {@code allowed}: the ids this branch applies to, or null when any instrument. */
    private static void render(List<Item> items, String conditions, List<String> allowed, List<String> parts,
                               Set<Integer> points) {
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item instanceof If branch) {
                Set<String> tested = branch.ids();
                if (tested.isEmpty()) {
                    List<String> either = new ArrayList<>();
                    render(branch.then(), conditions, allowed, either, points);
                    List<String> other = new ArrayList<>();
                    render(branch.otherwise(), conditions, allowed, other, points);
                    parts.add(String.join(", ", either) + (other.isEmpty() ? " (when " + branch.condition() + ")"
                            : " or " + String.join(", ", other)));
                } else {
                    render(branch.then(), conditions, List.copyOf(tested), parts, points);
                    List<String> rest = allowed == null ? null
                            : allowed.stream().filter(id -> !tested.contains(id)).toList();
                    render(branch.otherwise(), conditions, rest == null || rest.isEmpty() ? null : rest, parts, points);
                }
                continue;
            }
            if (item instanceof Other other) {
                parts.add("(" + other.code() + ")");
                continue;
            }
            Call call = (Call) item;
            If split = call.splitById();
            if (split != null) {
                render(List.of(split), conditions, allowed, parts, points);
                continue;
            }
            // Calls with the same action and the same computed points read as one list: "guidelines, regulation + x".
            List<Call> same = new ArrayList<>(List.of(call));
            while (!call.literal() && call.points() != null && i + 1 < items.size() && items.get(i + 1) instanceof Call next
                    && next.verb().equals(call.verb()) && call.points().equals(next.points())) {
                same.add(next);
                i++;
            }
            parts.add(describe(same, conditions, allowed, points));
        }
    }

    private static String describe(List<Call> calls, String conditions, List<String> allowed, Set<Integer> points) {
        Call call = calls.get(0);
        String target = String.join(", ", calls.stream()
                .map(c -> c.named() != null ? String.join(", ", c.named()) : target(c.target(), allowed)).toList());
        boolean many = calls.size() > 1 || (call.named() != null ? call.named().size() > 1
                : call.target().startsWith("$") && allowed != null && allowed.size() > 1);
        String each = many ? " each" : "";
        return switch (call.verb()) {
            case "favour" -> target + " " + amount(call, 1, conditions, points) + each;
            case "disfavour" -> target + " " + amount(call, -1, conditions, points) + each;
            case "makeBetterUse" -> "make better use of " + target + " " + amount(call, 1, conditions, points) + each;
            case "ruleOut" -> target + " ruled out";
            case "alreadyOffered" -> target + " excluded as already offered";
            case "consider" -> "makes " + (allowed == null ? "the instrument" : target) + " a candidate";
            case "diagnose" -> "diagnosis " + call.target().replace("\"", "");
            case "deliver" -> "delivery advice " + call.target().replace("\"", "");
            default -> "advice." + call.verb() + "(" + call.target() + (call.points() == null ? "" : ", " + call.points()) + ")";
        };
    }

    private static String amount(Call call, int sign, String conditions, Set<Integer> points) {
        String p = call.points();
        if (p == null) {
            return "";
        }
        String plus = sign > 0 ? "+" : "-";
        if (INTEGER.matcher(p).matches()) {
            points.add(sign * Integer.parseInt(p));
            return plus + p;
        }
        int question = p.indexOf('?');
        int colon = p.lastIndexOf(':');
        if (question > 0 && colon > question) {
            String a = p.substring(question + 1, colon).strip();
            String b = p.substring(colon + 1).strip().replaceAll("\\)$", "").strip();
            if (INTEGER.matcher(a).matches() && INTEGER.matcher(b).matches()) {
                points.add(sign * Integer.parseInt(a));
                points.add(sign * Integer.parseInt(b));
                Set<String> tested = ids(p.substring(0, question));
                return tested.isEmpty() ? plus + a + " or " + plus + b
                        : plus + a + " for " + String.join(", ", tested) + ", otherwise " + plus + b;
            }
        }
        Matcher floor = RANK_FLOOR.matcher(p);
        if (floor.matches()) {
            return plus + " (" + floor.group(1) + " - rank of the function), at least 1";
        }
        if (p.matches("\\$\\w+\\s*\\.\\s*severity\\(\\)")) {
            return plus + " gap severity";
        }
        Matcher times = SEVERITY_TIMES.matcher(p);
        if (times.matches()) {
            return plus + " " + times.group(1) + " × gap severity";
        }
        Matcher score = SCORE.matcher(p);
        if (score.matches()) {
            return plus + " the score of " + functions(score.group(1), conditions);
        }
        return plus + " (" + p.replace("$", "") + ")";
    }

    /** The functions a {@code $need : FunctionNeed( interventionFunction == X )} binding stands for. */
    private static String functions(String binding, String conditions) {
        Matcher need = Pattern.compile("\\$" + binding + "\\s*:\\s*FunctionNeed\\(\\s*interventionFunction\\s*(==|in)\\s*([^)]*\\)?)")
                .matcher(conditions);
        if (!need.find()) {
            return "the function";
        }
        List<String> names = new ArrayList<>();
        Matcher constant = Pattern.compile("\\b([A-Z][A-Z_]+)\\b").matcher(need.group(2));
        while (constant.find()) {
            for (InterventionFunction f : InterventionFunction.values()) {
                if (f.name().equals(constant.group(1))) {
                    names.add(f.labels().en());
                }
            }
        }
        return names.isEmpty() ? "the function" : String.join(" or ", names);
    }

    private static String target(String code, List<String> allowed) {
        if (code.startsWith("$")) {
            return allowed == null ? "instrument" : String.join(", ", allowed);
        }
        for (InterventionFunction f : InterventionFunction.values()) {
            if (f.name().equals(code)) {
                return f.labels().en();
            }
        }
        for (PolicyCategory c : PolicyCategory.values()) {
            if (c.name().equals(code)) {
                return c.labels().en();
            }
        }
        for (Route r : Route.values()) {
            if (r.name().equals(code)) {
                return "route " + r.code();
            }
        }
        for (Phase p : Phase.values()) {
            if (p.name().equals(code)) {
                return "phase " + p.code();
            }
        }
        return code.toLowerCase(Locale.ROOT);
    }

    private static Set<String> ids(String condition) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = ID_TEST.matcher(condition);
        while (m.find()) {
            ids.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return ids;
    }

    // --- a small reader for the statements a consequence holds ------------------------------------------------

    private sealed interface Item permits Call, If, Other {
    }

    /**
     * {@code advice.verb(target[, points])}; {@code literal} when points is a whole number. {@code named}: the ids of
     * {@code advice.favour(2, "a", "b")} and {@code advice.ruleOut("a")} (instruments by id), else null.
     */
    private record Call(String verb, String target, String points, List<String> named) implements Item {
        Call(String verb, String target, String points) {
            this(verb, target, points, null);
        }

        boolean literal() {
            return points != null && INTEGER.matcher(points).matches();
        }

        /** {@code favour($i, $i.id().equals("a") ? 3 : 2)} read as an if on the instrument id, or null. */
        If splitById() {
            if (points == null || literal()) {
                return null;
            }
            int question = points.indexOf('?');
            int colon = points.lastIndexOf(':');
            if (question < 0 || colon < question || RuleEffect.ids(points.substring(0, question)).isEmpty()) {
                return null;
            }
            String a = points.substring(question + 1, colon).strip();
            String b = points.substring(colon + 1).strip().replaceAll("\\)$", "").strip();
            String condition = points.substring(0, question);
            return new If(condition, List.of(new Call(verb, target, a)), List.of(new Call(verb, target, b)));
        }
    }

    private record If(String condition, List<Item> then, List<Item> otherwise) implements Item {
        Set<String> ids() {
            return RuleEffect.ids(condition);
        }
    }

    private record Other(String code) implements Item {
    }

    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        List<Item> block() {
            List<Item> items = new ArrayList<>();
            while (true) {
                skipSpace();
                if (i >= s.length() || s.charAt(i) == '}') {
                    return items;
                }
                items.add(statement());
            }
        }

        private Item statement() {
            if (word("if")) {
                skipSpace();
                String condition = parenthesised();
                List<Item> then = body();
                List<Item> otherwise = List.of();
                skipSpace();
                if (word("else")) {
                    otherwise = body();
                }
                return new If(condition, then, otherwise);
            }
            int start = i;
            int end = statementEnd();
            String statement = s.substring(start, end).strip();
            i = end < s.length() && s.charAt(end) == ';' ? end + 1 : Math.max(end, start + 1);
            statement = withoutNarrowings(statement);
            Matcher call = Pattern.compile("(?s)advice\\s*\\.\\s*(\\w+)\\s*\\((.*)\\)").matcher(statement);
            if (call.matches()) {
                List<String> args = arguments(call.group(2));
                Call byId = byId(call.group(1), args);
                if (byId != null) {
                    return byId;
                }
                return new Call(call.group(1), args.isEmpty() ? "" : args.get(0),
                        args.size() > 1 ? String.join(", ", args.subList(1, args.size())) : null);
            }
            return new Other(statement.replaceAll("\\s+", " "));
        }

        /**
         * {@code favour(2, "a", "b")}, {@code disfavour(1, "a")}, {@code ruleOut("a", "b")}, {@code makeBetterUse(2,
         * "a")}, {@code alreadyOffered("a")}; {@code makeBetterUse(2, $id)} reads as {@code makeBetterUse($i, 2)}
         * does; {@code disfavourWhereNoGap(2)} as {@code disfavour($i, 2)} (its @effect says which instruments), and
         * {@code favourEach(1, Route.DEVELOPMENT)}, {@code disfavourEach(2, …)}, {@code ruleOutEach(…)} as {@code
         * favour($i, 1)}, {@code disfavour($i, 2)}, {@code ruleOut($i)} (the @effect says which); null for any other
         * call.
         */
        private static Call byId(String verb, List<String> args) {
            if (verb.equals("ruleOutEachNotMeantFor") && args.size() == 1) {
                return new Call("ruleOut", "$i", null); // as ruleOut($i) under the Candidate pattern reads
            }
            if (verb.equals("disfavourWhereNoGap") && args.size() == 1) {
                return new Call("disfavour", "$i", args.get(0));
            }
            if (verb.equals("favourEach") || verb.equals("disfavourEach")) {
                // every candidate with the attribute, as favour($i, 1) under a Candidate pattern by attribute reads
                return args.size() >= 2 ? new Call(verb.replace("Each", ""), "$i", args.get(0)) : null;
            }
            if (verb.equals("ruleOutEach")) {
                return args.isEmpty() ? null : new Call("ruleOut", "$i", null);
            }
            boolean points = verb.equals("favour") || verb.equals("disfavour") || verb.equals("makeBetterUse");
            if (!points && !verb.equals("ruleOut") && !verb.equals("alreadyOffered")) {
                return null;
            }
            int first = points ? 1 : 0;
            if (args.size() <= first || (points && !INTEGER.matcher(args.get(0)).matches())) {
                return null;
            }
            if (verb.equals("makeBetterUse") && args.size() == 2 && args.get(1).matches("\\$\\w+")) {
                return new Call(verb, args.get(1), args.get(0)); // an id bound from a fact: the instrument
            }
            List<String> ids = new ArrayList<>();
            for (String arg : args.subList(first, args.size())) {
                Matcher literal = LITERAL.matcher(arg);
                if (!literal.matches()) {
                    return null;
                }
                ids.add(literal.group(1));
            }
            return new Call(verb, "$named", points ? args.get(0) : null, List.copyOf(ids));
        }

        /**
         * {@code advice.favourEach(2, Phase.KNOW).thatDeliver(TRAINING)} (and {@code .unless(…)}, {@code
         * .andAlso(…)}) reads as the action itself: the narrowings say which candidates, as a Candidate pattern's
         * conditions do, and the @effect says it in words.
         */
        private static String withoutNarrowings(String statement) {
            Matcher each = Pattern.compile("^advice\\s*\\.\\s*(?:favourEach|disfavourEach|ruleOutEach)\\s*\\(").matcher(statement);
            if (!each.find()) {
                return statement;
            }
            int depth = 0;
            boolean quoted = false;
            for (int k = each.end() - 1; k < statement.length(); k++) {
                char c = statement.charAt(k);
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && c == '(') {
                    depth++;
                } else if (!quoted && c == ')' && --depth == 0) {
                    return statement.substring(0, k + 1);
                }
            }
            return statement;
        }

        private List<Item> body() {
            skipSpace();
            if (i < s.length() && s.charAt(i) == '{') {
                i++;
                List<Item> items = block();
                if (i < s.length() && s.charAt(i) == '}') {
                    i++;
                }
                return items;
            }
            return List.of(statement());
        }

        private boolean word(String w) {
            if (s.startsWith(w, i) && (i + w.length() >= s.length() || !Character.isJavaIdentifierPart(s.charAt(i + w.length())))) {
                i += w.length();
                return true;
            }
            return false;
        }

        private String parenthesised() {
            if (i >= s.length() || s.charAt(i) != '(') {
                return "";
            }
            int depth = 0;
            int start = i;
            for (; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"') {
                    i = s.indexOf('"', i + 1);
                    if (i < 0) {
                        i = s.length();
                        break;
                    }
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    i++;
                    return s.substring(start + 1, i - 1).strip();
                }
            }
            return s.substring(start + 1).strip();
        }

        private int statementEnd() {
            int depth = 0;
            for (int j = i; j < s.length(); j++) {
                char c = s.charAt(j);
                if (c == '"') {
                    j = s.indexOf('"', j + 1);
                    if (j < 0) {
                        return s.length();
                    }
                } else if (c == '(' || c == '{') {
                    depth++;
                } else if (c == ')' || c == '}') {
                    if (depth == 0) {
                        return j;
                    }
                    depth--;
                } else if (c == ';' && depth == 0) {
                    return j;
                }
            }
            return s.length();
        }

        private void skipSpace() {
            while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == ';')) {
                i++;
            }
        }

        /** Top-level comma-separated arguments. */
        private static List<String> arguments(String text) {
            List<String> args = new ArrayList<>();
            int depth = 0;
            int start = 0;
            boolean inString = false;
            for (int j = 0; j < text.length(); j++) {
                char c = text.charAt(j);
                if (c == '"') {
                    inString = !inString;
                } else if (!inString && c == '(') {
                    depth++;
                } else if (!inString && c == ')') {
                    depth--;
                } else if (!inString && c == ',' && depth == 0) {
                    args.add(text.substring(start, j).strip());
                    start = j + 1;
                }
            }
            if (!text.isBlank()) {
                args.add(text.substring(start).strip());
            }
            return args;
        }
    }
}
