package nl.wielwijzer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line as a policy designer uses it while editing: help on every command, a mistake reported at its
 * own line, the effect of a rule read from its actions, one scenario file with its result first, and watch
 * saying what it reloaded and re-running the scenarios the change affects.
 */
class AuthoringLoopTest {

    private static final List<String> COMMANDS = List.of("recommend", "validate", "rules", "catalog", "test", "lint", "watch");
    private static final String RULE = "Intrinsically motivated employers are moved by rewards";
    private static final String RULE_FILE = "seed-002-wg-motivation.drl";



    @Test
    void everyCommandAnswersHelpWithItsUsage() {
        for (String command : COMMANDS) {
            CliTest.Run run = CliTest.run(command, "--help");
            assertEquals(0, run.code(), command + ": " + run.err());
            assertTrue(run.out().startsWith("Usage: wielwijzer " + command), command + ": " + run.out());
            assertEquals("", run.err(), command);
            CliTest.Run help = CliTest.run("help", command);
            assertEquals(run.out(), help.out(), "help " + command + " says the same as " + command + " --help");
        }
    }

    @Test
    void theTopLevelHelpListsEveryCommandInACompleteSentence() {
        CliTest.Run run = CliTest.run("--help");
        assertEquals(0, run.code(), run.err());
        String list = run.out().substring(run.out().indexOf("Commands:"));
        for (String command : COMMANDS) {
            int at = list.indexOf("\n  " + command + " ");
            assertTrue(at >= 0, command + " is listed: " + list);
            int next = list.indexOf("\n  ", at + 1);
            while (next >= 0 && list.startsWith("\n   ", next)) {
                next = list.indexOf("\n  ", next + 1);
            }
            String summary = list.substring(at, next < 0 ? list.length() : next).strip().replaceAll("\\s+", " ");
            assertTrue(summary.endsWith("."), "a complete sentence for " + command + ": " + summary);
        }
        assertEquals(run.out(), CliTest.run().out(), "no command prints the same help");
    }

    @Test
    void aFieldTypoIsReportedAtTheLineOfTheTypo(@TempDir Path dir) throws Exception {
        Path rules = RuleFolder.copy(dir.resolve("mijn-regels"));
        Path file = rules.resolve(RULE_FILE);
        List<String> lines = Files.readAllLines(file);
        int header = lines.indexOf("rule \"" + RULE + "\"") + 1;
        int typo = header;
        while (!lines.get(typo - 1).contains("motive == EmployerMotive.INTRINSIC, score >= 4")) {
            typo++;
        }
        lines.set(typo - 1, lines.get(typo - 1).replace("motive ==", "motiv =="));
        Files.write(file, lines);

        CliTest.Run run = CliTest.run("rules", "--rules", rules.toString());
        assertEquals(3, run.code(), run.err());
        assertTrue(run.err().contains(file + ":" + typo + ":25: EmployerMotivation has no field 'motiv'"),
                "reported at line " + typo + ", not at the rule (line " + header + ") or its explanations: " + run.err());
    }

    @Test
    void theEffectOfARuleIsReadFromItsActionsAndAStaleEffectIsRefused(@TempDir Path dir) throws Exception {
        assertEquals("incentivisation +3", effectOf(CliTest.run("rules"), RULE));

        Path rules = RuleFolder.copy(dir.resolve("mijn-regels"));
        Path file = rules.resolve(RULE_FILE);
        RuleFolder.edit(file, "    advice.favour(INCENTIVISATION, 3);\nend\n\nrule \"Employers with financial motives",
                "    advice.favour(INCENTIVISATION, 4);\nend\n\nrule \"Employers with financial motives");
        assertEquals("incentivisation +4", effectOf(CliTest.run("rules", "--rules", rules.toString()), RULE));

        RuleFolder.edit(file, "\"Een klein duwtje kan intrinsiek gemotiveerde werkgevers al in beweging krijgen\")\nwhen",
                "\"Een klein duwtje kan intrinsiek gemotiveerde werkgevers al in beweging krijgen\")\n"
                        + "    @effect(\"incentivisation +3\")\nwhen");
        int line = Files.readAllLines(file).indexOf("    @effect(\"incentivisation +3\")") + 1;
        CliTest.Run stale = CliTest.run("rules", "--rules", rules.toString());
        assertEquals(3, stale.code(), stale.err());
        assertTrue(stale.err().contains(file + ":" + line + ":5: rule \"" + RULE + "\" @effect: @effect says +3, but the "
                + "rule's actions give +4 (incentivisation +4)"), stale.err());
    }

    private static String effectOf(CliTest.Run run, String rule) throws Exception {
        assertEquals(0, run.code(), run.err());
        for (JsonNode node : new ObjectMapper().readTree(run.out())) {
            if (node.get("name").asText().equals(rule)) {
                return node.get("effect").asText();
            }
        }
        throw new AssertionError("no rule " + rule);
    }

    @Test
    void oneScenarioFilePrintsItsResultFirstAndTheCoverageOnlyOnRequest(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("mijn-scenario.yaml");
        Files.writeString(scenario, """
                scenarios:
                  - name: the employee example is enabled first
                    profileFile: %s
                    expect:
                      - function: enablement
                        rank: 1
                """.formatted(Path.of("examples/vvt-employee.json").toAbsolutePath()));
        CliTest.Run quick = CliTest.run("test", scenario.toString());
        assertEquals(0, quick.code(), quick.out() + quick.err());
        assertTrue(quick.out().startsWith("PASS  the employee example is enabled first"), quick.out());
        assertFalse(quick.out().contains("Coverage"), quick.out());
        assertEquals(3, quick.out().lines().count(), "the result, a blank line and the count: " + quick.out());

        CliTest.Run covered = CliTest.run("test", "--coverage", scenario.toString());
        assertEquals(0, covered.code(), covered.err());
        assertTrue(covered.out().startsWith("PASS  the employee example is enabled first"), covered.out());
        assertTrue(covered.out().indexOf("1 scenarios: 1 passed, 0 failed") < covered.out().indexOf("Coverage\n"), covered.out());
        assertTrue(covered.out().contains("rules fired: "), covered.out());
    }

    @Test
    void watchSaysWhatItReloadedAndReRunsTheScenariosTheChangeAffects(@TempDir Path dir) throws Exception {
        Path rules = RuleFolder.copy(dir.resolve("mijn-regels"));
        Path scenarios = Files.createDirectories(rules.resolve("scenarios"));
        Files.writeString(scenarios.resolve("werkgever.yaml"), """
                scenarios:
                  - name: rewards move an intrinsically motivated employer
                    profile:
                      id: w
                      subject: employer
                      sector: vvt
                      comB: { reflectiveMotivation: 2 }
                      organisation:
                        motivation: { intrinsic: 5 }
                    expect:
                      - rule: %s
                        on: { function: incentivisation }
                        points: 3
                """.formatted(RULE));
        Files.writeString(scenarios.resolve("werknemer.yaml"), """
                scenarios:
                  - name: an employee with a social opportunity gap gets environmental restructuring
                    profile:
                      id: e
                      subject: employee
                      sector: vvt
                      comB: { socialOpportunity: 3 }
                    expect:
                      - function: environmentalRestructuring
                        present: true
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> watching = pool.submit(() -> Main.run(new String[] {"watch", "--rules", rules.toString(),
                "--max-reloads", "1"}, new PrintWriter(out, true), new PrintWriter(err, true)));
            long deadline = System.currentTimeMillis() + 120_000;
            while (!out.toString().contains("watching") && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(out.toString().contains("scenarios: 2 passed, 0 failed"), out + err.toString());

            RuleFolder.edit(rules.resolve(RULE_FILE), "    advice.favour(INCENTIVISATION, 3);\nend\n\nrule \"Employers with financial",
                    "    advice.favour(INCENTIVISATION, 4);\nend\n\nrule \"Employers with financial");
            assertEquals(0, watching.get(120, TimeUnit.SECONDS), err.toString());

            String after = out.toString().substring(out.toString().indexOf("watching"));
            assertTrue(after.contains("changed: " + rules.resolve(RULE_FILE)), after);
            assertTrue(after.contains("reloaded: now serving "), after);
            assertTrue(after.contains("re-ran the 1 scenarios the change affects: 0 passed, 1 failed"),
                    "only the employer scenario used the changed file: " + after);
            assertTrue(after.contains("FAIL  rewards move an intrinsically motivated employer"), after);
            assertTrue(after.contains("got: it changed function incentivisation by +4"), after);
            assertFalse(after.contains("an employee with a social opportunity gap"), after);
        } finally {
            pool.shutdownNow();
        }
    }
}
