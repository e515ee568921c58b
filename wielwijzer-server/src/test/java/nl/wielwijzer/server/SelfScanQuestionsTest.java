package nl.wielwijzer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wielwijzer.Bundled;
import nl.wielwijzer.internal.knowledge.SeedLibrary;
import nl.wielwijzer.problem.InvalidProfileException;
import nl.wielwijzer.result.Citation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The self-scan's data file (selfscan/questions.json, docs/self-scan.md): every question and answer is backed
 * by a seed passage that is really in the cited lines, and every answer sets profile fields the library
 * accepts.
 */
class SelfScanQuestionsTest {

    private static JsonNode data;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = SelfScanQuestionsTest.class.getClassLoader()
                .getResourceAsStream("nl/wielwijzer/server/web/questions.json")) {
            data = Http.JSON.readTree(in);
        }
    }

    /** Every answer of every question (scale items included), with where it is. */
    private static Map<String, JsonNode> answers() {
        Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
        for (JsonNode q : data.get("questions")) {
            for (JsonNode a : q.path("answers")) {
                out.put(q.get("id").asText() + "/" + a.get("id").asText(), a);
            }
            for (JsonNode item : q.path("items")) {
                for (JsonNode a : item.get("answers")) {
                    out.put(q.get("id").asText() + "/" + item.get("id").asText() + "/" + a.get("id").asText(), a);
                }
            }
        }
        return out;
    }

    @Test
    void everyCitationQuotesItsLinesVerbatim() {
        List<String> wrong = new ArrayList<>();
        int[] count = {0};
        walk(data, "", (path, source) -> {
            count[0]++;
            int[] lines = Citation.parseLines(source.get("lines").asText())
                    .orElseThrow(() -> new AssertionError(path + ": bad lines " + source.get("lines")));
            Citation c = new Citation(source.get("seed").asText(), lines[0], lines[1], source.get("quote").asText());
            SeedLibrary.bundled().check(c).ifPresent(m -> wrong.add(path + ": " + m.message() + " (" + c + ")"));
        });
        assertEquals(List.of(), wrong);
        assertTrue(count[0] > 60, "the data file cites " + count[0] + " passages");
    }

    @Test
    void everyQuestionHasASourceAndEveryChoiceAnswerIsBackedByItsOwnOrItsQuestions() {
        for (JsonNode q : data.get("questions")) {
            assertTrue(q.path("sources").size() > 0, q.get("id") + " has no source");
            assertFalse(q.path("nl").asText().isBlank() || q.path("en").asText().isBlank(), q.get("id") + " needs nl and en");
            for (JsonNode item : q.path("items")) {
                assertTrue(item.path("sources").size() > 0, q.get("id") + "/" + item.get("id") + " has no source");
            }
            for (JsonNode a : q.path("answers")) {
                assertFalse(a.path("nl").asText().isBlank() || a.path("en").asText().isBlank());
                if (a.has("add")) {
                    assertTrue(a.path("sources").size() > 0, q.get("id") + "/" + a.get("id")
                            + " adds a code and must cite the passage that names it");
                }
            }
        }
        for (String subject : List.of("employee", "employer")) {
            assertTrue(data.at("/targetBehaviour/" + subject + "/sources").size() > 0);
        }
    }

    /** Each answer alone, on top of the two required ones, gives a profile the library accepts. */
    @Test
    void everyAnswerMapsOntoValidProfileFields() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : answers().entrySet()) {
            if (e.getKey().startsWith("role/") || e.getKey().startsWith("sector/")) {
                continue;
            }
            for (String subject : List.of("employee", "employer")) {
                ObjectNode profile = Http.JSON.createObjectNode();
                profile.put("id", "zelfscan").put("subject", subject).put("sector", "vvt");
                apply(profile, e.getValue());
                try {
                    Bundled.recommender().readProfile(e.getKey(), profile.toString());
                } catch (InvalidProfileException x) {
                    wrong.add(e.getKey() + ": " + x.problems());
                }
            }
        }
        for (JsonNode q : data.get("questions")) {
            if (q.get("kind").asText().equals("number")) {
                for (int value : new int[] {q.get("min").asInt(), q.get("max").asInt()}) {
                    ObjectNode profile = Http.JSON.createObjectNode();
                    profile.put("id", "zelfscan").put("subject", "employee").put("sector", "vvt");
                    set(profile, q.get("field").asText(), Http.JSON.getNodeFactory().numberNode(value));
                    try {
                        Bundled.recommender().readProfile(q.get("id").asText(), profile.toString());
                    } catch (InvalidProfileException x) {
                        wrong.add(q.get("id") + " = " + value + ": " + x.problems());
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theRequiredQuestionsSetTheRequiredFieldsAndEveryTextFieldHasOneQuestion() {
        Map<String, String> owner = new HashMap<>();
        for (JsonNode q : data.get("questions")) {
            List<JsonNode> all = new ArrayList<>();
            q.path("answers").forEach(all::add);
            q.path("items").forEach(item -> item.get("answers").forEach(all::add));
            for (JsonNode a : all) {
                Iterator<Map.Entry<String, JsonNode>> fields = a.path("set").fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> f = fields.next();
                    if (f.getValue().isTextual()) {
                        String previous = owner.putIfAbsent(f.getKey(), q.get("id").asText());
                        if (previous != null && !previous.equals(q.get("id").asText())) {
                            fail(f.getKey() + " is set by both " + previous + " and " + q.get("id")
                                    + ": only numbers may combine (the larger wins)");
                        }
                    }
                }
            }
        }
        assertEquals("role", owner.get("subject"));
        assertEquals("sector", owner.get("sector"));
    }

    @Test
    void docsSelfScanListsEveryQuestionAndQuote() {
        String doc = Bundled.file("docs/self-scan.md");
        List<String> missing = new ArrayList<>();
        for (JsonNode q : data.get("questions")) {
            if (!doc.contains("### `" + q.get("id").asText() + "`")) {
                missing.add("question " + q.get("id").asText());
            }
        }
        walk(data, "", (path, source) -> {
            if (!doc.contains(source.get("quote").asText())) {
                missing.add(path + ": " + source.get("quote").asText());
            }
        });
        assertEquals(List.of(), missing, "docs/self-scan.md is out of date with questions.json");
    }

    private static void apply(ObjectNode profile, JsonNode answer) {
        answer.path("set").fields().forEachRemaining(f -> set(profile, f.getKey(), f.getValue()));
        answer.path("add").fields().forEachRemaining(f -> {
            String[] keys = f.getKey().split("\\.");
            ObjectNode node = profile;
            for (int i = 0; i < keys.length - 1; i++) {
                node = node.has(keys[i]) ? (ObjectNode) node.get(keys[i]) : node.putObject(keys[i]);
            }
            ArrayNode list = node.has(keys[keys.length - 1]) ? (ArrayNode) node.get(keys[keys.length - 1])
                    : node.putArray(keys[keys.length - 1]);
            list.add(f.getValue().asText());
        });
    }

    private static void set(ObjectNode profile, String path, JsonNode value) {
        String[] keys = path.split("\\.");
        ObjectNode node = profile;
        for (int i = 0; i < keys.length - 1; i++) {
            node = node.has(keys[i]) ? (ObjectNode) node.get(keys[i]) : node.putObject(keys[i]);
        }
        node.set(keys[keys.length - 1], value);
    }

    private interface SourceVisitor {
        void visit(String path, JsonNode source);
    }

    private static void walk(JsonNode node, String path, SourceVisitor visitor) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                if (f.getKey().equals("sources")) {
                    for (JsonNode s : f.getValue()) {
                        visitor.visit(path, s);
                    }
                } else {
                    walk(f.getValue(), path + "/" + Optional.ofNullable(node.get("id")).map(JsonNode::asText).orElse(f.getKey()), visitor);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> walk(child, path, visitor));
        }
    }
}
