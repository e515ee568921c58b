package nl.wielwijzer.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks through docs/policy-designers-guide.md as a policy designer would: change a rule, write a scenario that
 * fails with a clear message, fix it and see it pass, add an instrument, and break a rule under watch while the
 * previous rules go on answering. If the guide's steps stop working, this test says so.
 */
class PolicyDesignersGuideTest {

    private static final String SCENARIO = """
            scenarios:
              - name: Een intrinsiek gemotiveerde werkgever krijgt belonen als eerste advies
                profile:
                  id: test-werkgever
                  subject: employer
                  sector: vvt
                  comB: { reflectiveMotivation: 2 }
                  organisation:
                    motivation: { intrinsic: 5 }
                expect:
                  - function: incentivisation
                    rank: 1
                  - rule: Intrinsically motivated employers are moved by rewards
                    on: { function: incentivisation }
                    points: %d
            """;

    private static final String INSTRUMENT = """
              - id: mijn-brieven-naar-huisadres
                name: Brieven naar het huisadres
                nameEn: Letters to the home address
                description: >-
                  Letters about DI measures sent to employees' home addresses, one of the channels VVT organisations
                  use to reach staff who rarely read intranet or e-mail.
                descriptionNl: >-
                  Brieven over maatregelen voor duurzame inzetbaarheid naar het huisadres van medewerkers: een van de manieren
                  waarop VVT-organisaties medewerkers bereiken die intranet of e-mail weinig lezen.
                audience: [organisation, hr]
                sectors: [vvt]
                functions: { education: judged, persuasion: judged }
                components: { psychologicalCapability: judged }
                evidence: adviceOnly
                sources:
                  - seed: 002_488956ea70b0741c.txt
                    lines: 2601-2611
                    quote: "Tabel 6.4. Manieren van communiceren over de maatregelen … Brieven naar het huisadres."
            """;

    private static Path copy(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return to;
    }

    @Test
    void changeARuleWriteAScenarioSeeItFailFixItAndSeeItPass(@TempDir Path dir) throws Exception {
        Path rules = copy(Path.of("rules"), dir.resolve("mijn-regels"));
        Path catalog = copy(Path.of("catalog"), dir.resolve("mijn-catalogus"));
        Path scenario = Files.createDirectories(rules.resolve("scenarios")).resolve("mijn-scenario.yaml");
        String[] test = {"test", "--no-coverage", "--rules", rules.toString(), "--catalog", catalog.toString(), scenario.toString()};

        Files.writeString(scenario, SCENARIO.formatted(3));
        CliTest.Run before = CliTest.run(test);
        assertEquals(0, before.code(), before.out() + before.err());

        Path ruleFile = rules.resolve("seed-002-wg-motivation.drl");
        String text = Files.readString(ruleFile);
        String changed = text.replace("when\n    Case( employer )\n"
                        + "    EmployerMotivation( motive == EmployerMotive.INTRINSIC, score >= 4 )\nthen\n"
                        + "    advice.favour(INCENTIVISATION, 3);",
                "when\n    Case( employer )\n"
                        + "    EmployerMotivation( motive == EmployerMotive.INTRINSIC, score >= 4 )\nthen\n"
                        + "    advice.favour(INCENTIVISATION, 4);");
        assertFalse(changed.equals(text), "the guide's rule must be in seed-002-wg-motivation.drl as shown");
        Files.writeString(ruleFile, changed);

        CliTest.Run failing = CliTest.run(test);
        assertEquals(1, failing.code(), failing.out() + failing.err());
        assertTrue(failing.out().contains("FAIL  Een intrinsiek gemotiveerde werkgever"), failing.out());
        assertTrue(failing.out().contains("expected (line 13): rule \"Intrinsically motivated employers are moved by rewards\" "
                + "changes function incentivisation by +3"), failing.out());
        assertTrue(failing.out().contains("got: it changed function incentivisation by +4"), failing.out());
        assertTrue(failing.out().contains("trace:"), failing.out());

        Files.writeString(scenario, SCENARIO.formatted(4));
        CliTest.Run fixed = CliTest.run(test);
        assertEquals(0, fixed.code(), fixed.out() + fixed.err());
        assertTrue(fixed.out().contains("PASS  Een intrinsiek gemotiveerde werkgever"), fixed.out());
    }

    @Test
    void addAnInstrumentAndSeeThatItLoadsAndCanBeRecommended(@TempDir Path dir) throws Exception {
        Path catalog = copy(Path.of("catalog"), dir.resolve("mijn-catalogus"));
        Path file = catalog.resolve("vvt-practice.yaml");
        Files.writeString(file, Files.readString(file).stripTrailing() + "\n" + INSTRUMENT);
        CliTest.Run listed = CliTest.run("catalog", "--catalog", catalog.toString());
        assertEquals(0, listed.code(), listed.err());
        assertTrue(listed.out().contains("\"id\" : \"mijn-brieven-naar-huisadres\""));

        Path profile = dir.resolve("werkgever.json");
        Files.writeString(profile, "{\"id\":\"w\",\"subject\":\"employer\",\"sector\":\"vvt\","
                + "\"comB\":{\"psychologicalCapability\":3,\"reflectiveMotivation\":3}}");
        CliTest.Run advice = CliTest.run("recommend", profile.toString(), "--catalog", catalog.toString(),
                "--max-instruments", "600");
        assertEquals(0, advice.code(), advice.err());
        assertTrue(advice.out().contains("\"id\":\"mijn-brieven-naar-huisadres\""), "the new instrument is recommended");
    }

    @Test
    void aBrokenEditUnderWatchIsReportedWhileThePreviousRulesGoOnAnswering(@TempDir Path dir) throws Exception {
        Path rules = copy(Path.of("rules"), dir.resolve("mijn-regels"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> watching = pool.submit(() -> Main.run(new String[] {"watch", "--rules", rules.toString(),
                "--profile", "examples/vvt-employer.json", "--max-reloads", "1"},
                    new PrintWriter(out, true), new PrintWriter(err, true)));
            long deadline = System.currentTimeMillis() + 120_000;
            while (!out.toString().contains("watching") && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(out.toString().contains("watching"), out + err.toString());
            String answerBefore = out.toString().lines().filter(l -> l.contains("examples/vvt-employer.json:")).findFirst()
                    .orElseThrow();

            Path ruleFile = rules.resolve("seed-002-wg-motivation.drl");
            Files.writeString(ruleFile, Files.readString(ruleFile).replace("advice.favour(INCENTIVISATION, 3);",
                    "advice.favour(INCENTIVISATION, 3;"));
            assertEquals(0, watching.get(120, TimeUnit.SECONDS));

            assertTrue(err.toString().contains("the previous set keeps serving"), err.toString());
            assertTrue(err.toString().contains("seed-002-wg-motivation.drl:"), err.toString());
            long answers = out.toString().lines().filter(l -> l.equals(answerBefore)).count();
            assertEquals(2, answers, "the same advice before and after the broken edit:\n" + out);
        } finally {
            pool.shutdownNow();
        }
    }
}
