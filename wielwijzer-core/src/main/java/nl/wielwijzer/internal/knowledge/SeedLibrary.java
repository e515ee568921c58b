package nl.wielwijzer.internal.knowledge;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import nl.wielwijzer.result.Citation;

/**
 * The five seed reports, line by line, bundled in the jar so that every citation can be checked anywhere,
 * without network and without the research folder the project was built from.
 *
 * <p>A quote matches when it occurs in the cited lines after folding every run of white space (line breaks
 * included) into one space. An ellipsis ({@code …} or {@code ...}) in the quote stands for left-out words:
 * every part must then occur, in order.
 */
public final class SeedLibrary {

    /** The longest line range a citation may span: a citation must point at the text, not at a chapter. */
    public static final int MAX_SPAN = 40;
    public static final int MIN_QUOTE = 15;
    public static final int MAX_QUOTE = 400;

    private static final String RESOURCE_DIR = "META-INF/wielwijzer/seeds/";
    private static final List<String> BUNDLED = List.of(
            "000_de2d116211e14b3e.txt",
            "001_f4788565fa7d38fd.txt",
            "002_488956ea70b0741c.txt",
            "003_348a5f789e8eacb9.txt",
            "004_82fa8953cb57c0c9.txt");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ELLIPSIS = Pattern.compile("\u2026|\\.\\.\\.");

    /** Loaded on first use, once, however many threads ask. */
    private static final Supplier<SeedLibrary> BUNDLED_LIBRARY = Suppliers.memoize(SeedLibrary::load);

    private final Map<String, List<String>> seeds;

    private SeedLibrary(Map<String, List<String>> seeds) {
        this.seeds = Collections.unmodifiableMap(seeds);
    }

    /** The seeds that ship inside the jar (a copy of {@code docs/seeds}). Loaded once. */
    public static SeedLibrary bundled() {
        return BUNDLED_LIBRARY.get();
    }

    private static SeedLibrary load() {
        Map<String, List<String>> seeds = new TreeMap<>();
        ClassLoader loader = SeedLibrary.class.getClassLoader();
        for (String name : BUNDLED) {
            try (InputStream in = loader.getResourceAsStream(RESOURCE_DIR + name)) {
                if (in == null) {
                    throw new IllegalStateException("The seed " + name + " is missing from the jar; rebuild it with 'mvn package'");
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                seeds.put(name, List.of(text.split("\n", -1)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new SeedLibrary(seeds);
    }

    /** The seed file names, sorted. */
    public List<String> names() {
        return List.copyOf(seeds.keySet());
    }

    public boolean has(String seed) {
        return seeds.containsKey(seed);
    }

    /** Number of lines of the seed, 0 if unknown. */
    public int lineCount(String seed) {
        List<String> lines = seeds.get(seed);
        return lines == null ? 0 : lines.size();
    }

    /** The cited lines joined and folded, or empty when the seed or range is unknown. */
    public Optional<String> text(String seed, int from, int to) {
        List<String> lines = seeds.get(seed);
        if (lines == null || from < 1 || to < from || to > lines.size()) {
            return Optional.empty();
        }
        return Optional.of(fold(String.join(" ", lines.subList(from - 1, to))));
    }

    /**
     * Checks a citation; returns what is wrong with it, or empty when it holds.
     */
    public Optional<Mismatch> check(Citation citation) {
        if (!has(citation.seed())) {
            return Optional.of(new Mismatch("seed", "there is no seed '" + citation.seed() + "'",
                "use one of " + String.join(", ", names())));
        }
        int count = lineCount(citation.seed());
        if (citation.fromLine() < 1 || citation.toLine() < citation.fromLine() || citation.toLine() > count) {
            return Optional.of(new Mismatch("lines", "lines " + citation.lines() + " are not in " + citation.seed(),
                "the seed has lines 1-" + count + "; write the range as from-to, e.g. 83-85"));
        }
        if (citation.toLine() - citation.fromLine() + 1 > MAX_SPAN) {
            return Optional.of(new Mismatch("lines", "lines " + citation.lines() + " span more than " + MAX_SPAN + " lines",
                "cite only the lines that say it"));
        }
        String quote = citation.quote().strip();
        if (quote.length() < MIN_QUOTE || quote.length() > MAX_QUOTE) {
            return Optional.of(new Mismatch("quote", "the quote has " + quote.length() + " characters; it needs "
                    + MIN_QUOTE + " to " + MAX_QUOTE, "quote the few words that say it"));
        }
        String text = text(citation.seed(), citation.fromLine(), citation.toLine()).orElseThrow();
        if (!containsQuote(text, quote)) {
            return Optional.of(new Mismatch("quote", "the quote is not in " + citation.seed() + " lines " + citation.lines(),
                "copy the words exactly from those lines; only line breaks and runs of spaces may differ, "
                        + "and '\u2026' may stand for left-out words"));
        }
        return Optional.empty();
    }

    /** Whether {@code phrase} occurs (folded) in the cited lines. Used to check instrument names. */
    public boolean mentions(String seed, int from, int to, String phrase) {
        return text(seed, from, to).map(t -> t.contains(fold(phrase))).orElse(false);
    }

    /**
     * What is wrong with a citation: the part at fault ({@code seed}, {@code lines} or {@code quote}), one
     * sentence, and a hint for the person who wrote it.
     */
    public record Mismatch(String field, String message, String hint) {
    }

    static boolean containsQuote(String foldedText, String quote) {
        int at = 0;
        for (String part : ELLIPSIS.split(quote)) {
            String folded = fold(part);
            if (folded.isEmpty()) {
                continue;
            }
            int found = foldedText.indexOf(folded, at);
            if (found < 0) {
                return false;
            }
            at = found + folded.length();
        }
        return true;
    }

    static String fold(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }
}
