package nl.wielwijzer.internal.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wielwijzer.problem.Problem;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A JSON or YAML document read into a Jackson tree that remembers where every value stood, so that a problem
 * found later (by the JSON Schema, by a cross-check) can still name the line and column. Jackson's own trees
 * forget locations; this reads the token stream once and keeps them.
 *
 * <p>Paths use the dotted form people read: {@code comB.reflectiveMotivation}, {@code pushFactors[2]},
 * {@code instruments[3].sources[0].quote}; the root is the empty path.
 *
 * <p>Reading is bounded ({@link Limits}): a profile has at most {@link Limits#MAX_PROFILE_BYTES} bytes, a
 * file at most {@link Limits#MAX_FILE_BYTES}; nesting, numbers, keys and texts have limits too, and each
 * breach is one problem naming the field. Numbers are read exactly, never through a floating point: the text
 * of every number is kept for messages, and a decimal exponent beyond {@value #MAX_EXPONENT} is clamped
 * (keeping its sign), which no range Wielwijzer checks can tell from the real value. YAML is read strictly:
 * anchors, aliases, merge keys and tags are refused, as they would otherwise silently change a value.
 */
public final class LocatedTree {

    /** Beyond this, a decimal exponent is clamped: 10^1000 is out of every range a schema here sets. */
    static final int MAX_EXPONENT = 1000;

    /** The nodes both readings make: decimals exactly as written ({@code 58.0} stays 58.0, not 58). */
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance.withExactBigDecimals(true);

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(Limits.profileConstraints()).build();
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .streamReadConstraints(Limits.fileConstraints())
            .loaderOptions(yamlOptions()).build();

    private final String file;
    private final JsonNode root;
    private final Map<String, int[]> locations;
    private final Map<String, String> numberTexts;

    private LocatedTree(String file, JsonNode root, Map<String, int[]> locations, Map<String, String> numberTexts) {
        this.file = file;
        this.root = root;
        this.locations = locations;
        this.numberTexts = numberTexts;
    }

    private static LoaderOptions yamlOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Limits.MAX_FILE_BYTES);
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(Limits.MAX_NESTING);
        options.setAllowDuplicateKeys(true); // reported by this reader, with both places
        return options;
    }

    /**
     * Reads a JSON profile document; {@code file} names it in problems and may be null. More than
     * {@link Limits#MAX_PROFILE_BYTES} bytes (UTF-8) are refused before parsing. A leading byte order mark is
     * accepted.
     */
    public static LocatedTree json(String file, String text) throws ParseFailure {
        return read(file, profileBody(file, text), JSON, true);
    }

    /**
     * The tree of a JSON profile document, read as {@link #json} reads it but placed nowhere: no line and column,
     * no path and no number as written is kept, which only a problem needs. For the first reading of a profile that
     * is most likely valid: the same tree, at a fraction of the cost. Null when the text has any problem at all
     * (not well-formed, a limit, a repeated key): read it with {@link #json}, which names the problem and its place.
     */
    static LocatedTree jsonUnplaced(String text) {
        try {
            return read(null, profileBody(null, text), JSON, false);
        } catch (ParseFailure e) {
            return null;
        }
    }

    private static String profileBody(String file, String text) throws ParseFailure {
        String body = withoutBom(text);
        long bytes = body.length() > Limits.MAX_PROFILE_BYTES ? body.length() : utf8Length(body);
        if (bytes > Limits.MAX_PROFILE_BYTES) {
            throw new ParseFailure(new Problem(file, 0, 0, null, "the profile has more than "
                    + Limits.MAX_PROFILE_BYTES + " bytes, the most Wielwijzer reads",
                    "a profile is a few kilobytes; check that this is the right input"));
        }
        return body;
    }

    /** Reads a YAML document (one document per file), at most {@link Limits#MAX_FILE_BYTES} long. */
    public static LocatedTree yaml(String file, String text) throws ParseFailure {
        String body = withoutBom(text);
        if (body.length() > Limits.MAX_FILE_BYTES || utf8Length(body) > Limits.MAX_FILE_BYTES) {
            throw new ParseFailure(new Problem(file, 0, 0, null, "the file has more than " + Limits.MAX_FILE_BYTES
                    + " bytes, the most Wielwijzer reads", "split it into smaller files"));
        }
        if (body.indexOf('&') >= 0) {
            refuseScalarAnchors(file, body);
        }
        return read(file, body, YAML, true);
    }

    /**
     * Jackson reports anchors on objects and lists but not on plain values, so where the text has an '&' at
     * all, SnakeYAML's event stream is read once to find them.
     */
    private static void refuseScalarAnchors(String file, String text) throws ParseFailure {
        try {
            for (org.yaml.snakeyaml.events.Event event : new org.yaml.snakeyaml.Yaml(yamlOptions()).parse(
                    new java.io.StringReader(text))) {
                if (event instanceof org.yaml.snakeyaml.events.NodeEvent node && node.getAnchor() != null
                        && !(event instanceof org.yaml.snakeyaml.events.AliasEvent)) {
                    throw new ParseFailure(new Problem(file, event.getStartMark().getLine() + 1,
                            event.getStartMark().getColumn() + 1, null, "defines the anchor &" + node.getAnchor()
                            + "; Wielwijzer reads plain YAML without anchors, aliases, merge keys or tags",
                            "write the value out in full where it is used"));
                }
            }
        } catch (RuntimeException e) {
            // not well-formed: the reader below reports it with its location
        }
    }

    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static long utf8Length(String text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    private static LocatedTree read(String file, String text, JsonFactory factory, boolean placed) throws ParseFailure {
        try (JsonParser parser = factory.createParser(text)) {
            Reader reader = new Reader(file, parser, placed);
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
            return new LocatedTree(file, root, reader.locations, reader.numberTexts);
        } catch (Refusal e) {
            throw new ParseFailure(e.problem);
        } catch (StreamConstraintsException e) {
            JsonLocation at = e.getLocation();
            throw new ParseFailure(new Problem(file, at == null ? 0 : Math.max(at.getLineNr(), 0),
                    at == null ? 0 : Math.max(at.getColumnNr(), 0), null, limitMessage(e.getMessage()),
                    "Wielwijzer reads bounded input; docs/reliability.md lists the limits"));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            throw new ParseFailure(new Problem(file, Math.max(line, 0), Math.max(column, 0), null,
                    "the file cannot be read: " + plain(e), syntaxHint(factory)));
        } catch (IOException e) {
            throw new ParseFailure(new Problem(file, 0, 0, null, "the file cannot be read: " + e.getMessage(), null));
        } catch (RuntimeException e) {
            // SnakeYAML reports its own limits (code points, nesting, aliases) as runtime exceptions
            throw new ParseFailure(new Problem(file, 0, 0, null, "the file cannot be read: " + firstLine(e.getMessage()),
                    syntaxHint(factory)));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "it is not well-formed";
        }
        int cut = message.indexOf('\n');
        return cut < 0 ? message : message.substring(0, cut);
    }

    /** Whether Jackson's limit message is about a key's length. */
    private static boolean keyTooLong(String jackson) {
        return jackson != null && (jackson.startsWith("Name length") || jackson.startsWith("Name value length"));
    }

    /** Whether Jackson's message is of the limit on the number of tokens. */
    private static boolean tooManyTokens(String jackson) {
        return jackson != null && jackson.startsWith("Token count");
    }

    /** Jackson's limit messages, as sentences. */
    static String limitMessage(String jackson) {
        String m = jackson == null ? "" : jackson;
        if (m.startsWith("Number value length") || m.startsWith("Number length")) {
            return "a number has more than " + Limits.MAX_NUMBER_LENGTH + " characters";
        }
        if (m.startsWith("String value length") || m.startsWith("String length")) {
            return "a text is longer than the most Wielwijzer reads";
        }
        if (keyTooLong(m)) {
            return "a key has more than " + Limits.MAX_NAME_LENGTH + " characters";
        }
        if (m.startsWith("Document nesting depth") || m.startsWith("Depth")) {
            return "objects and lists nest more than " + Limits.MAX_NESTING + " levels deep";
        }
        if (m.startsWith("Document length")) {
            return "the document is longer than the most Wielwijzer reads";
        }
        if (tooManyTokens(m)) {
            return "the document has more than " + Limits.MAX_PROFILE_TOKENS + " values";
        }
        return "the document exceeds a limit: " + firstLine(m);
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

    /**
     * The same tree without lines and columns: for a document Wielwijzer wrote itself (a profile built in Java),
     * whose positions would point into text its reader never saw; its problems name the field alone.
     */
    LocatedTree withoutLocations() {
        return new LocatedTree(file, root, Map.of(), numberTexts);
    }

    /**
     * A tree Wielwijzer wrote itself (a profile built in Java), read as {@link #json} reads its text, but placed
     * nowhere as {@link #withoutLocations} is: the caller never saw the text. A text that breaks a limit of the
     * reader fails with the problem JSON input gets for it, at its field, without a line and column.
     *
     * <p>The text is written and read only when {@link #copied} cannot be sure that no limit is reached: a
     * profile's check is on every call, and the text was half of its cost.
     */
    static LocatedTree written(JsonNode tree) throws ParseFailure {
        LocatedTree copied = copied(tree);
        return copied != null ? copied : readBack(tree);
    }

    /**
     * The tree {@link #written} gives, made from the written tree without its text, or null when the text might
     * break a limit of the reader (or holds a node Wielwijzer does not write), which the text must then decide.
     */
    static LocatedTree copied(JsonNode tree) {
        Written copy = new Written();
        JsonNode root = copy.value(tree, "", 1);
        return root == null || copy.overLimit() ? null : new LocatedTree(null, root, Map.of(), copy.numberTexts);
    }

    private static LocatedTree readBack(JsonNode tree) throws ParseFailure {
        try {
            return json(null, textOf(tree)).withoutLocations();
        } catch (ParseFailure e) {
            throw new ParseFailure(e.problems().stream()
                    .map(p -> new Problem(null, 0, 0, p.field(), p.message(), p.hint())).toList());
        }
    }

    /**
     * The text Jackson writes for a tree. A tree deeper than Jackson writes (1,000 levels, which only a
     * {@code value(…)} path with as many dots makes) has the objects and lists below the reader's nesting limit
     * emptied first: its text breaks that limit at the same place, where the reader stops. (Its byte count is
     * then that of the shorter text, which the reader checks first.)
     */
    private static String textOf(JsonNode tree) {
        try {
            return tree.toString();
        } catch (RuntimeException e) {
            if (!(e.getCause() instanceof StreamConstraintsException)) {
                throw e;
            }
            return cut(tree, 1).toString();
        }
    }

    private static JsonNode cut(JsonNode node, int depth) {
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            if (depth <= Limits.MAX_NESTING) {
                node.properties().forEach(field -> copy.set(field.getKey(), cut(field.getValue(), depth + 1)));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            if (depth <= Limits.MAX_NESTING) {
                node.forEach(item -> copy.add(cut(item, depth + 1)));
            }
            return copy;
        }
        return node;
    }

    /** The number at {@code path} as written (e.g. {@code 1e400}), or null when there is none. */
    public String numberText(String path) {
        return numberTexts.get(path);
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
        private final Map<String, String> numberTexts = new HashMap<>();
        private final List<Problem> duplicates = new ArrayList<>();
        private final YAMLParser yaml;
        /**
         * Whether each value's place (line, column, path) and each number's text are kept. Only a problem needs them:
         * unplaced, a reading keeps neither, and its problems are left to a placed reading of the same text.
         */
        private final boolean placed;

        Reader(String file, JsonParser parser, boolean placed) {
            this.file = file;
            this.parser = parser;
            this.yaml = parser instanceof YAMLParser y ? y : null;
            this.placed = placed;
        }

        /** The path of a field, when places are kept (unplaced, every value has the path of the root). */
        private String field(String path, String name) {
            return placed ? child(path, name) : path;
        }

        /** The path of an item, when places are kept. */
        private String item(String path, int i) {
            return placed ? index(path, i) : path;
        }

        /** The next token, with a breached limit reported at the value being read. */
        private JsonToken next(String path) throws IOException {
            return next(path, path, false);
        }

        /**
         * The next token of the list or object at {@code container}: an item at {@code path}, a key, or the end. In an
         * object Jackson reads a key's value with the key: a breach there belongs to that key. A key too long to read
         * belongs to its object: Jackson still names the key before it then (or, for the first, the object). The
         * limit on tokens reached at the end belongs to the list or object that ends there: Jackson has taken the end
         * as its token then, and there is no item or key.
         */
        private JsonToken next(String path, String container, boolean inObject) throws IOException {
            try {
                return parser.nextToken();
            } catch (StreamConstraintsException e) {
                JsonToken at = parser.currentToken();
                if (tooManyTokens(e.getMessage()) && (at == JsonToken.END_ARRAY || at == JsonToken.END_OBJECT)) {
                    throw refusal(container, e);
                }
                boolean ofTheKey = inObject && parser.currentName() != null && !keyTooLong(e.getMessage());
                throw refusal(ofTheKey ? child(path, parser.currentName()) : path, e);
            }
        }

        private Refusal refusal(String path, StreamConstraintsException e) {
            {
                JsonLocation at = parser.currentLocation();
                return new Refusal(new Problem(file, at.getLineNr(), at.getColumnNr(), path.isEmpty() ? null : path,
                        limitMessage(e.getMessage()), "Wielwijzer reads bounded input; docs/reliability.md lists the limits"));
            }
        }

        private void strictYaml(String path, JsonLocation at) throws IOException {
            if (yaml == null) {
                return;
            }
            String what = null;
            if (yaml.isCurrentAlias()) {
                what = "uses the alias *" + yaml.getText();
            } else if (yaml.getObjectId() != null || yaml.getCurrentAnchor() != null) {
                what = "defines the anchor &" + (yaml.getObjectId() != null ? yaml.getObjectId() : yaml.getCurrentAnchor());
            } else if (yaml.getTypeId() != null) {
                String tag = yaml.getTypeId();
                what = "has the tag " + (tag.startsWith("!") || tag.startsWith("tag:") ? tag : "!" + tag);
            }
            if (what != null) {
                throw new Refusal(new Problem(file, at.getLineNr(), at.getColumnNr(), path.isEmpty() ? null : path,
                        what + "; Wielwijzer reads plain YAML without anchors, aliases, merge keys or tags",
                        "write the value out in full where it is used"));
            }
        }

        JsonNode value(String path) throws IOException {
            JsonLocation at = null;
            if (placed) {
                at = parser.currentTokenLocation();
                locations.put(path, new int[] {at.getLineNr(), at.getColumnNr()});
                strictYaml(path, at);
            }
            try {
                return scalarOrNested(path, at);
            } catch (StreamConstraintsException e) {
                throw refusal(path, e);
            }
        }

        private JsonNode scalarOrNested(String path, JsonLocation at) throws IOException {
            JsonToken token = parser.currentToken();
            return switch (token) {
                case START_OBJECT -> object(path);
                case START_ARRAY -> array(path);
                case VALUE_STRING -> NODES.textNode(parser.getText());
                case VALUE_NUMBER_INT -> {
                    if (placed) {
                        numberTexts.put(path, parser.getText());
                    }
                    yield NODES.numberNode(parser.getBigIntegerValue());
                }
                case VALUE_NUMBER_FLOAT -> {
                    if (placed) {
                        numberTexts.put(path, parser.getText());
                    }
                    yield NODES.numberNode(decimal(path, at));
                }
                case VALUE_TRUE -> NODES.booleanNode(true);
                case VALUE_FALSE -> NODES.booleanNode(false);
                case VALUE_NULL -> NODES.nullNode();
                default -> throw new JsonParseException(parser, "unexpected " + token);
            };
        }

        private BigDecimal decimal(String path, JsonLocation at) throws IOException {
            try {
                return exact(parser.getText());
            } catch (NumberFormatException e) {
                if (at == null) {
                    throw new Refusal(new Problem(file, 0, 0, null, "not a number", null)); // placed by the next reading
                }
                throw new Refusal(new Problem(file, at.getLineNr(), at.getColumnNr(), path.isEmpty() ? null : path,
                        parser.getText() + " is not a number Wielwijzer can read", "write a plain decimal number"));
            }
        }

        private ObjectNode object(String path) throws IOException {
            ObjectNode object = NODES.objectNode();
            while (next(path, path, true) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonLocation keyAt = placed ? parser.currentTokenLocation() : null;
                String childPath = field(path, name);
                if (yaml != null && name.equals("<<")) {
                    throw new Refusal(new Problem(file, keyAt.getLineNr(), keyAt.getColumnNr(), childPath,
                            "is a merge key; Wielwijzer reads plain YAML without anchors, aliases, merge keys or tags",
                            "write the merged keys out in full"));
                }
                next(childPath);
                if (object.has(name)) {
                    duplicates.add(keyAt == null ? new Problem(file, 0, 0, null, "a key appears twice", null)
                            : new Problem(file, keyAt.getLineNr(), keyAt.getColumnNr(), childPath,
                            "the key '" + name + "' appears twice", "keep one of them"));
                }
                object.set(name, value(childPath));
            }
            return object;
        }

        private ArrayNode array(String path) throws IOException {
            ArrayNode array = NODES.arrayNode();
            int i = 0;
            while (next(item(path, i), path, false) != JsonToken.END_ARRAY) {
                array.add(value(item(path, i++)));
            }
            return array;
        }
    }

    /**
     * Makes of a tree Wielwijzer wrote the nodes {@link Reader} makes of its text, without the text. A number is
     * read from the text Jackson's generator writes for it, made as the generator makes it ({@code Double.toString}
     * and the like, as {@code WrittenTreeTest} holds): a whole one (no '.', 'e' or 'E') as a BigInteger, any other
     * exactly. What the reader's limits count is counted on the way, the bytes as a bound; where a limit might
     * be reached, it gives up (null), and the text is read after all, so that it fails where the reader stops.
     */
    private static final class Written {
        private final Map<String, String> numberTexts = new HashMap<>();
        private long tokens;
        /** At least the UTF-8 bytes of the text: 6 for each character of a text or key, as many as an escape takes. */
        private long bytes;

        boolean overLimit() {
            return tokens > Limits.MAX_PROFILE_TOKENS || bytes > Limits.MAX_PROFILE_BYTES;
        }

        /** The copy of {@code value} at {@code path} (null for a text, boolean or null), or null to give up. */
        JsonNode value(JsonNode value, String path, int depth) {
            tokens++;
            if (overLimit()) {
                return null;
            }
            return switch (value.getNodeType()) {
                case OBJECT -> depth > Limits.MAX_NESTING ? null : object(value, path, depth);
                case ARRAY -> depth > Limits.MAX_NESTING ? null : array(value, path, depth);
                case STRING -> string(value); // immutable, and equal to the reader's: kept
                case NUMBER -> number(value, path);
                case BOOLEAN -> {
                    bytes += 5;
                    yield NODES.booleanNode(value.booleanValue());
                }
                case NULL -> {
                    bytes += 4;
                    yield NODES.nullNode();
                }
                default -> null; // binary, a Java object, missing: Wielwijzer writes none of them
            };
        }

        private JsonNode object(JsonNode value, String path, int depth) {
            tokens++; // and its end
            bytes += 2;
            ObjectNode object = NODES.objectNode();
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                String name = field.getKey();
                if (name.length() > Limits.MAX_NAME_LENGTH) {
                    return null;
                }
                tokens++;
                bytes += 6L * name.length() + 4; // its quotes, colon and comma
                JsonNode item = value(field.getValue(), needsPath(field.getValue()) ? child(path, name) : null,
                        depth + 1);
                if (item == null) {
                    return null;
                }
                object.set(name, item);
            }
            return object;
        }

        private JsonNode array(JsonNode value, String path, int depth) {
            tokens++;
            bytes += 2;
            ArrayNode array = NODES.arrayNode(value.size());
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = value(value.get(i), needsPath(value.get(i)) ? index(path, i) : null, depth + 1);
                if (item == null) {
                    return null;
                }
                array.add(item);
                bytes++; // its comma
            }
            return array;
        }

        /** A path is made only where it is kept, for a number's text or the paths under it (a text's is not). */
        private static boolean needsPath(JsonNode value) {
            return value.isNumber() || value.isContainerNode();
        }

        private JsonNode string(JsonNode text) {
            int length = text.textValue().length();
            if (length > Limits.MAX_PROFILE_STRING) {
                return null;
            }
            bytes += 6L * length + 2;
            return text;
        }

        private JsonNode number(JsonNode value, String path) {
            String text = switch (value.numberType()) {
                case INT -> Integer.toString(value.intValue());
                case LONG -> Long.toString(value.longValue());
                case BIG_INTEGER -> value.bigIntegerValue().toString();
                case DOUBLE -> Double.toString(value.doubleValue());
                case FLOAT -> Float.toString(value.floatValue());
                case BIG_DECIMAL -> value.decimalValue().toString();
            };
            if ((value.isDouble() || value.isFloat()) && !Double.isFinite(value.doubleValue())) {
                return string(NODES.textNode(text)); // Jackson writes NaN and the infinities in quotes, "NaN"
            }
            if (text.length() > Limits.MAX_NUMBER_LENGTH) {
                return null;
            }
            bytes += text.length();
            numberTexts.put(path, text);
            if (text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0) {
                return NODES.numberNode(new BigInteger(text));
            }
            try {
                return NODES.numberNode(exact(text));
            } catch (NumberFormatException e) {
                return null; // the reader's problem to name
            }
        }
    }

    /**
     * A decimal number read exactly from its text. An exponent beyond {@value #MAX_EXPONENT} either way is
     * clamped to one step beyond it (the mantissa has at most {@link Limits#MAX_NUMBER_LENGTH} digits, so
     * the value stays far outside every range and far from every whole number it is not).
     */
    static BigDecimal exact(String text) {
        String t = text.strip();
        int e = Math.max(t.indexOf('e'), t.indexOf('E'));
        if (e < 0) {
            return new BigDecimal(t);
        }
        String mantissa = t.substring(0, e);
        String exponent = t.substring(e + 1);
        boolean negative = exponent.startsWith("-");
        String digits = exponent.replaceFirst("^[+-]", "").replaceFirst("^0+(?=.)", "");
        int clamped = digits.length() > 9 || Integer.parseInt(digits) > MAX_EXPONENT + 1
                ? MAX_EXPONENT + 1 : Integer.parseInt(digits);
        return new BigDecimal(mantissa).scaleByPowerOfTen(negative ? -clamped : clamped);
    }

    /** A limit breached or a YAML feature refused while reading, already located. */
    private static final class Refusal extends IOException {
        private final transient Problem problem;

        Refusal(Problem problem) {
            super(problem.message(), null);
            this.problem = problem;
        }
    }
}
