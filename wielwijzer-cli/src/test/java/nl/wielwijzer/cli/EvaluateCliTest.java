package nl.wielwijzer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code wielwijzer evaluate} end to end on a folder of two judged cases. Wielwijzer's own figures change with
 * the rules, so only the baseline's are checked by value; they follow from the 2014 matrix by hand.
 */
class EvaluateCliTest {

    /** An employee in VVT; baseline top 3 (physical capability 2, physical opportunity 2): training 4, enablement 4, restriction 2. */
    private static final String EMPLOYEE = """
            id: "001"
            title: A carer of 57 with physical complaints and moderate work ability
            seeds: ["003"]
            situation: Physical complaints in heavy work.
            profile:
              id: fixture-001
              subject: employee
              sector: vvt
              comB: { physicalCapability: 2, physicalOpportunity: 2 }
              employee: { age: 57, workAbility: moderate }
            expected:
              topFunctions:
                - { function: enablement, why: matrix }
                - { function: training, why: matrix }
                - { function: environmentalRestructuring, why: matrix }
              mustInclude:
                - { instrument: gem-ontziegerichte-praktijken, why: relief before development }
              mustNot:
                - { function: restriction, why: not aimed at an employee }
              route: { code: vitalisation, acceptable: [jobRedesign], why: relief first }
              phase: { code: canMayDare, why: she wants to but cannot }
            justification:
              - for: [topFunctions.enablement, topFunctions.training, topFunctions.environmentalRestructuring, mustNot.restriction, phase]
                bcw: "BCW 2014 matrix: physical capability and opportunity"
              - for: [mustInclude.gem-ontziegerichte-praktijken, route]
                seed: 003_348a5f789e8eacb9.txt
                lines: 729-735
                quote: "voor mensen die qua werkvermogen slecht of matig scoren, werken ontziegerichte praktijken"
            """;

    /** A municipality; baseline top 3 (reflective motivation 3, psychological capability 1): education 4, persuasion 3, incentivisation 3. */
    private static final String EMPLOYER = """
            id: "002"
            title: A municipality without a vision on sustainable employability
            seeds: ["003"]
            situation: No DI vision, little support from the board.
            profile:
              id: fixture-002
              subject: employer
              sector: gemeente
              comB: { reflectiveMotivation: 3, psychologicalCapability: 1 }
            expected:
              topFunctions:
                - { function: education, why: know what DI is }
                - { function: persuasion, why: want it }
                - { function: modelling, why: the board shows it }
              mustInclude: []
              mustNot:
                - { function: coercion, why: a vision cannot be forced }
              route: { code: null, why: no worker described }
              phase: { code: know, why: awareness first }
            justification:
              - for: [topFunctions.education, topFunctions.persuasion, mustNot.coercion, route]
                bcw: "BCW 2014 matrix: reflective motivation, psychological capability"
              - for: [topFunctions.modelling, phase]
                seed: 003_348a5f789e8eacb9.txt
                lines: 1564-1566
                quote: "Zorg dat het bestuur/de directie de DI-visie uitdraagt in woord en gedrag."
            """;

    private static Path fixture(Path dir) throws Exception {
        Files.writeString(dir.resolve("001-carer.yaml"), EMPLOYEE);
        Files.writeString(dir.resolve("002-municipality.yaml"), EMPLOYER);
        return dir;
    }

    @Test
    void printsATablePerCaseAndTheAveragesBesideTheBaseline(@TempDir Path dir) throws Exception {
        CliTest.Run run = CliTest.run("evaluate", fixture(dir).toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains(": 2, scored for Wielwijzer (W) and the plain 2014-matrix baseline (B)"), run.out());
        assertTrue(run.out().contains("\n001 employee/vvt "), run.out());
        assertTrue(run.out().contains("\n002 employer/gemeente "), run.out());
        assertTrue(run.out().contains("\nall (2) "), run.out());
        assertTrue(run.out().contains("\nemployee/vvt (1) "), run.out());
        // the same input gives the same output, byte for byte
        assertEquals(run.out(), CliTest.run("evaluate", dir.toString()).out());
    }

    @Test
    void jsonGivesEveryAnswerAndScore_theBaselineAsWorkedOutByHand(@TempDir Path dir) throws Exception {
        CliTest.Run run = CliTest.run("evaluate", fixture(dir).toString(), "--format", "json");
        assertEquals(0, run.code(), run.err());
        JsonNode result = new ObjectMapper().readTree(run.out());
        JsonNode carer = result.get("cases").get(0).get("baseline");
        assertEquals("[\"training\",\"enablement\",\"restriction\"]", carer.get("topFunctions").toString());
        // top 3: training and enablement of the expected three (2/3); restriction in the top 3 breaks the one mustNot
        assertEquals(0.667, carer.get("scores").get("top3").asDouble());
        assertEquals(0.0, carer.get("scores").get("mustNot").asDouble());
        assertEquals(0.0, carer.get("scores").get("route").asDouble());
        JsonNode municipality = result.get("cases").get(1).get("baseline");
        assertEquals("[\"education\",\"persuasion\",\"incentivisation\"]", municipality.get("topFunctions").toString());
        assertEquals(0.667, municipality.get("scores").get("top3").asDouble());
        assertEquals(1.0, municipality.get("scores").get("mustNot").asDouble());
        // no mustInclude entries: not measured
        assertTrue(!municipality.get("scores").has("mustInclude"), municipality.toString());
        JsonNode all = result.get("summaries").get(0);
        assertEquals("all", all.get("group").asText());
        assertEquals(0.667, all.get("baseline").get("top3").asDouble());
        for (JsonNode c : result.get("cases")) {
            double agreement = c.get("wielwijzer").get("scores").get("agreement").asDouble();
            assertTrue(agreement >= 0 && agreement <= 1, c.toString());
        }
    }

    @Test
    void anInvalidCaseFileEndsWithExitCode2AndSaysWhere(@TempDir Path dir) throws Exception {
        fixture(dir);
        Files.writeString(dir.resolve("002-municipality.yaml"), EMPLOYER.replace("phase: { code: know,", "phase: { code: knowing,"));
        CliTest.Run run = CliTest.run("evaluate", dir.toString());
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("the judged cases have problems (1 problem)"), run.err());
        assertTrue(run.err().contains("002-municipality.yaml:19:"), run.err());
        assertTrue(run.err().contains("expected.phase.code"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aMissingFolderEndsWithExitCode2(@TempDir Path dir) {
        CliTest.Run run = CliTest.run("evaluate", dir.resolve("nothing-here").toString());
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("is not a folder of judged cases"), run.err());
    }

    @Test
    void anInvalidCatalogueEndsWithExitCode3(@TempDir Path dir) throws Exception {
        Path catalog = Files.createDirectories(dir.resolve("catalog"));
        Files.writeString(catalog.resolve("broken.yaml"), "instruments:\n  - id: x\n");
        CliTest.Run run = CliTest.run("evaluate", fixture(Files.createDirectories(dir.resolve("cases"))).toString(),
                "--catalog", catalog.toString());
        assertEquals(3, run.code(), run.err());
    }

    @Test
    void helpExplainsTheCommand() {
        CliTest.Run run = CliTest.run("evaluate", "--help");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("plain") && run.out().contains("--format") && run.out().contains("--rules"), run.out());
    }
}
