package nl.wielwijzer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * rules/bct.yaml as a policy designer edits it: {@code lint} and {@code rules} on a copy of the bundled rules with a
 * mistake in the techniques file name the file, the line and the field of each mistake.
 */
class TechniquesLintTest {



    /** The 1-based line of the edited file on which {@code text} first stands. */
    private static int lineOf(Path file, String text) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(file + " has no line with " + text);
    }

    /**
     * The line of a block value whose key stands alone on {@code key}'s line: located messages point at a field's
     * value, which for a block list or map starts on the next line.
     */
    private static int blockValueLine(Path file, String key) throws Exception {
        return lineOf(file, key) + 1;
    }

    @Test
    void aFunctionTheWheelDoesNotHaveIsNamedAtItsLine(@TempDir Path dir) throws Exception {
        Path rules = RuleFolder.copy(dir.resolve("rules"));
        Path bct = rules.resolve("bct.yaml");
        RuleFolder.edit(bct, "  modelling:\n", "  modeling:\n");
        CliTest.Run run = CliTest.run("lint", "--rules", rules.toString());
        assertEquals(3, run.code(), run.out() + run.err());
        assertTrue(run.err().contains(bct + ":" + blockValueLine(bct, "  modeling:") + ":5: "), run.err());
        assertTrue(run.err().contains("functions.modeling: is not a known field (did you mean modelling?)"), run.err());
    }

    @Test
    void aNumberOutsideTheTaxonomyAndALinkToAnUndefinedTechniqueAreNamedAtTheirLines(@TempDir Path dir) throws Exception {
        Path rules = RuleFolder.copy(dir.resolve("rules"));
        Path bct = rules.resolve("bct.yaml");
        // 4.9 does not exist (group 4 of BCT Taxonomy v1 ends at 4.4); 4.2 exists but the file does not define it
        RuleFolder.edit(bct, "techniques:\n", "techniques:\n  \"4.9\": {en: \"Made up\", nl: \"Verzonnen\"}\n");
        RuleFolder.edit(bct, "  modelling:\n    - {bct: \"6.1\", basis: bcwGuide}\n",
                "  modelling:\n    - {bct: \"6.1\", basis: bcwGuide}\n    - {bct: \"4.2\", basis: editorsJudgement}\n");
        for (String command : List.of("lint", "rules")) {
            CliTest.Run run = CliTest.run(command, "--rules", rules.toString());
            assertEquals(3, run.code(), command + ": " + run.out() + run.err());
            assertTrue(run.err().contains(bct + ":" + lineOf(bct, "\"4.9\"") + ":10: techniques.4.9: 4.9 is not a technique of "
                    + "BCT Taxonomy v1 (its group 4 numbers 4.1 to 4.4)"), command + ": " + run.err());
            assertTrue(run.err().contains(bct + ":" + lineOf(bct, "{bct: \"4.2\"") + ":13: functions.modelling[1].bct: BCT 4.2 "
                    + "is not under 'techniques'"), command + ": " + run.err());
            assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        }
    }

    @Test
    void anUnlinkedTechniqueAndAnUnlistedFunctionAreWarnedAboutAndRulesListsEveryLink(@TempDir Path dir) throws Exception {
        Path rules = RuleFolder.copy(dir.resolve("rules"));
        Path bct = rules.resolve("bct.yaml");
        RuleFolder.edit(bct, "techniques:\n", "techniques:\n  \"4.2\": {en: \"Information about antecedents\", nl: \"Informatie over aanleidingen\"}\n");
        RuleFolder.edit(bct, "  modelling:\n    - {bct: \"6.1\", basis: bcwGuide}\n", "");
        CliTest.Run lint = CliTest.run("lint", "--rules", rules.toString());
        assertEquals(1, lint.code(), lint.out() + lint.err());
        assertTrue(lint.out().contains("warning: " + bct + ":" + lineOf(bct, "\"4.2\"") + ": techniques 4.2: no function or "
                + "instrument links this technique (Information about antecedents), so no result shows it"), lint.out());
        assertTrue(lint.out().contains("warning: " + bct + ":" + blockValueLine(bct, "functions:") + ": functions modelling: the "
                + "function is not listed, so results show no techniques for it"), lint.out());
        long bctWarnings = lint.out().lines().filter(l -> l.startsWith("warning: " + bct)).count();
        assertEquals(2, bctWarnings, "the bundled file gives no warning of its own: " + lint.out());

        CliTest.Run listed = CliTest.run("rules", "--techniques", "--rules", rules.toString());
        assertEquals(0, listed.code(), listed.err());
        JsonNode links = new ObjectMapper().readTree(listed.out());
        assertTrue(links.size() > 0);
        List<String> lines = Files.readAllLines(bct);
        for (JsonNode link : links) {
            assertEquals(bct.toString(), link.get("file").asText());
            String at = lines.get(link.get("line").asInt() - 1);
            assertTrue(at.contains("\"" + link.get("bct").asText() + "\""), link + " points at: " + at);
            assertTrue(link.get("basis").asText().equals("seed") == link.has("source"), link.toString());
        }
        assertFalse(links.findValuesAsText("target").contains("modelling"), "the function was removed");
    }
}
