package nl.wielwijzer.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import nl.wielwijzer.Bundled;
import nl.wielwijzer.bench.ProfileGenerator;
import nl.wielwijzer.problem.Problem;
import org.junit.jupiter.api.Test;

/**
 * The validator is given a copy of each schema without its annotations and without the number bounds the exact
 * walk checks ({@link SchemaCheck#forValidator}). That copy must find the same problems, worded the same, as the
 * whole schema did: on profiles broken at random, and where a name only looks like a left-out keyword.
 */
class ValidatorCopyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String bundled(String name) throws IOException {
        try (InputStream in = SchemaCheck.class.getClassLoader()
                .getResourceAsStream("META-INF/wielwijzer/schema/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Problem> problems(SchemaCheck check, String text) {
        try {
            return check.check(LocatedTree.json("p.json", text));
        } catch (LocatedTree.ParseFailure e) {
            return e.problems();
        }
    }

    @Test
    void profilesBrokenAtRandomHaveTheSameProblemsAsWithTheWholeSchema() throws Exception {
        String schema = bundled("profile-v1.schema.json");
        SchemaCheck copy = SchemaCheck.of(schema);
        SchemaCheck whole = SchemaCheck.ofWholeSchema(schema);
        List<String> profiles = new ArrayList<>();
        for (String example : Bundled.examplePaths()) {
            profiles.add(Bundled.file(example));
        }
        try (Stream<String> generated = new ProfileGenerator(Bundled.recommender(), 11).profiles(200)) {
            generated.forEach(profiles::add);
        }
        SplittableRandom random = new SplittableRandom(11);
        int withProblems = 0;
        for (String profile : profiles) {
            for (int i = 0; i < 8; i++) {
                String broken = broken(JSON.readTree(profile), random).toString();
                List<Problem> expected = problems(whole, broken);
                assertEquals(expected, problems(copy, broken), broken);
                withProblems += expected.isEmpty() ? 0 : 1;
            }
        }
        // the mutations must reach problems of every kind, or the comparison proves little
        assertTrue(withProblems > profiles.size() * 4, "only " + withProblems + " broken profiles had problems");
    }

    /** The profile with one value somewhere replaced by something likely wrong, or a field added or removed. */
    private static JsonNode broken(JsonNode profile, SplittableRandom random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(profile, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        JsonNode[] wrong = {JSON.getNodeFactory().numberNode(7), JSON.getNodeFactory().numberNode(-1),
                JSON.getNodeFactory().numberNode(2.5), JSON.getNodeFactory().textNode("x"),
                JSON.getNodeFactory().nullNode(), JSON.getNodeFactory().objectNode(),
                JSON.getNodeFactory().numberNode(new java.math.BigDecimal("1e400")),
                JSON.getNodeFactory().numberNode(100), JSON.getNodeFactory().textNode("")};
        JsonNode value = wrong[random.nextInt(wrong.length)];
        if (target instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            int pick = random.nextInt(names.size() + 2);
            if (pick < names.size()) {
                object.set(names.get(pick), value);
            } else if (pick == names.size() && !names.isEmpty()) {
                object.remove(names.get(random.nextInt(names.size())));
            } else {
                object.set("unknownField", value);
            }
        } else if (target instanceof ArrayNode array && !array.isEmpty()) {
            int pick = random.nextInt(array.size() + 1);
            if (pick < array.size()) {
                array.set(pick, value);
            } else {
                array.add(array.get(0)); // the same value twice
            }
        }
        return profile;
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode() && !node.isEmpty()) {
            containers.add(node);
            node.forEach(child -> collect(child, containers));
        }
    }

    @Test
    void aPropertyNamedLikeAnAnnotationIsStillChecked() {
        SchemaCheck check = SchemaCheck.of("""
                {"type": "object", "additionalProperties": false,
                 "properties": {"description": {"type": "string", "maxLength": 3, "description": "a text"},
                                "title": {"type": "integer", "maximum": 2}}}""");
        List<Problem> problems = problems(check, "{\"description\": \"long\", \"title\": 3}");
        assertEquals(List.of("description: is longer than 3 characters", "title: 3 is above the maximum 2"),
                problems.stream().map(p -> p.field() + ": " + p.message()).toList());
    }

    @Test
    void boundsTheWalkDoesNotReachAreLeftToTheValidator() {
        // the walk follows properties, items and $ref, not anyOf: there the validator keeps checking the bounds
        SchemaCheck check = SchemaCheck.of("""
                {"type": "object",
                 "properties": {"either": {"anyOf": [{"type": "integer", "maximum": 2}, {"type": "string"}]},
                                "shared": {"$ref": "#/$defs/small"}},
                 "$defs": {"small": {"type": "integer", "maximum": 2}}}""");
        assertEquals(1, problems(check, "{\"either\": 5}").size());
        assertEquals(List.of("shared: 5 is above the maximum 2"),
                problems(check, "{\"shared\": 5}").stream().map(p -> p.field() + ": " + p.message()).toList());
    }
}
