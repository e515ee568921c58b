package nl.wielwijzer.internal.io;

import java.io.IOException;
import java.io.Writer;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import nl.wielwijzer.result.Citation;

/**
 * How Wielwijzer writes JSON: two-space indents and "\n" line ends on every platform, so the same value is the
 * same bytes everywhere; and citations always as {@code {seed, lines, quote}}.
 */
public final class Json {

    public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final ObjectWriter WRITER = new ObjectMapper().writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private static final ObjectWriter COMPACT = new ObjectMapper().writer();

    /** Generators with Jackson's defaults, as the writers above use them: the same escaping and numbers. */
    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    /** The node as pretty-printed text, ending with a line break. */
    public static String text(JsonNode node) {
        return write(WRITER, node, true);
    }

    /** The node on one line, without a line break: a line of JSON Lines. */
    public static String line(JsonNode node) {
        return write(COMPACT, node, false);
    }

    /** What writes one document straight into a generator. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    /**
     * A document written by {@code body}, pretty-printed down to {@code depth} levels and compact below them,
     * ending with a line break: a table row or a short list stays on one line, so a result with tables reads as
     * a page, not a scroll. The body writes into the generator as it goes; no tree is built.
     */
    public static String shallow(int depth, Body body) {
        return generate(new Shallow(depth), body, true);
    }

    /** A document written by {@code body} on one line, without a line break: a line of JSON Lines. */
    public static String compact(Body body) {
        return generate(null, body, false);
    }

    private static String generate(PrettyPrinter printer, Body body, boolean lineBreak) {
        return written(text -> {
            try (JsonGenerator g = FACTORY.createGenerator(text)) {
                if (printer != null) {
                    g.setPrettyPrinter(printer);
                }
                body.write(g);
            }
        }, lineBreak);
    }

    /** What writes one document into this thread's spare buffer. */
    private interface Into {
        void write(Writer text) throws IOException;
    }

    /** The document {@code into} writes, from this thread's spare buffer, with "\n" after it when asked. */
    private static String written(Into into, boolean lineBreak) {
        Chars text = Chars.take();
        try {
            into.write(text);
        } catch (IOException e) {
            throw new IllegalStateException("A value could not be written as JSON", e);
        }
        if (lineBreak) {
            text.write('\n');
        }
        return text.release();
    }

    /**
     * Pretty-prints the containers of the first {@code depth} levels (the root is level 0) with two-space
     * indents and "\n", and writes the deeper ones compact, as Jackson's plain generator does. Empty containers
     * are {@code {}} and {@code []} at every level. One per generator: it counts the open containers.
     */
    private static final class Shallow implements PrettyPrinter {
        /** "\n" and the indent of each level: one raw write per line. */
        private static final String[] NEW_LINES = new String[16];

        static {
            for (int level = 0; level < NEW_LINES.length; level++) {
                NEW_LINES[level] = "\n" + "  ".repeat(level);
            }
        }

        private final int depth;
        /** How many containers are open; the innermost one is at level {@code open - 1}. */
        private int open;

        Shallow(int depth) {
            this.depth = depth;
        }

        private boolean pretty() {
            return open - 1 < depth;
        }

        private void newLine(JsonGenerator g, int indent) throws IOException {
            g.writeRaw(indent < NEW_LINES.length ? NEW_LINES[indent] : "\n" + "  ".repeat(indent));
        }

        @Override
        public void writeRootValueSeparator(JsonGenerator g) {
            // one value per document
        }

        @Override
        public void writeStartObject(JsonGenerator g) throws IOException {
            g.writeRaw('{');
            open++;
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) throws IOException {
            if (pretty()) {
                newLine(g, open);
            }
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            if (pretty()) {
                g.writeRaw(": ");
            } else {
                g.writeRaw(':');
            }
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(',');
            if (pretty()) {
                newLine(g, open);
            }
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) throws IOException {
            open--;
            if (entries > 0 && open < depth) {
                newLine(g, open);
            }
            g.writeRaw('}');
        }

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            g.writeRaw('[');
            open++;
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            if (pretty()) {
                newLine(g, open);
            }
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(',');
            if (pretty()) {
                newLine(g, open);
            }
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            open--;
            if (values > 0 && open < depth) {
                newLine(g, open);
            }
            g.writeRaw(']');
        }
    }

    /** Writes a tree through an ObjectWriter into this thread's spare buffer. */
    private static String write(ObjectWriter writer, JsonNode node, boolean lineBreak) {
        return written(text -> writer.writeValue(text, node), lineBreak);
    }

    /**
     * A writer into one growing char array, kept per thread between documents: a result of a few dozen
     * kilobytes then costs its String and nothing else (a fresh buffer per document, grown by doubling, costs
     * two to three times the text again; a StringBuilder would also start in Latin-1 and copy on the first "…").
     * A buffer grown past {@link #KEEP} for a large document goes after it, so no thread keeps more than that.
     */
    private static final class Chars extends Writer {
        /** The chars a thread keeps between documents: a standard result fits, a full one may not. */
        static final int KEEP = 1 << 16;
        private static final ThreadLocal<Chars> SPARE = new ThreadLocal<>();

        private final char[] home = new char[KEEP];
        char[] chars = home;
        int length;

        /** This thread's buffer, emptied; taken away until released, so a document written inside another gets its own. */
        static Chars take() {
            Chars spare = SPARE.get();
            if (spare == null) {
                return new Chars();
            }
            SPARE.set(null);
            spare.length = 0;
            return spare;
        }

        /** The text written, and the buffer back to this thread. */
        String release() {
            String text = new String(chars, 0, length);
            chars = home;
            length = 0;
            SPARE.set(this);
            return text;
        }

        private void room(int more) {
            if (length + more > chars.length) {
                chars = java.util.Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
            }
        }

        @Override
        public void write(char[] from, int off, int len) {
            room(len);
            System.arraycopy(from, off, chars, length, len);
            length += len;
        }

        @Override
        public void write(String str, int off, int len) {
            room(len);
            str.getChars(off, off + len, chars, length);
            length += len;
        }

        @Override
        public void write(int c) {
            room(1);
            chars[length++] = (char) c;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    public static ArrayNode citations(List<Citation> citations) {
        ArrayNode array = NODES.arrayNode();
        for (Citation c : citations) {
            ObjectNode s = array.addObject();
            s.put("seed", c.seed());
            s.put("lines", c.lines());
            s.put("quote", c.quote());
        }
        return array;
    }
}
