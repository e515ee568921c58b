package nl.wielwijzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.wielwijzer.problem.InvalidKnowledgeException;

/** The bundled recommender, built once for all tests (building one takes a few seconds; calls are cheap). */
public final class Bundled {

    private static Recommender recommender;

    private Bundled() {
    }

    public static synchronized Recommender recommender() {
        if (recommender == null) {
            try {
                recommender = Recommender.builder().build();
            } catch (InvalidKnowledgeException e) {
                throw new AssertionError("The bundled rules and catalogue must load:\n" + e.getMessage(), e);
            }
        }
        return recommender;
    }

    /**
     * A copy of the bundled rule directory in {@code dir}/rules, for a test that edits rule files as a policy
     * designer would.
     */
    public static Path copyRules(Path dir) throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        try (java.util.stream.Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, rules.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return rules;
    }

    /**
     * The bundled example profiles by name ({@code vvt-employee}), sorted: every {@code examples/*.json}, so that a new
     * example is tested as soon as it is added.
     */
    public static List<String> examples() {
        try (java.util.stream.Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".json"))
                    .map(f -> f.substring(0, f.length() - ".json".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #examples()} as paths from the project directory ({@code examples/vvt-employee.json}). */
    public static List<String> examplePaths() {
        return examples().stream().map(name -> "examples/" + name + ".json").toList();
    }

    /** A file of the project (tests run in the project directory), e.g. {@code examples/vvt-employee.json}. */
    public static String file(String path) {
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
