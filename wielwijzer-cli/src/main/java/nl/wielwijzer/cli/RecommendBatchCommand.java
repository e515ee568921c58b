package nl.wielwijzer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.bcw.Language;
import nl.wielwijzer.result.Explain;
import nl.wielwijzer.internal.io.BatchErrors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "recommend-batch",
        header = "Recommends for every profile in a JSON Lines file, in parallel.",
        description = {
    "Reads one profile per line (- or no file reads standard input) and writes one line per profile to standard "
        + "output, in input order: the result as compact JSON, or an error line {\"line\":N,\"error\":{\"kind\":...}} "
        + "for a profile that fails. A bad profile never stops the batch. A summary of errors by kind ends on "
        + "standard error; a progress line shows on a terminal.",
    "Exit code 0 when every profile gave a result, 2 when any gave an error line."})
final class RecommendBatchCommand extends KnowledgeCommand {

    @Parameters(paramLabel = "FILE", arity = "0..1", defaultValue = "-",
            description = "The profiles, as JSON Lines; - (default) reads standard input.")
    String file;

    @Option(names = "--threads", description = "How many profiles to score at once (default: the number of cores).")
    Integer threads;

    @Option(names = "--explain", defaultValue = "standard", description = "How much evidence each line carries: "
            + "summary, standard (default) or full (also every step the rules took), as recommend --format json.")
    String explain;

    @Option(names = "--lang", description = "Language of the texts: nl or en (default: both).")
    String lang;

    @Option(names = "--progress", negatable = true, description = "Show a progress line on standard error "
            + "(default: only when standard error is a terminal).")
    Boolean progress;

    @Override
    int execute() throws KnowledgeOptions.Exit {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            err().println("wielwijzer: --threads must be 1 or more, not " + n);
            throw new KnowledgeOptions.Exit(Main.INVALID_INPUT);
        }
        Explain level = RecommendCommand.level(explain, err());
        Language language = lang == null ? null : RecommendCommand.language(lang, err());
        InputStream in = open();
        Recommender recommender = recommender();
        Progress bar = Boolean.TRUE.equals(progress) || (progress == null && stderrIsTerminal()) ? new Progress() : null;
        Map<String, Long> errors = new TreeMap<>();
        long results = 0;
        long written = 0;
        ObjectMapper json = new ObjectMapper();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
        BufferedWriter out = new BufferedWriter(out(), 1 << 16);
        try (Stream<String> lines = recommender.recommendLines(reader.lines(), n, level, language)) {
            Iterator<String> it = lines.iterator();
            while (it.hasNext()) {
                String line = it.next();
                if (line.startsWith(BatchErrors.PREFIX)) {
                    errors.merge(kind(json, line), 1L, Long::sum);
                } else {
                    results++;
                }
                out.write(line);
                out.write('\n');
                if ((++written & 1023) == 0 && out().checkError()) { // a closed pipe: stop, and say so
                    throw new IOException("standard output was closed");
                }
                if (bar != null) {
                    bar.show(results, errors);
                }
            }
            out.flush();
            if (out().checkError()) {
                throw new IOException("standard output could not be written to the end");
            }
        } catch (IOException | UncheckedIOException e) {
            err().println("wielwijzer: the batch could not be read or written: " + e.getMessage());
            throw new KnowledgeOptions.Exit(Main.INTERNAL);
        }
        if (bar != null) {
            bar.end();
        }
        long failed = errors.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder summary = new StringBuilder("wielwijzer: " + (results + failed) + " profiles, " + results
                + " results, " + failed + (failed == 1 ? " error" : " errors"));
        if (failed > 0) {
            summary.append(" (");
            errors.forEach((kind, count) -> summary.append(summary.charAt(summary.length() - 1) == '(' ? "" : ", ")
                    .append(kind).append(' ').append(count));
            summary.append(')');
        }
        err().println(summary);
        return failed == 0 ? Main.OK : Main.INVALID_INPUT;
    }

    private InputStream open() throws KnowledgeOptions.Exit {
        if ("-".equals(file)) {
            return System.in;
        }
        try {
            return Files.newInputStream(Path.of(file));
        } catch (NoSuchFileException e) {
            err().println("wielwijzer: there is no file '" + Terminal.safe(file) + "'");
        } catch (IOException e) {
            err().println("wielwijzer: '" + Terminal.safe(file) + "' cannot be read: " + Terminal.safe(String.valueOf(e.getMessage())));
        }
        throw new KnowledgeOptions.Exit(Main.INVALID_INPUT);
    }

    private static String kind(ObjectMapper json, String line) {
        try {
            JsonNode kind = json.readTree(line).path("error").path("kind");
            return kind.isTextual() ? kind.asText() : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Whether standard error goes to a terminal (Linux: /proc; elsewhere: whether there is a console). */
    private static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** One line on standard error, rewritten in place at most four times a second. */
    private final class Progress {
        private final long start = System.nanoTime();
        private long shown;

        void show(long results, Map<String, Long> errors) {
            long now = System.nanoTime();
            if (now - shown < 250_000_000L) {
                return;
            }
            shown = now;
            long failed = errors.values().stream().mapToLong(Long::longValue).sum();
            double seconds = Math.max((now - start) / 1e9, 1e-9);
            err().print(String.format("\r%,d profiles  %,.0f/s  %,d errors ", results + failed,
                    (results + failed) / seconds, failed));
            err().flush();
        }

        void end() {
            err().print("\r" + " ".repeat(60) + "\r");
            err().flush();
        }
    }
}
