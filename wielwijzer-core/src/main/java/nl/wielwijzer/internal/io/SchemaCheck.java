package nl.wielwijzer.internal.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.wielwijzer.problem.Problem;

/**
 * Validates a {@link LocatedTree} against one of the published JSON Schemas in {@code docs/schema} (bundled
 * in the jar) and turns the validator's findings into one plain sentence per problem, naming the path and,
 * where it helps, what was expected: {@code comB.reflectiveMotivation: 7 is above the maximum 3}.
 *
 * <p>Before the validator runs, a walk along the schema checks what the validator cannot be trusted with:
 * a list longer than its {@code maxItems} is reported at once (and the validator not run, so that a huge list
 * costs no more than counting it), and every number is checked exactly against {@code type}, {@code minimum}
 * and {@code maximum} from its text, with no floating point in between: {@code 1e400} is not taken for 0, nor
 * {@code 1.8446744073709551656E19} for 40. A number that passes is replaced in the tree by its exact
 * {@code int} (or, for {@code "type": "number"}, {@code double}) so that readers never convert it again.
 *
 * <p>Instances are immutable and thread-safe; build one per schema and share it.
 */
public final class SchemaCheck {

    private static final String RESOURCE_DIR = "META-INF/wielwijzer/schema/";

    private final Schema schema;
    private final JsonNode schemaJson;
    /** The range of every schema of integers or numbers, by the schema node itself; read once, never changed. */
    private final Map<JsonNode, Range> ranges = new IdentityHashMap<>();

    private SchemaCheck(Schema schema, JsonNode schemaJson) {
        this.schema = schema;
        this.schemaJson = schemaJson;
        readRanges(schemaJson);
    }

    private void readRanges(JsonNode node) {
        if (node instanceof ObjectNode) {
            Range range = Range.of(node);
            if (range != null) {
                ranges.put(node, range);
            }
        }
        node.forEach(this::readRanges);
    }

    /** Loads a bundled schema, e.g. {@code profile-v1.schema.json}. */
    public static SchemaCheck bundled(String name) {
        try (InputStream in = SchemaCheck.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("The schema " + name + " is missing from the jar; rebuild it with 'mvn package'");
            }
            return of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A schema from its JSON text (JSON Schema 2020-12); tests use it to extend a bundled one. */
    public static SchemaCheck of(String text) {
        return of(text, SchemaCheck::forValidator);
    }

    /**
     * The schema's check with the validator given the whole schema, as before {@link #forValidator}: what tests
     * compare the copy's problems with.
     */
    static SchemaCheck ofWholeSchema(String text) {
        return of(text, JsonNode::deepCopy);
    }

    private static SchemaCheck of(String text, UnaryOperator<JsonNode> validatorsCopy) {
        try {
            JsonNode schemaJson = new ObjectMapper().readTree(text);
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
            return new SchemaCheck(registry.getSchema(validatorsCopy.apply(schemaJson)), schemaJson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keywords that validate nothing (JSON Schema's annotations): the validator need not evaluate them. */
    private static final Set<String> ANNOTATIONS = Set.of("title", "description", "$comment", "examples", "default",
            "deprecated", "readOnly", "writeOnly");

    /** Keywords whose value is a map from names (of properties, definitions) to schemas. */
    private static final Set<String> SCHEMAS_BY_NAME = Set.of("properties", "patternProperties", "$defs",
            "definitions", "dependentSchemas");

    /** Keywords whose value is data, not a schema. */
    private static final Set<String> DATA = Set.of("enum", "const", "examples", "default", "required");

    /**
     * The schema as the validator gets it: without its annotations, and without the bounds of the numbers that
     * {@link #walk} checks exactly, which the validator would only check again. The validator makes an object
     * for every keyword it evaluates at every value (its evaluation path), so each keyword left out is work saved
     * on every profile; what is valid and what each problem says stay the same. The walk keeps the whole schema.
     */
    static JsonNode forValidator(JsonNode schema) {
        JsonNode copy = schema.deepCopy();
        dropAnnotations(copy);
        dropWalkedBounds(copy);
        return copy;
    }

    private static void dropAnnotations(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(ANNOTATIONS);
            object.properties().forEach(e -> {
                if (SCHEMAS_BY_NAME.contains(e.getKey())) {
                    e.getValue().forEach(SchemaCheck::dropAnnotations); // the names are not keywords
                } else if (!DATA.contains(e.getKey())) {
                    dropAnnotations(e.getValue());
                }
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(SchemaCheck::dropAnnotations);
        }
    }

    /**
     * Leaves out {@code minimum} and {@code maximum} where {@link #number} checks them: at a schema of integers or
     * numbers that the walk reaches from the root through {@code properties} and {@code items} alone (a schema
     * reached through {@code $ref} may be reached from elsewhere too, and keeps them).
     */
    private static void dropWalkedBounds(JsonNode node) {
        if (!(node instanceof ObjectNode object) || object.has("$ref")) {
            return;
        }
        if (saysNumber(object.get("type"))) {
            object.remove(List.of("minimum", "maximum"));
        }
        JsonNode properties = object.get("properties");
        if (properties != null) {
            properties.forEach(SchemaCheck::dropWalkedBounds);
        }
        dropWalkedBounds(object.get("items"));
    }

    /** Whether a {@code type} names integer or number, so that {@link #number} checks a number's bounds. */
    private static boolean saysNumber(JsonNode type) {
        return says(type, "integer") || says(type, "number");
    }

    /** Whether a {@code type} is {@code name} or a list of types with {@code name} among them. */
    private static boolean says(JsonNode type, String name) {
        if (type == null) {
            return false;
        }
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            if (t.asText().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads a YAML file and checks it against this schema. Problems are added to {@code problems}; the tree is
     * returned only when the file is well-formed and valid.
     */
    public Optional<LocatedTree> readYaml(SourceFile file, List<Problem> problems) {
        try {
            LocatedTree tree = LocatedTree.yaml(file.name(), file.text());
            List<Problem> found = check(tree);
            problems.addAll(found);
            return found.isEmpty() ? Optional.of(tree) : Optional.empty();
        } catch (LocatedTree.ParseFailure e) {
            problems.addAll(e.problems());
            return Optional.empty();
        }
    }

    /** One problem per wrong value, in document order; empty when the tree is valid. */
    public List<Problem> check(LocatedTree tree) {
        return check(tree, "", tree.root());
    }

    /**
     * Checks one part of a tree, e.g. the profile inside a scenario file; problems carry the full path
     * ({@code scenarios[2].profile.comB.x}).
     */
    public List<Problem> check(LocatedTree tree, String basePath, JsonNode node) {
        List<Problem> oversized = new ArrayList<>();
        Map<String, Problem> byPath = new LinkedHashMap<>();
        walk(tree, schemaJson, node, basePath, oversized, byPath);
        if (!oversized.isEmpty()) {
            oversized.sort(Problem.IN_FILE_ORDER);
            return oversized;
        }
        for (Error error : schema.validate(node)) {
            String inner = path(error.getInstanceLocation());
            String path = basePath.isEmpty() ? inner : inner.isEmpty() ? basePath
                    : inner.startsWith("[") ? basePath + inner : basePath + "." + inner;
            Problem problem = describe(tree, path, error);
            // One problem per value: a wrong type also fails enum or range checks, which would only add noise.
            byPath.putIfAbsent(problem.field(), problem);
        }
        List<Problem> problems = new ArrayList<>(byPath.values());
        problems.sort(Problem.IN_FILE_ORDER);
        return problems;
    }

    /**
     * Walks the value along its schema: lists over {@code maxItems} go to {@code oversized}; numbers are
     * checked exactly (problems to {@code found}) and, when valid, replaced by their exact int or double.
     * Returns the replacement for {@code value}, or null to keep it.
     */
    private JsonNode walk(LocatedTree tree, JsonNode rule, JsonNode value, String path, List<Problem> oversized,
                          Map<String, Problem> found) {
        JsonNode schemaNode = resolve(rule);
        if (schemaNode == null || value == null) {
            return null;
        }
        if (value.isArray()) {
            JsonNode maxItems = schemaNode.get("maxItems");
            if (maxItems != null && value.size() > maxItems.asInt()) {
                oversized.add(tree.problem(path, "has " + value.size() + " items; the most allowed is " + maxItems.asInt()));
                return null;
            }
            JsonNode items = schemaNode.get("items");
            for (int i = 0; i < value.size() && items != null; i++) {
                JsonNode replacement = walk(tree, items, value.get(i), LocatedTree.index(path, i), oversized, found);
                if (replacement != null) {
                    ((ArrayNode) value).set(i, replacement);
                }
            }
        } else if (value.isObject()) {
            JsonNode properties = schemaNode.get("properties");
            if (properties != null) {
                List<String> names = new ArrayList<>();
                value.fieldNames().forEachRemaining(names::add);
                for (String name : names) {
                    JsonNode replacement = walk(tree, properties.get(name), value.get(name), LocatedTree.child(path, name),
                            oversized, found);
                    if (replacement != null) {
                        ((ObjectNode) value).set(name, replacement);
                    }
                }
            }
        } else if (value.isNumber()) {
            return number(tree, schemaNode, value, path, found);
        }
        return null;
    }

    private JsonNode resolve(JsonNode rule) {
        JsonNode r = rule;
        for (int hops = 0; r != null && r.has("$ref") && hops < 8; hops++) {
            String ref = r.get("$ref").asText();
            if (!ref.startsWith("#")) {
                return null;
            }
            JsonNode target = schemaJson.at(ref.substring(1));
            r = target.isMissingNode() ? null : target;
        }
        return r;
    }

    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal DOUBLE_LIMIT = new BigDecimal("1e15");

    /**
     * What a schema of integers ({@code integer}) or numbers accepts, {@code min} to {@code max}; {@code low} and
     * {@code high} are the whole numbers at its ends, so that a whole number is checked without a BigDecimal.
     */
    private record Range(boolean integer, BigDecimal min, BigDecimal max, long low, long high) {

        /** The range of a schema, or null when its type is neither integer nor number. */
        static Range of(JsonNode rule) {
            JsonNode type = rule.get("type");
            if (!saysNumber(type)) {
                return null;
            }
            boolean integer = !says(type, "number");
            BigDecimal min = rule.has("minimum") ? rule.get("minimum").decimalValue() : integer ? INT_MIN : DOUBLE_LIMIT.negate();
            BigDecimal max = rule.has("maximum") ? rule.get("maximum").decimalValue() : integer ? INT_MAX : DOUBLE_LIMIT;
            return new Range(integer, min, max, whole(min, RoundingMode.CEILING), whole(max, RoundingMode.FLOOR));
        }

        private static long whole(BigDecimal bound, RoundingMode towards) {
            BigDecimal rounded = bound.setScale(0, towards);
            return rounded.compareTo(LONG_MIN) < 0 ? Long.MIN_VALUE
                    : rounded.compareTo(LONG_MAX) > 0 ? Long.MAX_VALUE : rounded.longValueExact();
        }

        boolean holds(long value) {
            return value >= low && value <= high;
        }
    }

    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    /**
     * Checks one number exactly against the schema; returns its exact int or double when it is valid. It runs for
     * every number of every profile, so the valid case builds no text: the number as written is looked up, and
     * its form checked, only for the message.
     */
    private JsonNode number(LocatedTree tree, JsonNode rule, JsonNode value, String path, Map<String, Problem> found) {
        Range range = ranges.get(rule);
        if (range == null) {
            return null; // a type problem, which the validator reports
        }
        boolean integer = range.integer();
        if (value.isIntegralNumber() && value.canConvertToLong() && range.holds(value.longValue())) {
            // most numbers: a whole number in range, compared as it is
            return integer ? IntNode.valueOf(value.intValue()) : DoubleNode.valueOf(value.longValue());
        }
        BigDecimal v = value.decimalValue();
        boolean whole = value.isIntegralNumber() || v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
        BigDecimal min = range.min();
        BigDecimal max = range.max();
        boolean below = v.compareTo(min) < 0;
        boolean above = v.compareTo(max) > 0;
        if (integer && whole && !below && !above) {
            return IntNode.valueOf(v.intValueExact());
        }
        if (!integer && !below && !above) {
            return DoubleNode.valueOf(v.doubleValue());
        }
        String text = tree.numberText(path);
        String shown = text != null ? text : value.toString();
        boolean plain = plainNumber(shown, !integer);
        String between = " between " + min.toPlainString() + " and " + max.toPlainString();
        String message;
        if (plain && above && rule.has("maximum")) {
            message = shown + " is above the maximum " + rule.get("maximum").asText();
        } else if (plain && below && rule.has("minimum")) {
            message = shown + " is below the minimum " + rule.get("minimum").asText();
        } else {
            message = shown + (integer ? " is not a whole number" : " is not a number") + between;
        }
        found.putIfAbsent(path, tree.problem(path, message));
        return com.fasterxml.jackson.databind.node.NullNode.getInstance(); // the validator need not see it again
    }

    /**
     * Whether a number is written plainly, {@code -?[0-9]+}, or with {@code decimals} also {@code -?[0-9]+(\.[0-9]+)?}:
     * then a range message can quote it beside the schema's bound. (A loop, not a regular expression compiled per call.)
     */
    static boolean plainNumber(String text, boolean decimals) {
        int i = text.startsWith("-") ? 1 : 0;
        int digits = 0;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (digits == 0) {
            return false;
        }
        if (i == text.length()) {
            return true;
        }
        if (!decimals || text.charAt(i) != '.') {
            return false;
        }
        i++;
        int fraction = 0;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
            fraction++;
        }
        return fraction > 0 && i == text.length();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Problem describe(LocatedTree tree, String path, Error error) {
        JsonNode value = error.getInstanceNode();
        JsonNode rule = error.getSchemaNode();
        String keyword = error.getKeyword();
        return switch (keyword == null ? "" : keyword) {
            case "maximum" -> tree.problem(path, shown(value) + " is above the maximum " + rule.asText());
            case "minimum" -> tree.problem(path, shown(value) + " is below the minimum " + rule.asText());
            case "type" -> tree.problem(path, "expected " + article(rule) + ", not " + kind(value, tree.numberText(path)));
            case "enum" -> enumProblem(tree, path, value, rule);
            case "required" -> missing(tree, path, error);
            case "additionalProperties" -> unknownField(tree, path, error);
            case "minLength" -> tree.problem(path, value.isTextual() && value.asText().isEmpty()
                    ? "must not be empty" : "is shorter than " + rule.asText() + " characters");
            case "maxLength" -> tree.problem(path, "is longer than " + rule.asText() + " characters");
            case "minItems" -> tree.problem(path, "needs at least " + rule.asText() + (rule.asInt() == 1 ? " item" : " items"));
            case "minProperties" -> tree.problem(path, "needs at least " + rule.asText() + (rule.asInt() == 1 ? " entry" : " entries"));
            case "uniqueItems" -> tree.problem(path, "lists the same value twice");
            case "pattern" -> tree.problem(path, shown(value) + " is not in the expected form (" + patternHint(rule.asText()) + ")");
            default -> tree.problem(path, plain(error.getMessage()));
        };
    }

    private static Problem enumProblem(LocatedTree tree, String path, JsonNode value, JsonNode allowed) {
        List<String> options = new ArrayList<>();
        allowed.forEach(option -> options.add(option.asText()));
        String message = shown(value) + " is not one of " + String.join(", ", options);
        String near = value.isTextual() ? Suggest.closest(value.asText(), options) : null;
        return near == null ? tree.problem(path, message) : tree.problem(path, message + " (did you mean " + near + "?)");
    }

    private static Problem missing(LocatedTree tree, String path, Error error) {
        String property = error.getProperty();
        if (property == null && error.getArguments() != null && error.getArguments().length > 0) {
            property = String.valueOf(error.getArguments()[0]);
        }
        String field = LocatedTree.child(path, property);
        int[] at = tree.locate(path);
        return new Problem(tree.file(), at[0], at[1], field, "is required but missing", null);
    }

    private Problem unknownField(LocatedTree tree, String path, Error error) {
        String property = error.getProperty();
        if (property == null && error.getArguments() != null && error.getArguments().length > 0) {
            property = String.valueOf(error.getArguments()[0]);
        }
        String field = LocatedTree.child(path, property);
        List<String> known = new ArrayList<>();
        JsonNode properties = siblingProperties(error);
        if (properties != null) {
            properties.fieldNames().forEachRemaining(known::add);
        }
        String message = "is not a known field";
        String near = Suggest.closest(property, known);
        if (near != null) {
            message += " (did you mean " + near + "?)";
        }
        int[] at = tree.locate(field);
        Problem problem = new Problem(tree.file(), at[0], at[1], field, message, null);
        return known.isEmpty() ? problem : problem.withHint("the fields here are: " + String.join(", ", known));
    }

    /** The {@code properties} beside the failing {@code additionalProperties}, to list the known fields. */
    private JsonNode siblingProperties(Error error) {
        String location = String.valueOf(error.getSchemaLocation());
        int hash = location.indexOf('#');
        if (hash < 0) {
            return null;
        }
        String pointer = location.substring(hash + 1);
        if (!pointer.endsWith("/additionalProperties")) {
            return null;
        }
        JsonNode properties = schemaJson.at(pointer.substring(0, pointer.length() - "/additionalProperties".length())
                + "/properties");
        return properties.isMissingNode() ? null : properties;
    }

    static String path(NodePath location) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(element);
            }
        }
        return out.toString();
    }

    private static String shown(JsonNode value) {
        if (value == null) {
            return "the value";
        }
        return value.isTextual() ? "\"" + value.asText() + "\"" : value.toString();
    }

    private static String article(JsonNode type) {
        List<String> names = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> names.add(typeName(t.asText())));
        } else {
            names.add(typeName(type.asText()));
        }
        return String.join(" or ", names);
    }

    private static String typeName(String type) {
        return switch (type) {
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "string" -> "a text in quotes";
            case "boolean" -> "true or false";
            case "array" -> "a list [ ... ]";
            case "object" -> "an object { ... }";
            default -> type;
        };
    }

    private static String kind(JsonNode value, String numberText) {
        if (numberText != null && value != null && value.isNumber()) {
            return (value.isIntegralNumber() ? "the whole number " : "the number ") + numberText;
        }
        if (value == null || value.isNull()) {
            return "null";
        }
        if (value.isTextual()) {
            return "the text \"" + value.asText() + "\"";
        }
        if (value.isIntegralNumber()) {
            return "the whole number " + value;
        }
        if (value.isNumber()) {
            return "the number " + value;
        }
        if (value.isBoolean()) {
            return value.toString();
        }
        if (value.isArray()) {
            return "a list";
        }
        return "an object";
    }

    private static String patternHint(String pattern) {
        return switch (pattern) {
            case "^[a-z0-9]+(-[a-z0-9]+)*$" -> "lower-case words joined by '-', e.g. vvt-wg-mai-plus";
            case "^[a-z][A-Za-z0-9]*$" -> "a camelCase code, e.g. physicalComplaints";
            case "^\\S(.*\\S)?$" -> "one line of text, not blank, without spaces at its start or end";
            default -> "pattern " + pattern;
        };
    }

    private static String plain(String message) {
        // networknt prefixes its messages with the instance path ("$.a.b: ..."); the path is already ours.
        int colon = message.indexOf(": ");
        return message.startsWith("$") && colon > 0 ? message.substring(colon + 2) : message;
    }
}
