package nl.wielwijzer.internal.io;

import java.io.IOException;
import java.io.Writer;
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

    /**
     * The node pretty-printed down to {@code depth} levels and compact below them, ending with a line break: a
     * table row or a short list stays on one line, so a result with tables reads as a page, not a scroll.
     */
    public static String shallow(JsonNode node, int depth) {
        StringBuilder out = new StringBuilder(4096);
        shallow(node, depth, 0, out);
        return out.append('\n').toString();
    }

    private static void shallow(JsonNode node, int depth, int level, StringBuilder out) {
        if (level >= depth || !node.isContainerNode() || node.isEmpty()) {
            out.append(line(node));
            return;
        }
        String inner = "  ".repeat(level + 1);
        boolean object = node.isObject();
        out.append(object ? '{' : '[');
        var fields = node.fields();
        var elements = node.elements();
        boolean first = true;
        while (object ? fields.hasNext() : elements.hasNext()) {
            out.append(first ? "\n" : ",\n").append(inner);
            first = false;
            JsonNode child;
            if (object) {
                var field = fields.next();
                out.append(line(NODES.textNode(field.getKey()))).append(": ");
                child = field.getValue();
            } else {
                child = elements.next();
            }
            shallow(child, depth, level + 1, out);
        }
        out.append('\n').append("  ".repeat(level)).append(object ? '}' : ']');
    }

    /** How long the last text written was: the next one starts with room for about as much. */
    private static volatile int sizeHint = 1 << 12;

    /**
     * Writes straight into one builder sized like the last text, and copies it once into the string: a result
     * of a few hundred kilobytes then costs about twice its size in allocation, not ten times (Jackson's own
     * writeValueAsString grows segments, joins them and, with the line break, copies the text twice more).
     */
    private static String write(ObjectWriter writer, JsonNode node, boolean lineBreak) {
        Chars text = new Chars(sizeHint + (sizeHint >> 3) + 16);
        try {
            writer.writeValue(text, node);
        } catch (IOException e) {
            throw new IllegalStateException("A value could not be written as JSON", e);
        }
        if (lineBreak) {
            text.write('\n');
        }
        sizeHint = Math.min(text.length, 1 << 22);
        return new String(text.chars, 0, text.length);
    }

    /** A writer into one growing char array (a StringBuilder would start in Latin-1 and copy on the first "…"). */
    private static final class Chars extends Writer {
        char[] chars;
        int length;

        Chars(int capacity) {
            chars = new char[capacity];
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
