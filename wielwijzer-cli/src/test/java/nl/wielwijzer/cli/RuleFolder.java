package nl.wielwijzer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A copy of the bundled rule files for a test to edit as a policy designer would. */
final class RuleFolder {

    private RuleFolder() {
    }

    /** Copies the bundled rule files (not their scenarios) to {@code to}. */
    static Path copy(Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return to;
    }

    /** Replaces the first {@code from} in {@code file} by {@code to}; fails when the file does not contain it. */
    static void edit(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " must contain " + from);
        Files.writeString(file, text.replaceFirst(Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }
}
