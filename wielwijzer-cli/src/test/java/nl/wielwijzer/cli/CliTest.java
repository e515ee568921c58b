package nl.wielwijzer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as a user runs it: output, errors on stderr as sentences, and exit codes. */
class CliTest {

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void recommendPrintsTheResultJson() throws Exception {
        Run run = run("recommend", "examples/vvt-employer.json");
        assertEquals(0, run.code(), run.err());
        JsonNode result = new ObjectMapper().readTree(run.out());
        assertEquals("voorbeeld-vvt-organisatie", result.get("profileId").asText());
        assertEquals(1, result.get("interventionFunctions").get(0).get("rank").asInt());
        assertEquals("wielwijzer/result/v2", result.get("contract").asText());
        // the first reason of the best function, resolved through the tables of the same document
        String id = result.get("interventionFunctions").get(0).get("because").get(0).asText();
        JsonNode explanation = result.get("explanations").get(id);
        for (String field : new String[] {"rule", "effect", "points", "facts"}) {
            assertTrue(explanation.has(field), field);
        }
        JsonNode rule = result.get("rules").get(explanation.get("rule").asText());
        assertTrue(rule.get("at").asText().matches("[\\w.-]+\\.(drl|yaml):\\d+"), rule.toString());
        String source = rule.get("sources").get(0).asText(); // seed:lines, the seed's file in the seeds table
        assertTrue(result.get("seeds").has(source.substring(0, source.indexOf(':'))), source);
        assertTrue(result.get("instruments").size() > 0);
        assertTrue(result.get("instruments").get(0).has("name") && result.get("instruments").get(0).has("techniques"));
        assertEquals(result.get("instruments").get(0).get("id"), result.get("summary").get("instruments").get(0));
    }

    @Test
    void explainFullCarriesTheQuotesAndEverySteps() throws Exception {
        Run run = run("recommend", "examples/vvt-employer.json", "--explain", "full", "--lang", "en");
        assertEquals(0, run.code(), run.err());
        JsonNode result = new ObjectMapper().readTree(run.out());
        assertEquals("full", result.get("explain").asText());
        assertTrue(result.get("steps").size() > 0);
        JsonNode first = result.get("rules").get("r1");
        assertEquals(first.get("sources").size(), first.get("quotes").size(), first.toString());
        assertTrue(first.has("name") && first.has("en") && !first.has("nl"), first.toString());
        assertEquals(2, run("recommend", "examples/vvt-employer.json", "--explain", "none").code());
    }

    @Test
    void textReportsComeInDutchAndEnglish() {
        Run nl = run("recommend", "examples/vvt-employee.json", "--format", "text", "--lang", "nl");
        Run en = run("recommend", "examples/vvt-employee.json", "--format", "text", "--lang", "en");
        assertEquals(0, nl.code(), nl.err());
        assertEquals(0, en.code(), en.err());
        assertTrue(nl.out().contains("Doelgedrag: ") && nl.out().contains("Waarom: "), nl.out());
        assertTrue(en.out().contains("Target behaviour: ") && en.out().contains("Why: "), en.out());
        // the flagship example's report at the default level is a short page (issue 10: at most 60 lines)
        assertTrue(nl.out().lines().count() <= 60, nl.out().lines().count() + " lines");
        assertTrue(en.out().lines().count() <= 60, en.out().lines().count() + " lines");
        // the techniques of the top functions and of the instruments, with where they come from
        assertTrue(nl.out().contains("1.4 Actieplan maken") && nl.out().contains("16.3 Gevolgen bij anderen zien (bron 002, regels 1710-1711)"), nl.out());
        assertTrue(en.out().contains("1.4 Action planning") && en.out().contains("16.3 Vicarious consequences (seed 002, lines 1710-1711)"), en.out());
        Run full = run("recommend", "examples/vvt-employee.json", "--format", "text", "--lang", "nl", "--explain", "full");
        assertTrue(full.out().contains("Interventiefuncties") && full.out().contains("bron: 00"), full.out());
    }

    /**
     * The summary names the route and the phase, and says so in words when no finding points to one (the bundled
     * municipal employer has no route, the VVT employer no phase), rather than leaving the line out.
     */
    @Test
    void theSummarySaysSoWhenThereIsNoRouteOrPhase() {
        Run noRouteNl = run("recommend", "examples/gemeente-employer.json", "--format", "text", "--lang", "nl");
        Run noRouteEn = run("recommend", "examples/gemeente-employer.json", "--format", "text", "--lang", "en");
        Run noPhaseNl = run("recommend", "examples/vvt-employer.json", "--format", "text", "--lang", "nl");
        Run noPhaseEn = run("recommend", "examples/vvt-employer.json", "--format", "text", "--lang", "en");
        assertTrue(noRouteNl.out().contains("\nRoute: geen (geen bevinding uit de bronnen wijst een route aan); fase: "), noRouteNl.out());
        assertTrue(noRouteEn.out().contains("\nRoute: none (no finding of the sources points to a route); phase: "), noRouteEn.out());
        assertTrue(noPhaseNl.out().contains("; fase: geen (geen bevinding uit de bronnen wijst een fase aan)\n"), noPhaseNl.out());
        assertTrue(noPhaseEn.out().contains("; phase: none (no finding of the sources points to a phase)\n"), noPhaseEn.out());
    }

    /** The summary's heading counts the cards: fewer instruments fit a manager's narrow profile than five. */
    @Test
    void theSummaryHeadingGivesTheNumberOfInstruments(@TempDir Path dir) throws Exception {
        Path profile = dir.resolve("manager.json");
        Files.writeString(profile, "{\"id\":\"m\",\"subject\":\"manager\",\"sector\":\"gemeente\","
                + "\"comB\":{\"psychologicalCapability\":2,\"socialOpportunity\":1,\"reflectiveMotivation\":1}}");
        for (String lang : List.of("nl", "en")) {
            Run run = run("recommend", profile.toString(), "--format", "text", "--lang", lang);
            assertEquals(0, run.code(), run.err());
            long cards = run.out().lines().filter(l -> l.matches(" \\d\\. .*")).count();
            assertTrue(cards > 0 && cards < 5, run.out());
            String heading = lang.equals("nl")
                    ? List.of("", "Eén instrument", "Twee instrumenten", "Drie instrumenten", "Vier instrumenten").get((int) cards)
                    : List.of("", "One instrument", "Two instruments", "Three instruments", "Four instruments").get((int) cards);
            assertTrue(run.out().contains("\n" + heading + (lang.equals("nl") ? " om mee te beginnen\n" : " to start with\n")), run.out());
        }
        Run five = run("recommend", "examples/vvt-employee.json", "--format", "text", "--lang", "nl");
        assertTrue(five.out().contains("\nVijf instrumenten om mee te beginnen\n"), five.out());
    }

    /** Instruments ruled out for one reason are one group, not "instrument 'a', instrument 'b', …". */
    @Test
    void instrumentsRuledOutForOneReasonAreNamedAsOneGroup() {
        Run nl = run("recommend", "examples/placement-employee.json", "--format", "text", "--lang", "nl");
        Run en = run("recommend", "examples/placement-employee.json", "--format", "text", "--lang", "en");
        assertTrue(nl.out().contains("\n - instrumenten 'aanbevelingsbrief', "), nl.out());
        assertTrue(en.out().contains("\n - instruments 'Letter of recommendation', "), en.out());
        assertFalse(nl.out().contains("', instrument '") || en.out().contains("', instrument '"), nl.out() + en.out());
    }

    @Test
    void anInvalidProfileGivesOneSentencePerProblemAndExitCode2(@TempDir Path dir) throws Exception {
        Path profile = dir.resolve("p.json");
        Files.writeString(profile, "{\"id\":\"x\",\"subject\":\"employee\",\"sector\":\"vvt\",\n"
                + "\"comB\":{\"reflectiveMotivation\":7,\"socialOpportunity\":-2}}");
        Run run = run("recommend", profile.toString());
        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().contains("the profile is not valid (2 problems)"), run.err());
        assertTrue(run.err().contains(profile + ":2:32: comB.reflectiveMotivation: 7 is above the maximum 3"), run.err());
        assertTrue(run.err().contains("comB.socialOpportunity: -2 is below the minimum 0"), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "no stack trace: " + run.err());
    }

    @Test
    void aMissingFileIsAPlainSentence() {
        Run run = run("recommend", "no/such/profile.json");
        assertEquals(2, run.code());
        assertEquals("wielwijzer: there is no file 'no/such/profile.json'\n", run.err());
    }

    @Test
    void validateSaysWhetherAProfileIsValid() {
        Run ok = run("validate", "examples/vvt-employee.json");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("the profile is valid"));
    }

    @Test
    void brokenRulesGiveExitCode3WithFileLineAndHint(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("rules/vocabulary.yaml"), dir.resolve("vocabulary.yaml"));
        Files.writeString(dir.resolve("broken.drl"), """
                package wielwijzer
                import nl.wielwijzer.rules.*
                import nl.wielwijzer.profile.*
                import static nl.wielwijzer.bcw.InterventionFunction.*
                global Advice advice

                rule "A rule with a typo"
                    @nl("Uitleg.")
                    @en("Explanation.")
                    @source("002_488956ea70b0741c.txt", "83", "te dwingen door middel van wet- en regelgeving")
                when
                    Gap( componnent == ComB.SOCIAL_OPPORTUNITY )
                then
                    advice.favour(TRAINING, 1);
                end
                """);
        Run run = run("rules", "--rules", dir.toString(), "--catalog", Files.createDirectories(dir.resolve("catalog")).toString());
        assertEquals(3, run.code());
        assertTrue(run.err().contains("broken.drl:12:"), run.err());
        assertTrue(run.err().contains("Gap has no field 'componnent'"), run.err());
        assertTrue(run.err().contains("did you mean 'component'?"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
    }

    @Test
    void rulesListsEveryRuleWithFileLineAndMetadata() throws Exception {
        Run run = run("rules");
        assertEquals(0, run.code(), run.err());
        JsonNode rules = new ObjectMapper().readTree(run.out());
        assertTrue(rules.size() > 40);
        for (JsonNode rule : rules) {
            assertTrue(rule.get("file").asText().startsWith("rules/"), rule.toString());
            assertTrue(rule.get("line").asInt() > 0);
            assertTrue(rule.get("sources").size() > 0, rule.get("name").asText());
        }
    }

    @Test
    void catalogListsTheInstruments() throws Exception {
        Run run = run("catalog");
        assertEquals(0, run.code(), run.err());
        JsonNode catalog = new ObjectMapper().readTree(run.out());
        assertEquals(catalog.get("count").asInt(), catalog.get("instruments").size());
        assertTrue(catalog.get("count").asInt() > 100);
    }

    @Test
    void unknownOptionsAreExplained() {
        Run run = run("recommend", "--colour", "red", "examples/vvt-employee.json");
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("wielwijzer: Unknown options: '--colour'"), run.err());
        assertTrue(run.err().contains("recommend --help"), run.err());
    }

    @Test
    void testRunsScenarioFilesAndFailsOnAFailure(@TempDir Path dir) throws Exception {
        Path scenarios = dir.resolve("s.yaml");
        Files.writeString(scenarios, """
                scenarios:
                  - name: the employee example is enabled first
                    profileFile: %s
                    expect:
                      - function: enablement
                        top: 2
                  - name: this one fails on purpose
                    profileFile: %s
                    expect:
                      - function: coercion
                        rank: 1
                """.formatted(Path.of("examples/vvt-employee.json").toAbsolutePath(),
                Path.of("examples/vvt-employee.json").toAbsolutePath()));
        Run run = run("test", "--no-coverage", scenarios.toString());
        assertEquals(1, run.code(), run.err());
        assertTrue(run.out().contains("PASS  the employee example is enabled first"), run.out());
        assertTrue(run.out().contains("FAIL  this one fails on purpose"), run.out());
        assertTrue(run.out().contains("expected (line 10): function coercion at rank 1"), run.out());
        assertTrue(run.out().contains("2 scenarios: 1 passed, 1 failed"), run.out());
    }
}
