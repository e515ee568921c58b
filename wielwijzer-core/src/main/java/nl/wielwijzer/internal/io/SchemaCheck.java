package nl.wielwijzer.internal.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wielwijzer.problem.Problem;

/**
 * Validates a {@link LocatedTree} against one of the published JSON Schemas in {@code docs/schema} (bundled
 * in the jar) and turns the validator's findings into one plain sentence per problem, naming the path and,
 * where it helps, what was expected: {@code comB.reflectiveMotivation: 7 is above the maximum 3}.
 *
 * <p>Instances are immutable and thread-safe; build one per schema and share it.
 */
public final class SchemaCheck {

    private static final String RESOURCE_DIR = "META-INF/wielwijzer/schema/";

    private final Schema schema;
    private final JsonNode schemaJson;

    private SchemaCheck(Schema schema, JsonNode schemaJson) {
        this.schema = schema;
        this.schemaJson = schemaJson;
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
        try {
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
            return new SchemaCheck(registry.getSchema(text, InputFormat.JSON), new ObjectMapper().readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        Map<String, Problem> byPath = new LinkedHashMap<>();
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

    private Problem describe(LocatedTree tree, String path, Error error) {
        JsonNode value = error.getInstanceNode();
        JsonNode rule = error.getSchemaNode();
        String keyword = error.getKeyword();
        return switch (keyword == null ? "" : keyword) {
            case "maximum" -> tree.problem(path, shown(value) + " is above the maximum " + rule.asText());
            case "minimum" -> tree.problem(path, shown(value) + " is below the minimum " + rule.asText());
            case "type" -> tree.problem(path, "expected " + article(rule) + ", not " + kind(value));
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

    private static String kind(JsonNode value) {
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
            default -> "pattern " + pattern;
        };
    }

    private static String plain(String message) {
        // networknt prefixes its messages with the instance path ("$.a.b: ..."); the path is already ours.
        int colon = message.indexOf(": ");
        return message.startsWith("$") && colon > 0 ? message.substring(colon + 2) : message;
    }
}
