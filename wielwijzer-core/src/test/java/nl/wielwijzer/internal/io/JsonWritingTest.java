package nl.wielwijzer.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The streaming writer behind result v2 (issue 12): the shallow layout, the per-thread buffer, and the number
 * check that replaced a regular expression. The bytes of whole results are held by the corpus comparison and
 * ResultV2Test; these pin the parts.
 */
class JsonWritingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theFirstTwoLevelsAreIndentedAndTheRestIsCompact() {
        String text = Json.shallow(2, g -> {
            g.writeStartObject();
            g.writeStringField("a", "tab\there \"quoted\" … é");
            g.writeObjectFieldStart("table");
            g.writeObjectFieldStart("x1");
            g.writeStringField("rule", "r1");
            g.writeArrayFieldStart("facts");
            g.writeString("f1");
            g.writeString("f2");
            g.writeEndArray();
            g.writeObjectFieldStart("nested");
            g.writeNumberField("n", 4.5);
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("empty");
            g.writeEndArray();
            g.writeEndObject();
            g.writeArrayFieldStart("list");
            g.writeNumber(1);
            g.writeStartArray();
            g.writeEndArray();
            g.writeEndArray();
            g.writeObjectFieldStart("none");
            g.writeEndObject();
            g.writeFieldName("nothing");
            g.writeNull();
            g.writeEndObject();
        });
        assertEquals("""
                {
                  "a": "tab\\there \\"quoted\\" … é",
                  "table": {
                    "x1": {"rule":"r1","facts":["f1","f2"],"nested":{"n":4.5}},
                    "empty": []
                  },
                  "list": [
                    1,
                    []
                  ],
                  "none": {},
                  "nothing": null
                }
                """, text);
    }

    @Test
    void aCompactDocumentIsOneLineWithoutALineBreak() throws Exception {
        String text = Json.compact(g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("a");
            g.writeArrayFieldStart("b");
            g.writeString("c");
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        });
        assertEquals("{\"a\":{\"b\":[\"c\"]}}", text);
    }

    @Test
    void aDocumentWrittenWhileAnotherIsBeingWrittenGetsItsOwnBuffer() {
        String outer = Json.compact(g -> {
            g.writeStartObject();
            g.writeStringField("inner", Json.compact(h -> {
                h.writeStartArray();
                h.writeString("x");
                h.writeEndArray();
            }));
            g.writeEndObject();
        });
        assertEquals("{\"inner\":\"[\\\"x\\\"]\"}", outer);
    }

    @Test
    void aDocumentLargerThanTheKeptBufferIsWholeAndTheNextOneIsNotTouchedByIt() throws Exception {
        String big = "é".repeat(200_000);
        String first = Json.compact(g -> {
            g.writeStartArray();
            g.writeString(big);
            g.writeEndArray();
        });
        assertEquals(big, JSON.readTree(first).get(0).asText());
        String second = Json.compact(g -> {
            g.writeStartArray();
            g.writeString("small");
            g.writeEndArray();
        });
        assertEquals("[\"small\"]", second);
    }

    @Test
    void theTreeWritersStillWriteTheirLayout() throws Exception {
        JsonNode node = JSON.readTree("{\"a\":[1,{\"b\":null}]}");
        assertEquals("{\"a\":[1,{\"b\":null}]}", Json.line(node));
        // as before the streaming writer (checked against the jar of main at 6deb35f)
        assertEquals("{\n  \"a\" : [\n    1,\n    {\n      \"b\" : null\n    }\n  ]\n}\n", Json.text(node));
    }

    @Test
    void aNumberIsPlainExactlyWhenTheFormerRegularExpressionsSaidSo() {
        Pattern whole = Pattern.compile("-?[0-9]+");
        Pattern decimal = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
        for (String text : new String[] {"0", "7", "-1", "-0", "12345678901234567890", "2.5", "2.50", "-2.5", "1e400",
                "1E2", "1.8446744073709551656E19", "", "-", "--1", ".5", "5.", "1.2.3", "+1", " 1", "1 ", "٣", "0x10"}) {
            assertEquals(whole.matcher(text).matches(), SchemaCheck.plainNumber(text, false), text);
            assertEquals(decimal.matcher(text).matches(), SchemaCheck.plainNumber(text, true), text);
        }
        assertTrue(SchemaCheck.plainNumber("3", true));
        assertFalse(SchemaCheck.plainNumber("3.0", false));
    }
}
