package nl.wielwijzer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The examples in README.md and docs/*.md are run, so they cannot drift from the program:
 *
 * <ul>
 *   <li>every command in a {@code ```sh} block ({@code java -jar target/wielwijzer.jar …}, or {@code wielwijzer …}
 *       in the policy designers' guide) runs through {@link Main#run} and ends with exit code 0, or with the code a
 *       trailing {@code # exit N} documents; the guide's {@code mijn-regels}/{@code my-rules} and
 *       {@code mijn-catalogus}/{@code my-catalog} are copies of the bundled rules and catalogue;</li>
 *   <li>every scenario file in a {@code ```yaml} block of docs/scenarios.md passes;</li>
 *   <li>every {@code ```java} block of README.md compiles against the test class path and runs; a
 *       {@code System.out.println(x); // shown} line must print what its comment shows;</li>
 *   <li>a {@code ```json} block under {@code <!-- output of: COMMAND -->} shows only what COMMAND prints;</li>
 *   <li>the consumer {@code pom.xml} snippet in README.md names this project's coordinates.</li>
 * </ul>
 * The last test shows that each check fails on a broken example.
 */
class DocumentationExamplesTest {

    private static final Pattern FENCE = Pattern.compile("(?ms)^(?:<!-- output of: ([^\\n]*?) -->\\n)?```(\\w*)\\n(.*?)^```\\s*$");
    private static final String JAR = "java -jar target/wielwijzer.jar ";

    /** One fenced block of a document. */
    record Block(Path doc, int line, String language, String text, String outputOf) {
        @Override
        public String toString() {
            return doc + ":" + line;
        }
    }

    static List<Path> docs() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> files = Files.list(Path.of("docs"))) {
            files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }

    static List<Block> blocks(Path doc) throws IOException {
        return blocks(doc, Files.readString(doc));
    }

    static List<Block> blocks(Path doc, String text) {
        List<Block> blocks = new ArrayList<>();
        Matcher m = FENCE.matcher(text);
        while (m.find()) {
            int line = (int) text.substring(0, m.start(2)).lines().count() + 1;
            blocks.add(new Block(doc, line, m.group(2), m.group(3), m.group(1)));
        }
        return blocks;
    }

    // --- commands ------------------------------------------------------------------------------------------

    /** A command line of a sh block and the exit code it documents. */
    record Command(Block block, List<String> args, int exit) {
    }

    static List<Command> commands(Block block) {
        List<Command> commands = new ArrayList<>();
        for (String raw : block.text().split("\n")) {
            int exit = 0;
            String line = raw.strip();
            Matcher documented = Pattern.compile("#\\s*exit\\s+(\\d)\\b").matcher(line);
            if (documented.find()) {
                exit = Integer.parseInt(documented.group(1));
            }
            line = line.replaceAll("\\s+#.*$", "");
            for (String part : line.split("&&")) {
                part = part.strip();
                String rest = part.startsWith(JAR) ? part.substring(JAR.length())
                        : part.startsWith("wielwijzer ") ? part.substring("wielwijzer ".length()) : null;
                if (rest != null) {
                    commands.add(new Command(block, new ArrayList<>(List.of(rest.strip().split("\\s+"))), exit));
                }
            }
        }
        return commands;
    }

    /** Runs a documented command in {@code work} (where the guide's own directories are); null when it did as documented. */
    static String run(Command command, Path work) {
        List<String> args = new ArrayList<>();
        for (String arg : command.args()) {
            args.add(switch (arg) {
                case "mijn-regels", "my-rules" -> work.resolve("rules").toString();
                case "mijn-catalogus", "my-catalog" -> work.resolve("catalog").toString();
                default -> arg.startsWith("mijn-regels/") || arg.startsWith("my-rules/")
                        ? work.resolve("rules").resolve(arg.substring(arg.indexOf('/') + 1)).toString() : arg;
            });
        }
        if (args.get(0).equals("watch")) {
            args.add("--max-reloads");
            args.add("0");
        }
        CliTest.Run run = CliTest.run(args.toArray(String[]::new));
        return run.code() == command.exit() ? null
                : command.block() + ": '" + String.join(" ", command.args()) + "' ended with exit code " + run.code()
                        + ", the document says " + command.exit() + "\n" + run.err();
    }

    /**
     * The guide's own directories after its steps 0 to 3: copies of the bundled rules (with their scenarios),
     * catalogue and examples; the rule of step 1 changed from 3 to 4 points, with the bundled scenario that
     * checks it; and the scenario file of step 3.
     */
    static Path work(Path dir) throws IOException {
        copy(Path.of("rules"), dir.resolve("rules"));
        copy(Path.of("rules/scenarios"), dir.resolve("rules/scenarios"));
        copy(Path.of("catalog"), dir.resolve("catalog"));
        copy(Path.of("examples"), dir.resolve("examples"));
        replace(dir.resolve("rules/seed-002-wg-motivation.drl"), "    advice.favour(INCENTIVISATION, 3);\nend\n\nrule \"Employers with financial",
                "    advice.favour(INCENTIVISATION, 4);\nend\n\nrule \"Employers with financial");
        replace(dir.resolve("rules/scenarios/seed-002-wg-motivation.yaml"), "      - rule: Intrinsically motivated employers are moved by rewards\n"
                + "        on: { function: incentivisation }\n        points: 3", "      - rule: Intrinsically motivated employers are moved by rewards\n"
                + "        on: { function: incentivisation }\n        points: 4");
        Files.writeString(dir.resolve("rules/scenarios/mijn-scenario.yaml"), scenarioOfTheGuide());
        Files.writeString(dir.resolve("rules/scenarios/my-scenario.yaml"), scenarioOfTheGuide());
        return dir;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " has changed: the guide's steps no longer apply to it");
        Files.writeString(file, text.replace(from, to));
    }

    /** The scenario of the guide's step 3, as the guide shows it. */
    static String scenarioOfTheGuide() throws IOException {
        return blocks(Path.of("docs/policy-designers-guide.md")).stream()
                .filter(b -> b.language().equals("yaml") && b.text().startsWith("scenarios:")).findFirst()
                .orElseThrow().text();
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Test
    void everyDocumentedCommandRunsWithTheDocumentedExitCode(@TempDir Path dir) throws Exception {
        Path work = work(dir);
        List<String> failures = new ArrayList<>();
        int count = 0;
        for (Path doc : docs()) {
            for (Block block : blocks(doc)) {
                if (!block.language().equals("sh")) {
                    continue;
                }
                for (Command command : commands(block)) {
                    count++;
                    String failure = run(command, work);
                    if (failure != null) {
                        failures.add(failure);
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(count >= 12, "the README and docs show at least 12 commands, found " + count);
    }

    // --- scenario files --------------------------------------------------------------------------------------

    /** Runs a scenario file shown in a document; null when it passes. */
    static String runScenarios(Block block, Path dir) throws IOException {
        Path scenarios = Files.createDirectories(dir.resolve("rules/scenarios")).resolve("doc-" + block.line() + ".yaml");
        copy(Path.of("examples"), dir.resolve("examples"));
        Files.writeString(scenarios, block.text());
        CliTest.Run run = CliTest.run("test", scenarios.toString());
        return run.code() == 0 ? null : block + ": the scenario file does not pass\n" + run.out() + run.err();
    }

    @Test
    void everyScenarioFileInTheDocsPasses(@TempDir Path dir) throws Exception {
        List<String> failures = new ArrayList<>();
        int count = 0;
        for (Path doc : List.of(Path.of("docs/scenarios.md"))) {
            for (Block block : blocks(doc)) {
                if (block.language().equals("yaml") && block.text().startsWith("scenarios:")) {
                    count++;
                    String failure = runScenarios(block, dir);
                    if (failure != null) {
                        failures.add(failure);
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(count >= 1);
    }

    // --- Java snippets ---------------------------------------------------------------------------------------

    private static final String IMPORTS = """
            import java.nio.file.*;
            import java.util.*;
            import nl.wielwijzer.*;
            import nl.wielwijzer.bcw.*;
            import nl.wielwijzer.problem.*;
            import nl.wielwijzer.profile.*;
            import nl.wielwijzer.result.*;
            """;

    /** Compiles and runs a Java snippet; null when it compiles, runs, and prints what its comments show. */
    static String compileAndRun(Block block, Path dir) throws Exception {
        String className = "Snippet" + block.line();
        String source = IMPORTS + "public class " + className + " {\n public static void run() throws Exception {\n"
                + block.text() + "\n }\n}\n";
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path classes = Files.createDirectories(dir.resolve("classes-" + block.line()));
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + className + ".java"),
                    JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return source;
                }
            };
            boolean ok = compiler.getTask(new StringWriter(), files, diagnostics,
                    List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString()), null,
                    List.of(file)).call();
            if (!ok) {
                StringBuilder out = new StringBuilder(block + ": the Java example does not compile");
                diagnostics.getDiagnostics().forEach(d -> out.append("\n  line ")
                        .append(d.getLineNumber() - IMPORTS.lines().count() - 2 + block.line()).append(": ")
                        .append(d.getMessage(null)));
                return out.toString();
            }
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream original = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                DocumentationExamplesTest.class.getClassLoader())) {
            Method run = loader.loadClass(className).getMethod("run");
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            run.invoke(null);
        } catch (InvocationTargetException e) {
            return block + ": the Java example fails when run: " + e.getCause();
        } finally {
            System.setOut(original);
        }
        List<String> shown = new ArrayList<>();
        Matcher comment = Pattern.compile("System\\.out\\.println\\(.*\\);\\s*//\\s*(.+)").matcher(block.text());
        while (comment.find()) {
            shown.add(comment.group(1).strip());
        }
        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        return shown.equals(lines) ? null
                : block + ": the Java example prints " + lines + ", its comments show " + shown;
    }

    @Test
    void everyJavaExampleOfTheReadmeCompilesRunsAndPrintsWhatItShows(@TempDir Path dir) throws Exception {
        List<String> failures = new ArrayList<>();
        int count = 0;
        for (Block block : blocks(Path.of("README.md"))) {
            if (block.language().equals("java")) {
                count++;
                String failure = compileAndRun(block, dir);
                if (failure != null) {
                    failures.add(failure);
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(count >= 2, "the README shows the library and the Java builder");
    }

    // --- documented output -----------------------------------------------------------------------------------

    /** Checks a JSON block against the output of its command; null when every value it shows is what comes out. */
    static String checkOutput(Block block) throws IOException {
        Command command = commands(new Block(block.doc(), block.line(), "sh", block.outputOf(), null)).get(0);
        CliTest.Run run = CliTest.run(command.args().toArray(String[]::new));
        if (run.code() != 0) {
            return block + ": '" + block.outputOf() + "' fails: " + run.err();
        }
        if (block.language().equals("text")) {
            return checkText(block, run.out());
        }
        String shown = block.text().replace("[ … ]", "[]").replace("\"…\"", "\"\"");
        ObjectMapper json = new ObjectMapper();
        List<String> differences = new ArrayList<>();
        compare("", json.readTree(shown), json.readTree(run.out()), differences);
        return differences.isEmpty() ? null : block + ": the example differs from the output: " + differences;
    }

    /**
     * A text block shows the first lines of what the command prints, byte for byte; a last line of only "…" says
     * that more follows. Null when they agree, else the first line that differs.
     */
    static String checkText(Block block, String printed) {
        List<String> shown = block.text().lines().toList();
        boolean more = !shown.isEmpty() && shown.get(shown.size() - 1).equals("…");
        List<String> expected = more ? shown.subList(0, shown.size() - 1) : shown;
        List<String> actual = printed.lines().toList();
        for (int i = 0; i < expected.size(); i++) {
            if (i >= actual.size() || !actual.get(i).equals(expected.get(i))) {
                return block + ": line " + (i + 1) + " of the output is '" + (i < actual.size() ? actual.get(i) : "(none)")
                        + "', the document shows '" + expected.get(i) + "'";
            }
        }
        if (more ? actual.size() == expected.size() : actual.size() != expected.size()) {
            return block + ": the output has " + actual.size() + " lines, the document shows " + expected.size()
                    + (more ? " and says more follow" : "");
        }
        return null;
    }

    /** Everything {@code shown} holds must be in {@code actual}; empty arrays and strings stand for "…". */
    private static void compare(String path, JsonNode shown, JsonNode actual, List<String> differences) {
        if (actual == null) {
            differences.add(path + " is not in the output");
        } else if (shown.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = shown.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                compare(path + "." + field.getKey(), field.getValue(), actual.get(field.getKey()), differences);
            }
        } else if (shown.isArray()) {
            for (int i = 0; i < shown.size(); i++) {
                compare(path + "[" + i + "]", shown.get(i), actual.get(i), differences);
            }
        } else if (!(shown.isTextual() && shown.asText().isEmpty()) && !shown.equals(actual)) {
            differences.add(path + " is " + actual + ", not " + shown);
        }
    }

    @Test
    void everyDocumentedOutputIsWhatTheCommandPrints() throws Exception {
        List<String> failures = new ArrayList<>();
        int count = 0;
        for (Path doc : docs()) {
            for (Block block : blocks(doc)) {
                if (block.outputOf() != null) {
                    count++;
                    String failure = checkOutput(block);
                    if (failure != null) {
                        failures.add(failure);
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(count >= 1, "docs/result.md shows the output of the flagship example");
    }

    /** The README shows the flagship's summary as the first thing a new user sees: it is what the command prints. */
    @Test
    void theReadmeShowsTheSummaryTheFirstCommandPrints() throws Exception {
        Block first = blocks(Path.of("README.md")).stream().filter(b -> b.language().equals("text")).findFirst().orElseThrow();
        assertEquals("java -jar target/wielwijzer.jar recommend examples/vvt-employee.json --format text --lang en",
                first.outputOf(), "the README's first text block is the output of its first command");
        assertTrue(first.text().startsWith("Wielwijzer: advice for profile voorbeeld-verzorgende-58\n\nTarget behaviour: "),
                first.text());
        assertNull(checkOutput(first));
        String changed = first.text().replaceFirst("Route: ", "Route:  ");
        String failure = checkText(new Block(first.doc(), first.line(), "text", changed, first.outputOf()),
                CliTest.run("recommend", "examples/vvt-employee.json", "--format", "text", "--lang", "en").out());
        assertTrue(failure != null && failure.contains("line 6 of the output is 'Route: vitalisation route"), failure);
    }

    @Test
    void theConsumerPomOfTheReadmeNamesThisProject() throws Exception {
        Block pom = blocks(Path.of("README.md")).stream().filter(b -> b.language().equals("xml")).findFirst().orElseThrow();
        String version = Files.readString(Path.of("pom.xml")).replaceAll("(?s).*?<version>([^<]+)</version>.*", "$1");
        for (String artifact : List.of("wielwijzer-core", "wielwijzer-knowledge")) {
            assertTrue(pom.text().contains("<groupId>nl.wielwijzer</groupId>\n    <artifactId>" + artifact
                    + "</artifactId>\n    <version>" + version + "</version>"), artifact + " " + version + " in\n" + pom.text());
        }
        assertNotNull(javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(("<dependencies>" + pom.text() + "</dependencies>")
                        .getBytes(StandardCharsets.UTF_8))));
    }

    // --- the checks catch broken examples ----------------------------------------------------------------------

    @Test
    void aBrokenExampleOfEachKindFails(@TempDir Path dir) throws Exception {
        String broken = """
                ```sh
                java -jar target/wielwijzer.jar recommend examples/vvt-employe.json --format text
                ```

                ```java
                Recommender recommender = Recommender.builder().bild();
                ```

                ```java
                System.out.println(InterventionFunction.TRAINING.code());   // persuasion
                ```

                ```yaml
                scenarios:
                  - name: the employee example
                    profileFile: ../../examples/vvt-employee.json
                    expect:
                      - function: restriction
                        top: 3
                ```

                <!-- output of: java -jar target/wielwijzer.jar recommend examples/vvt-employee.json -->
                ```json
                { "interventionFunctions": [ { "function": "training", "rank": 1 } ] }
                ```
                """;
        List<Block> blocks = blocks(Path.of("broken.md"), broken);
        assertEquals(5, blocks.size());
        String command = run(commands(blocks.get(0)).get(0), work(dir.resolve("work")));
        assertTrue(command != null && command.contains("ended with exit code 2, the document says 0"), command);
        String compile = compileAndRun(blocks.get(1), dir);
        assertTrue(compile != null && compile.contains("does not compile") && compile.contains("bild"), compile);
        String output = compileAndRun(blocks.get(2), dir);
        assertTrue(output != null && output.contains("prints [training], its comments show [persuasion]"), output);
        String scenario = runScenarios(blocks.get(3), dir);
        assertTrue(scenario != null && scenario.contains("FAIL  the employee example"), scenario);
        String json = checkOutput(blocks.get(4));
        assertTrue(json != null && json.contains(".interventionFunctions[0].function is \"enablement\", not \"training\""), json);
        assertFalse(blocks.get(4).outputOf().isEmpty());
    }
}
