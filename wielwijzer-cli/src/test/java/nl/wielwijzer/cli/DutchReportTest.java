package nl.wielwijzer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dutch first: the text report in Dutch holds no English and no raw codes, for every bundled example. The detector
 * looks for English words that are not also Dutch, for camelCase codes ({@code reflectiveMotivation}), and for
 * facts as the engine writes them ({@code employee.age = 58}).
 */
class DutchReportTest {

    private static final Pattern ENGLISH = Pattern.compile("(?i)\\b(the|and|with|for|by|because|which|from|this|that|these|"
            + "are|were|has|have|should|rule|rules|source|employee|employer|employees|employers|function|functions|"
            + "gap|already|offers|age|ruled|line|lines|none|advice|profile|phase|rank)\\b");
    private static final Pattern CAMEL_CASE = Pattern.compile("\\b[a-z]+[A-Z][A-Za-z]*\\b");
    private static final Pattern RAW_FACT = Pattern.compile("\\b[a-z]\\w*(\\.\\w+)+(\\[\\d+])? = ");

    /** The English words, codes and raw facts in a text, each with its line; empty when there are none. */
    static List<String> notDutch(String text) {
        List<String> found = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            // Quotes from the seeds are the seeds' own (Dutch) words, and file names are names.
            // deRotterdamseZorg is a proper name, written so by its owner (a provider in the catalogue)
            String checked = line.replace("deRotterdamseZorg", "NAME").replaceAll("\"[^\"]*\"", "\"\"").replaceAll("[\\w./-]+\\.(drl|txt|yaml|json)(:\\d+)?", "FILE");
            for (Pattern p : List.of(ENGLISH, CAMEL_CASE, RAW_FACT)) {
                Matcher m = p.matcher(checked);
                while (m.find()) {
                    found.add("line " + (i + 1) + ": '" + m.group() + "' in: " + line.strip());
                }
            }
        }
        return found;
    }

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void theDutchReportOfEveryBundledExampleHasNoEnglishAndNoRawCodes() throws Exception {
        List<Path> examples = examples();
        assertTrue(examples.size() >= 5, "the bundled examples");
        for (Path example : examples) {
            CliTest.Run run = CliTest.run("recommend", example.toString(), "--format", "text", "--lang", "nl");
            assertEquals(0, run.code(), run.err());
            assertTrue(run.out().contains("Doelgedrag"), run.out());
            assertEquals(List.of(), notDutch(run.out()), example.toString());
            CliTest.Run full = CliTest.run("recommend", example.toString(), "--format", "text", "--lang", "nl", "--explain", "full");
            assertTrue(full.out().contains("Interventiefuncties"), full.out());
            assertEquals(List.of(), notDutch(full.out()), example + " --explain full");
        }
    }

    @Test
    void theDetectorFindsEnglishCodesAndRawFacts() {
        assertEquals(List.of(), notDutch("  1. overtuigen (score 19)\n       op grond van: leeftijd 58; werkvermogen matig\n"
                + "       bron: 002_488956ea70b0741c.txt regels 84-85: \"the seed's own words\""));
        List<String> found = notDutch("       rule: Employees who doubt themselves (rules/seed-000-age-learning.drl:53)\n"
                + "       op grond van: employee.age = 58; comB.reflectiveMotivation: tekort 2");
        assertTrue(found.size() >= 4, found.toString());
        assertTrue(found.get(0).startsWith("line 1: 'rule'"), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.contains("'reflectiveMotivation'")), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.contains("'employee.age = '")), found.toString());
    }

    @Test
    void theEnglishReportStaysEnglish() {
        CliTest.Run run = CliTest.run("recommend", "examples/vvt-employee.json", "--format", "text", "--lang", "en",
                "--explain", "full");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("because of: employee, sector VVT (nursing homes, care homes and home care)"), run.out());
        assertTrue(run.out().contains("age 58"), run.out());
    }

    /**
     * A card among the first five says when APEASE lowered it, as the list below does: the profile of the scenario
     * "A lower-educated young carer keeps the online coach in her list, lowered by equity" (rules/scenarios/apease.yaml).
     */
    @Test
    void aCardSaysWhenApeaseLoweredIt(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path profile = dir.resolve("carer.json");
        Files.writeString(profile, """
                {"id": "laag-opgeleid", "subject": "employee", "sector": "vvt",
                 "comB": {"physicalCapability": 1, "psychologicalCapability": 3, "physicalOpportunity": 1,
                          "socialOpportunity": 3, "reflectiveMotivation": 3, "automaticMotivation": 3},
                 "pushFactors": ["reorganisation", "shockEvent"], "pullFactors": ["wantsToPassOnKnowledge"],
                 "employee": {"age": 27, "workAbility": "poor", "contractHoursPerWeek": 19, "educationLevel": "low",
                              "tenureYears": 3, "situations": ["sedentaryWork", "fearsDisclosure"]}}
                """);
        CliTest.Run run = CliTest.run("recommend", profile.toString(), "--format", "text", "--lang", "nl");
        assertEquals(0, run.code(), run.err());
        String cards = run.out().substring(0, run.out().indexOf("Zo pak je het aan"));
        assertTrue(cards.lines().anyMatch(l -> l.matches(" ?\\d\\. On-line coach en informatiewijzers \\[lager door APEASE: gelijkheid]")),
                cards);
    }
}
