package nl.wielwijzer.internal.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wielwijzer.internal.io.SourceFile;

/**
 * The text of one rule as written: its conditions (between {@code when} and {@code then}) and its actions
 * (between {@code then} and {@code end}), comments removed. Lint compares rules by these texts.
 *
 * @param name       the rule name
 * @param file       the file
 * @param line       the line of the {@code rule} keyword
 * @param conditions the conditions with white space folded
 * @param actions    the actions with white space folded
 */
public record RuleText(String name, String file, int line, String conditions, String actions) {

    private static final Pattern RULE = Pattern.compile(
            "(?m)^\\s*rule\\s+\"([^\"]+)\"(.*?)^\\s*when\\b(.*?)^\\s*then\\b(.*?)^\\s*end\\b", Pattern.DOTALL);

    /** Every rule in a rule file. */
    public static List<RuleText> of(SourceFile file) {
        String masked = DrlText.maskComments(file.text());
        // Match on a copy whose string contents are blanked too, so that a "when" or "end" in an explanation
        // is not taken for a keyword; take the texts from the copy that keeps the strings.
        String bare = DrlText.blankStrings(masked);
        DrlText positions = new DrlText(file.text());
        List<RuleText> rules = new ArrayList<>();
        Matcher m = RULE.matcher(bare);
        while (m.find()) {
            rules.add(new RuleText(masked.substring(m.start(1), m.end(1)), file.name(), positions.position(m.start(1))[0],
                    fold(masked.substring(m.start(3), m.end(3))), fold(masked.substring(m.start(4), m.end(4)))));
        }
        return rules;
    }

    private static String fold(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
