package nl.wielwijzer.result;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A source for a rule, a catalogue entry or a vocabulary code: a seed file, a line range in it, and a short
 * verbatim quote from those lines. Loading proves the quote is really there.
 *
 * @param seed     the seed file in docs/seeds, e.g. {@code 002_488956ea70b0741c.txt}
 * @param fromLine the first line, 1-based
 * @param toLine   the last line, at least {@code fromLine}
 * @param quote    words copied exactly from those lines
 */
public record Citation(String seed, int fromLine, int toLine, String quote) {

    private static final Pattern RANGE = Pattern.compile("\\s*(\\d+)\\s*(?:[-\u2013]\\s*(\\d+)\\s*)?");

    /**
     * Creates one, checking that its required components are there.
     *
     * @param seed the seed file in docs/seeds, e.g. {@code 002_488956ea70b0741c.txt}
     * @param fromLine the first line, 1-based
     * @param toLine the last line, at least {@code fromLine}
     * @param quote words copied exactly from those lines
     */
    public Citation {
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(quote, "quote");
    }

    /**
     * The line range as written in files and results.
     *
     * @return {@code 83-85}, or {@code 83} for one line
     */
    public String lines() {
        return fromLine == toLine ? Integer.toString(fromLine) : fromLine + "-" + toLine;
    }

    /**
     * Parses a line range.
     *
     * @param text {@code "83-85"} or {@code "83"}
     * @return {from, to}, or empty when the text is not a range
     */
    public static Optional<int[]> parseLines(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = RANGE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int from = Integer.parseInt(m.group(1));
        int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
        return Optional.of(new int[] {from, to});
    }

    @Override
    public String toString() {
        return seed + ":" + lines() + " \"" + quote + "\"";
    }
}
