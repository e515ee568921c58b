package nl.wielwijzer.internal.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a rule file with its comments blanked out (positions kept), for the checks Drools does not do:
 * string codes in patterns ({@code Push( code == "reorganisation" )}) and in consequences
 * ({@code advice.diagnose("hardToReach")}) must be codes the vocabulary defines.
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

    private final String masked;
    private final int[] lineStarts;

    DrlText(String text) {
        this.masked = maskComments(text);
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
        return uses;
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

    private int matching(int open) {
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < masked.length(); i++) {
            char c = masked.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
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
