package nl.wielwijzer.internal.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wielwijzer.problem.Problem;

/**
 * A JSON or YAML document read into a Jackson tree that remembers where every value stood, so that a problem
 * found later (by the JSON Schema, by a cross-check) can still name the line and column. Jackson's own trees
 * forget locations; this reads the token stream once and keeps them.
 *
 * <p>Paths use the dotted form people read: {@code comB.reflectiveMotivation}, {@code pushFactors[2]},
 * {@code instruments[3].sources[0].quote}; the root is the empty path.
 */
public final class LocatedTree {

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final YAMLFactory YAML = YAMLFactory.builder().build();

    private final String file;
    private final JsonNode root;
    private final Map<String, int[]> locations;

    private LocatedTree(String file, JsonNode root, Map<String, int[]> locations) {
        this.file = file;
        this.root = root;
        this.locations = locations;
    }

    /** Reads a JSON document; {@code file} names it in problems and may be null. */
    public static LocatedTree json(String file, String text) throws ParseFailure {
        return read(file, text, JSON);
    }

    /** Reads a YAML document (one document per file). */
    public static LocatedTree yaml(String file, String text) throws ParseFailure {
        return read(file, text, YAML);
    }

    private static LocatedTree read(String file, String text, JsonFactory factory) throws ParseFailure {
        try (JsonParser parser = factory.createParser(text)) {
            Reader reader = new Reader(file, parser);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ParseFailure(new Problem(file, 1, 1, null, "the file is empty",
                        "write the document, starting with '{' for JSON or a 'key:' line for YAML"));
            }
            JsonNode root = reader.value("");
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new ParseFailure(new Problem(file, at.getLineNr(), at.getColumnNr(), null,
                        "there is more text after the end of the document", "remove it, or check the brackets"));
            }
            if (!reader.duplicates.isEmpty()) {
                throw new ParseFailure(reader.duplicates);
            }
            return new LocatedTree(file, root, reader.locations);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            throw new ParseFailure(new Problem(file, Math.max(line, 0), Math.max(column, 0), null,
                    "the file cannot be read: " + plain(e), syntaxHint(factory)));
        } catch (IOException e) {
            throw new ParseFailure(new Problem(file, 0, 0, null, "the file cannot be read: " + e.getMessage(), null));
        }
    }

    private static String plain(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        int cut = message.indexOf('\n');
        return cut < 0 ? message : message.substring(0, cut);
    }

    private static String syntaxHint(JsonFactory factory) {
        return factory == YAML
                ? "check the indentation and that every 'key:' is followed by a space; put text with ':' or '#' in quotes"
                : "check for a missing comma, quote or bracket just before this point";
    }

    public String file() {
        return file;
    }

    public JsonNode root() {
        return root;
    }

    /** A problem at {@code path}, located at the value's line and column when known. */
    public Problem problem(String path, String message) {
        int[] at = locate(path);
        return new Problem(file, at[0], at[1], path, message, null);
    }

    /** Line and column of the value at {@code path}, or of its nearest located parent; {0, 0} when unknown. */
    public int[] locate(String path) {
        String p = path;
        while (true) {
            int[] at = locations.get(p);
            if (at != null) {
                return at;
            }
            if (p.isEmpty()) {
                return new int[] {0, 0};
            }
            p = parent(p);
        }
    }

    static String parent(String path) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut < 0 ? "" : path.substring(0, cut);
    }

    /** Joins a parent path and a field name. */
    public static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** Joins a parent path and an array index. */
    public static String index(String path, int i) {
        return path + "[" + i + "]";
    }

    /** Thrown when the text is not well-formed JSON or YAML, or repeats a key. */
    public static final class ParseFailure extends Exception {
        private final transient List<Problem> problems;

        ParseFailure(Problem problem) {
            this(List.of(problem));
        }

        ParseFailure(List<Problem> problems) {
            super(problems.get(0).toString());
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /** Builds the tree from the token stream, recording where each value starts. */
    private static final class Reader {
        private final String file;
        private final JsonParser parser;
        private final Map<String, int[]> locations = new HashMap<>();
        private final List<Problem> duplicates = new ArrayList<>();
        private final JsonNodeFactory nodes = JsonNodeFactory.instance;

        Reader(String file, JsonParser parser) {
            this.file = file;
            this.parser = parser;
        }

        JsonNode value(String path) throws IOException {
            JsonLocation at = parser.currentTokenLocation();
            locations.put(path, new int[] {at.getLineNr(), at.getColumnNr()});
            JsonToken token = parser.currentToken();
            return switch (token) {
                case START_OBJECT -> object(path);
                case START_ARRAY -> array(path);
                case VALUE_STRING -> nodes.textNode(parser.getText());
                case VALUE_NUMBER_INT -> nodes.numberNode(parser.getBigIntegerValue());
                case VALUE_NUMBER_FLOAT -> nodes.numberNode(parser.getDecimalValue());
                case VALUE_TRUE -> nodes.booleanNode(true);
                case VALUE_FALSE -> nodes.booleanNode(false);
                case VALUE_NULL -> nodes.nullNode();
                default -> throw new JsonParseException(parser, "unexpected " + token);
            };
        }

        private ObjectNode object(String path) throws IOException {
            ObjectNode object = nodes.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonLocation keyAt = parser.currentTokenLocation();
                parser.nextToken();
                String childPath = child(path, name);
                if (object.has(name)) {
                    duplicates.add(new Problem(file, keyAt.getLineNr(), keyAt.getColumnNr(), childPath,
                            "the key '" + name + "' appears twice", "keep one of them"));
                }
                object.set(name, value(childPath));
            }
            return object;
        }

        private ArrayNode array(String path) throws IOException {
            ArrayNode array = nodes.arrayNode();
            int i = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(value(index(path, i++)));
            }
            return array;
        }
    }
}
