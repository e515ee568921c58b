package nl.wielwijzer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nl.wielwijzer.Bundled;
import nl.wielwijzer.Recommender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The API through HTTP, as a sector-fund website's backend calls it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {

    private WielwijzerServer server;
    private Http http;

    @BeforeAll
    void start() {
        server = Servers.bundled(Servers.config());
        http = new Http(server.port());
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"vvt-employee", "vvt-employer", "gemeente-employee", "gemeente-employer", "placement-employee"})
    void aRecommendationIsTheLibrarysResultByteForByte(String example) throws Exception {
        String profile = Bundled.file("examples/" + example + ".json");
        Http.Reply reply = http.postJson("/v2/recommendations", profile);
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
        assertEquals(Recommender.toJson(Bundled.recommender().recommend(profile)), reply.body());
        // v1 callers keep their contract during the transition (docs/result.md)
        assertEquals("wielwijzer/result/v1", http.postJson("/v1/recommendations", profile).json().get("contract").asText());
        reply = http.postJson("/v1/recommendations", profile);
        assertEquals(server.knowledgeVersion().orElseThrow(), reply.header(WielwijzerServer.VERSION_HEADER));
        assertTrue(reply.header(WielwijzerServer.VERSION_HEADER).matches("[0-9a-f]{12}"));
        // the same call gives the same bytes
        assertEquals(reply.body(), http.postJson("/v1/recommendations", profile).body());
    }

    @Test
    void langKeepsOneLanguageAndExplainSetsHowMuch() {
        String profile = Bundled.file("examples/vvt-employee.json");
        JsonNode full = http.postJson("/v1/recommendations", profile).json();
        JsonNode nl = http.postJson("/v1/recommendations?lang=nl", profile).json();
        JsonNode en = http.postJson("/v1/recommendations?lang=en&explain=summary", profile).json();
        JsonNode none = http.postJson("/v1/recommendations?explain=none", profile).json();

        JsonNode first = full.at("/interventionFunctions/0/explanations/0");
        assertTrue(first.has("nl") && first.has("en"));
        JsonNode firstNl = nl.at("/interventionFunctions/0/explanations/0");
        assertTrue(firstNl.has("nl") && !firstNl.has("en"));
        assertEquals(first.get("nl"), firstNl.get("nl"));
        JsonNode firstEn = en.at("/interventionFunctions/0/explanations/0");
        assertTrue(firstEn.has("en") && !firstEn.has("nl"));
        assertFalse(en.toString().contains("\"trace\""), "summary leaves out every trace");
        assertTrue(full.toString().contains("\"trace\""), "the full example result has a trace somewhere");
        for (String list : List.of("interventionFunctions", "policyCategories", "instruments", "excluded")) {
            for (JsonNode item : none.get(list)) {
                assertEquals(0, item.get("explanations").size(), list);
            }
        }
        // the ranking never changes
        for (JsonNode view : List.of(nl, en, none)) {
            assertEquals(codes(full, "interventionFunctions", "function"), codes(view, "interventionFunctions", "function"));
            assertEquals(codes(full, "instruments", "id"), codes(view, "instruments", "id"));
        }
    }

    private static List<String> codes(JsonNode result, String list, String field) {
        List<String> out = new ArrayList<>();
        result.get(list).forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "lang=de|lang",
        "explain=everything|explain",
        "lang=nl&explain=|explain"})
    void aWrongParameterIsNamed(String query, String parameter) {
        Http.Reply reply = http.postJson("/v1/recommendations?" + query, Bundled.file("examples/vvt-employee.json"));
        assertProblem(reply, 400, "invalid-parameter");
        assertEquals(parameter, reply.json().at("/errors/0/parameter").asText());
    }

    /** Every kind of input the library rejects: a 400 problem document naming the field, never a 500. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`{\"id\":\"x\",\"subject\":\"employee\",\"sector\":\"vvt\",\"comB\":{\"reflectiveMotivation\":7}}`|comB.reflectiveMotivation|#/comB/reflectiveMotivation|above the maximum 3",
        "`{\"id\":\"x\",\"subject\":\"emploee\",\"sector\":\"vvt\"}`|subject|#/subject|did you mean employee",
        "`{\"id\":\"x\",\"subject\":\"employee\",\"sector\":\"vvt\",\"employee\":{\"workAbilty\":\"good\"}}`|employee.workAbilty|#/employee/workAbilty|did you mean workAbility",
        "`{\"id\":\"x\",\"subject\":\"employee\",\"sector\":\"vvt\",\"pushFactors\":[\"heavyWork\",\"reorganisaton\"]}`|pushFactors[1]|#/pushFactors/1|reorganisation",
        "`{\"id\":\"x\",\"subject\":\"employer\",\"sector\":\"vvt\",\"organisation\":{\"offered\":[\"no-such-instrument\"]}}`|organisation.offered[0]|#/organisation/offered/0|not an instrument",
        "`{\"id\":\"x\",\"subject\":\"employee\",\"sector\":\"vvt\",\"employee\":{\"age\":95}}`|employee.age|#/employee/age|above the maximum 80",
        "`{\"id\":\"x\",\"subject\":\"employee\",\"sector\":\"vvt\",\"employee\":{\"age\":\"old\"}}`|employee.age|#/employee/age|",
        "`{\"subject\":\"employee\",\"sector\":\"vvt\"}`|id|#/id|"})
    void aWrongProfileGetsOneProblemPerFieldWithItsPath(String profile, String field, String pointer, String wordsOrNull) {
        String words = wordsOrNull == null ? "" : wordsOrNull;
        for (String path : List.of("/v1/recommendations", "/v1/profiles/validate")) {
            Http.Reply reply = http.postJson(path, profile);
            assertProblem(reply, 400, "invalid-profile");
            JsonNode errors = reply.json().get("errors");
            boolean found = false;
            for (JsonNode e : errors) {
                if (field.equals(e.path("field").asText()) || (field.equals("id") && e.path("detail").asText().contains("id"))) {
                    found = true;
                    assertTrue(e.path("pointer").asText().startsWith("#"), e.toString());
                    if (!field.equals("id")) {
                        assertEquals(pointer, e.get("pointer").asText());
                    }
                    assertTrue(e.get("detail").asText().contains(words), e + " should say " + words);
                }
            }
            assertTrue(found, "no problem names " + field + ": " + reply.body());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[1,2]", "\"text\"", "null", "{\"id\":\"x\",\"subject\":\"employee\",", "\u0000\u0001"})
    void bodiesThatAreNotAProfileGetAProblemToo(String body) {
        Http.Reply reply = http.postJson("/v1/recommendations", body);
        assertProblem(reply, 400, "invalid-profile");
        assertTrue(reply.json().get("errors").size() >= 1, reply.body());
    }

    @Test
    void validateSaysValidForAGoodProfile() {
        Http.Reply reply = http.postJson("/v1/profiles/validate", Bundled.file("examples/vvt-employer.json"));
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.json().get("valid").asBoolean());
        assertEquals("voorbeeld-vvt-organisatie", reply.json().get("profileId").asText());
    }

    @Test
    void catalogAndRulesListTheKnowledgeThatServes() {
        Http.Reply catalog = http.get("/v1/catalog");
        assertEquals(200, catalog.status());
        assertEquals(Bundled.recommender().knowledge().catalog().size(), catalog.json().get("count").asInt());
        assertEquals(catalog.json().get("count").asInt(), catalog.json().get("instruments").size());
        Http.Reply rules = http.get("/v1/rules");
        assertEquals(200, rules.status());
        assertEquals(Bundled.recommender().knowledge().rules().ruleList().size(), rules.json().size());
        assertNotNull(rules.json().get(0).get("file"));
        // The matrix rules generated from the wheel's table are listed too, at the cell they come from.
        boolean generated = false;
        for (JsonNode rule : rules.json()) {
            generated |= rule.get("name").asText().equals("Training can close a gap in physical capability")
                    && rule.get("file").asText().endsWith("bcw-wheel.yaml");
        }
        assertTrue(generated, "the generated matrix rules are listed at the wheel's table");
        assertEquals(server.knowledgeVersion().orElseThrow(), rules.header(WielwijzerServer.VERSION_HEADER));
    }

    @Test
    void aBodyOverTheLimitGets413() {
        String big = "{\"id\":\"" + "x".repeat(70_000) + "\",\"subject\":\"employee\",\"sector\":\"vvt\"}";
        assertProblem(http.postJson("/v1/recommendations", big), 413, "body-too-large");
        assertProblem(http.postJson("/v1/profiles/validate", big), 413, "body-too-large");
    }

    @Test
    void aBodyThatIsNotJsonGets415() {
        Http.Reply reply = http.post("/v1/recommendations", Bundled.file("examples/vvt-employee.json"),
                "Content-Type", "application/x-www-form-urlencoded");
        assertProblem(reply, 415, "unsupported-media-type");
        // a JSON type with a charset, or a +json type, is fine
        assertEquals(200, http.post("/v1/recommendations", Bundled.file("examples/vvt-employee.json"),
                "Content-Type", "application/json; charset=utf-8").status());
    }

    @Test
    void unknownRoutesAndMethodsGetProblems() {
        assertProblem(http.get("/v1/nothing"), 404, "not-found");
        assertProblem(http.get("/v1/recommendations"), 405, "method-not-allowed");
        assertProblem(http.send("DELETE", "/v1/catalog", null), 405, "method-not-allowed");
        assertProblem(http.get("/schema/catalog-v1.schema.json"), 404, "not-found");
        assertProblem(http.get("/selfscan/secret.txt"), 404, "not-found");
    }

    @Test
    void healthReportsReadyAndTheVersion() {
        Http.Reply reply = http.get("/health");
        assertEquals(200, reply.status());
        assertEquals("ready", reply.json().get("status").asText());
        assertEquals(server.knowledgeVersion().orElseThrow(), reply.json().at("/knowledge/version").asText());
        assertEquals(reply.json().at("/knowledge/version").asText(), reply.header(WielwijzerServer.VERSION_HEADER));
        assertTrue(reply.json().at("/knowledge/rules").asInt() > 100);
    }

    @Test
    void thePageAndItsFilesAreServedWithAStrictContentSecurityPolicy() {
        Http.Reply page = http.get("/");
        assertEquals(200, page.status());
        assertTrue(page.contentType().startsWith("text/html"));
        assertTrue(page.header("Content-Security-Policy").contains("script-src 'self'"));
        for (String asset : List.of("selfscan.js", "selfscan.css", "questions.json", "labels.json")) {
            assertEquals(200, http.get("/selfscan/" + asset).status(), asset);
        }
        assertEquals("informeren", http.get("/selfscan/labels.json").json().at("/functions/education/nl").asText());
    }

    static void assertProblem(Http.Reply reply, int status, String type) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        JsonNode problem = reply.json();
        assertEquals(ProblemJson.TYPE_BASE + type, problem.get("type").asText(), reply.body());
        assertEquals(status, problem.get("status").asInt());
        assertFalse(problem.get("title").asText().isEmpty());
        assertFalse(reply.body().contains("Exception"), "no stack trace or exception name: " + reply.body());
        assertFalse(reply.body().contains("\tat "), reply.body());
    }
}
