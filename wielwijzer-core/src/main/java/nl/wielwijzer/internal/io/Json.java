package nl.wielwijzer.internal.io;

import com.fasterxml.jackson.core.JsonProcessingException;
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
        try {
            return WRITER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A value could not be written as JSON", e);
        }
    }

    /** The node on one line, without a line break: a line of JSON Lines. */
    public static String line(JsonNode node) {
        try {
            return COMPACT.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A value could not be written as JSON", e);
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
