package nl.wielwijzer.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The command line fed what issue 13 fed it: endless input, bytes that are not UTF-8, byte order marks,
 * escape sequences in a profile, a scenario that points out of its folder, and a rule that throws under watch.
 * Each ends with a sentence and exit code 2 (input) or 3 (rules), never a stack trace.
 */
class HostileInputCliTest {

    private static final String RULE = """
            package wielwijzer
            import nl.wielwijzer.rules.*
            import nl.wielwijzer.bcw.*
            import static nl.wielwijzer.bcw.InterventionFunction.*
            global Advice advice

            rule "Every gap calls for training"
                @nl("Uitleg.")
                @en("Explanation.")
                @source("002_488956ea70b0741c.txt", "83", "te dwingen door middel van wet- en regelgeving")
            when
                $g : Gap( severity >= 1 )
            then
                advice.favour(TRAINING, POINTS);
            end
            """;

    /** A small rule set (one rule, the bundled vocabulary, no catalogue): quick to load; options for it. */
    private static String[] small(Path dir, String... args) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Path catalog = Files.createDirectories(dir.resolve("catalog"));
        if (!Files.exists(rules.resolve("vocabulary.yaml"))) {
            Files.copy(Path.of("rules/vocabulary.yaml"), rules.resolve("vocabulary.yaml"));
            Files.writeString(rules.resolve("mine.drl"), RULE.replace("POINTS", "1"));
        }
        String[] all = java.util.Arrays.copyOf(args, args.length + 4);
        System.arraycopy(new String[] {"--rules", rules.toString(), "--catalog", catalog.toString()}, 0, all, args.length, 4);
        return all;
    }

    private static CliTest.Run withStdin(byte[] input, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(input));
        try {
            return CliTest.run(args);
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void validateDevZeroEndsWithASentenceAndExitCode2() {
        CliTest.Run run = CliTest.run("validate", "/dev/zero");
        assertEquals(2, run.code(), run.err());
        assertEquals("wielwijzer: the profile cannot be read:\n/dev/zero: the profile has more than 262144 bytes, "
                + "the most Wielwijzer reads\n  hint: check that this is the right input\n", run.err().replace("\r", ""));
    }

    @Test
    void invalidUtf8OnStandardInputIsRefusedWithLineAndColumn() {
        byte[] json = "{\"id\": \"x\",\n \"subject\": \"empl\u00ffyee\"}".getBytes(StandardCharsets.ISO_8859_1);
        CliTest.Run run = withStdin(json, "validate", "-");
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("(standard input):2:18: the text is not valid UTF-8: byte 29 (0xFF)"), run.err());
    }

    @Test
    void aUtf8ByteOrderMarkIsAcceptedAndUtf16IsRefusedInPlainWords(@TempDir Path dir) throws Exception {
        byte[] profile = Files.readAllBytes(Path.of("examples/vvt-employee.json"));
        byte[] withBom = new byte[profile.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(profile, 0, withBom, 3, profile.length);
        assertEquals(0, withStdin(withBom, small(dir, "validate", "-")).code());

        Path utf16 = dir.resolve("p.json");
        Files.write(utf16, ("\uFEFF" + new String(profile, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_16LE));
        CliTest.Run run = CliTest.run("validate", utf16.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("the text is in UTF-16 (it starts with a UTF-16 byte order mark); Wielwijzer "
                + "reads UTF-8"), run.err());
    }

    @Test
    void controlCharactersInAProfileNeverReachTheTerminal(@TempDir Path dir) throws Exception {
        Path profile = dir.resolve("p.json");
        Files.writeString(profile, "{\"id\":\"x\\u001b[2J\\u202e\",\"subject\":\"employee\",\"sector\":\"vvt\","
                + "\"comB\":{\"socialOpportunity\":2}}");
        CliTest.Run text = CliTest.run(small(dir, "recommend", profile.toString(), "--format", "text"));
        assertEquals(0, text.code(), text.err());
        assertFalse(text.out().contains("\u001b") || text.out().contains("\u202e"), text.out());
        assertTrue(text.out().contains("x\\u001b[2J\\u202e"), text.out());
        Files.writeString(profile, "{\"id\":\"x\",\"subject\":\"employee\",\"sector\":\"vvt\",\"pushFactors\":[\"a\\u001bb\"]}");
        CliTest.Run invalid = CliTest.run(small(dir, "validate", profile.toString()));
        assertEquals(2, invalid.code());
        assertFalse(invalid.err().contains("\u001b"), invalid.err());
    }

    @Test
    void aScenarioCannotReadAFileOutsideItsProject(@TempDir Path dir) throws Exception {
        Path scenarios = dir.resolve("s.yaml");
        Files.writeString(scenarios, """
                scenarios:
                  - name: reads the password file
                    profileFile: ../../../../../../../../etc/passwd
                    expect:
                      - function: persuasion
                        top: 2
                """);
        CliTest.Run run = CliTest.run(small(dir, "test", "--no-coverage", scenarios.toString()));
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("s.yaml:3:18: scenarios[0].profileFile: the profile file "
                + "'../../../../../../../../etc/passwd' cannot be read (it lies outside the scenario file's folder"), run.err());
        assertFalse(run.err().contains("root:"), run.err());
    }

    @Test
    void aScenarioCannotFollowALinkOutOfItsFolder(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("scenarios"));
        Files.createSymbolicLink(folder.resolve("p.json"), Path.of("/etc/passwd"));
        Path scenarios = folder.resolve("s.yaml");
        Files.writeString(scenarios, """
                scenarios:
                  - name: a link out
                    profileFile: p.json
                    expect:
                      - function: persuasion
                        top: 2
                """);
        CliTest.Run run = CliTest.run(small(dir, "test", "--no-coverage", scenarios.toString()));
        Files.delete(folder.resolve("p.json")); // JUnit would warn that it leaves a link to a file outside
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("cannot be read (it lies outside the scenario file's folder"), run.err());
    }

    @Test
    void aRuleThatThrowsUnderWatchIsRefusedAndWatchGoesOn(@TempDir Path dir) throws Exception {
        small(dir);
        Path rules = dir.resolve("rules");
        Path catalog = dir.resolve("catalog");
        String rule = RULE;
        Path file = rules.resolve("mine.drl");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> watching = pool.submit(() -> Main.run(new String[] {"watch", "--rules", rules.toString(),
                "--catalog", catalog.toString(), "--profile", "examples/vvt-employee.json", "--max-reloads", "1"},
                    new PrintWriter(out, true), new PrintWriter(err, true)));
            long deadline = System.currentTimeMillis() + 120_000;
            while (!out.toString().contains("watching") && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(out.toString().contains("watching"), out + err.toString());
            // the edit divides by zero for every gap: it loads, but fails on the bundled examples
            Files.writeString(file, rule.replace("POINTS", "1 / ($g.severity() - $g.severity())"));
            assertEquals(0, watching.get(120, TimeUnit.SECONDS), err.toString());
            assertTrue(err.toString().contains("the previous set keeps serving"), err.toString());
            assertTrue(err.toString().contains("mine.drl:7: rule \"Every gap calls for training\": the rule \"Every gap "
                    + "calls for training\" failed while it ran: ArithmeticException (/ by zero)"), err.toString());
            assertEquals(2, out.toString().lines().filter(l -> l.contains("vvt-employee.json: 1 training")).count(), out.toString());
        } finally {
            pool.shutdownNow();
        }
    }
}
