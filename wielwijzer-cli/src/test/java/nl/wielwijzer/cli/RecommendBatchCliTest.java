package nl.wielwijzer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** recommend-batch as a user runs it: one line per profile in input order, error lines, a summary by kind. */
class RecommendBatchCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyProfileGetsOneLineInInputOrderAndBadOnesGetAnErrorLine(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        for (String example : List.of("vvt-employee", "vvt-employer", "gemeente-employee", "gemeente-employer",
                "placement-employee")) {
            lines.add(JSON.readTree(Files.readString(Path.of("examples/" + example + ".json"))).toString());
        }
        lines.add(2, "{\"id\":\"half");
        lines.add(4, "{\"id\":\"robot\",\"subject\":\"robot\",\"sector\":\"vvt\"}");
        Path file = dir.resolve("profiles.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);

        CliTest.Run run = CliTest.run("recommend-batch", file.toString(), "--threads", "2", "--no-progress");
        assertEquals(2, run.code(), run.err());
        String[] out = run.out().split("\n");
        assertEquals(7, out.length, run.out());
        List<String> ids = new ArrayList<>();
        for (String line : out) {
            JsonNode node = JSON.readTree(line);
            ids.add(node.has("error") ? "error:" + node.get("line").asInt() + ":" + node.get("error").get("kind").asText()
                    : node.get("profileId").asText());
        }
        assertEquals(List.of("voorbeeld-verzorgende-58", "voorbeeld-vvt-organisatie", "error:3:invalid-profile",
                "voorbeeld-gemeente-medewerker", "error:5:invalid-profile", "voorbeeld-gemeente-organisatie",
                "voorbeeld-plaatsing-arbeidsbeperking"), ids);
        assertTrue(run.err().contains("7 profiles, 5 results, 2 errors (invalid-profile 2)"), run.err());
        assertFalse(run.err().contains("\r"), "no progress line outside a terminal: " + run.err());
        // the same result as recommend gives for the file
        JsonNode single = JSON.readTree(CliTest.run("recommend", "examples/vvt-employer.json").out());
        assertEquals(single, JSON.readTree(out[1]));
    }

    @Test
    void eachLineCarriesTheChosenLevelAndLanguageAsRecommendWritesIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("profiles.jsonl");
        Files.write(file, List.of(JSON.readTree(Files.readString(Path.of("examples/gemeente-employee.json"))).toString()),
                StandardCharsets.UTF_8);
        for (String level : List.of("summary", "standard", "full")) {
            CliTest.Run run = CliTest.run("recommend-batch", file.toString(), "--explain", level, "--lang", "en");
            assertEquals(0, run.code(), run.err());
            assertEquals(1, run.out().split("\n").length, run.out());
            JsonNode single = JSON.readTree(CliTest.run("recommend", "examples/gemeente-employee.json",
                    "--explain", level, "--lang", "en").out());
            assertEquals(single, JSON.readTree(run.out()), level);
        }
        CliTest.Run wrong = CliTest.run("recommend-batch", file.toString(), "--explain", "everything");
        assertEquals(2, wrong.code());
        assertTrue(wrong.err().contains("--explain must be summary, standard or full, not 'everything'"), wrong.err());
    }

    @Test
    void anEmptyBatchGivesNoLinesAndASummary() {
        CliTest.Run run = CliTest.run("recommend-batch", "/dev/null");
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().contains("0 profiles, 0 results, 0 errors"), run.err());
    }
}
