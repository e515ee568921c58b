package nl.wielwijzer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import nl.wielwijzer.Bundled;
import nl.wielwijzer.problem.InvalidKnowledgeException;
import nl.wielwijzer.problem.Problem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The OpenAPI description against what the server really answers: every documented route, method and status
 * is produced by a call below, every call's status is documented, its content type is the documented one,
 * and its body is valid against the documented schema, the profile and result schemas included (fetched
 * from the server, as a client would resolve the references).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiTest {

    private static final String ORIGIN = "https://www.aenofonds.example";
    private static final String TOKEN = "openapi-test-token";
    private static final String PROFILE = Bundled.file("examples/gemeente-employer.json");
    private static final String BAD_PROFILE = "{\"id\":\"x\",\"subject\":\"employee\",\"sector\":\"vvt\",\"comB\":{\"reflectiveMotivation\":7}}";
    private static final String BIG = "{\"id\":\"" + "x".repeat(70_000) + "\"}";

    private WielwijzerServer server;
    private WielwijzerServer starting;
    private WielwijzerServer noAdmin;
    private final CountDownLatch release = new CountDownLatch(1);
    private Http http;
    private JsonNode doc;

    /** One documented response: a path template, a method and a status. */
    private record Documented(String path, String method, String status) implements Comparable<Documented> {
        @Override
        public int compareTo(Documented o) {
            return toString().compareTo(o.toString());
        }
    }

    /** A call and the documented response it must produce. */
    private record Call(Documented expected, Function<OpenApiTest, Http.Reply> send) {
    }

    @BeforeAll
    void start() {
        int[] loads = {0};
        server = Servers.ready(WielwijzerServer.start(Servers.config().withCorsOrigins(List.of(ORIGIN))
                .withAdminToken(Optional.of(TOKEN)), () -> {
                    // The first load and the first reload succeed, later reloads find a broken rule file.
                    if (++loads[0] > 2) {
                        throw new InvalidKnowledgeException(List.of(new Problem("rules/broken.drl", 12, 5, null,
                                "mismatched input 'then'", "finish the condition before 'then'")));
                    }
                    return Bundled.recommender();
                }, () -> { }));
        starting = WielwijzerServer.start(Servers.config(), () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Bundled.recommender();
        }, () -> { });
        noAdmin = Servers.bundled(Servers.config());
        http = new Http(server.port());
        doc = http.get("/openapi.json").json();
    }

    @AfterAll
    void stop() {
        release.countDown();
        server.close();
        starting.close();
        noAdmin.close();
    }

    private static Call call(String path, String method, String status, Function<OpenApiTest, Http.Reply> send) {
        return new Call(new Documented(path, method, status), send);
    }

    private static List<Call> calls() {
        return List.of(
            call("/v1/recommendations", "post", "200", t -> t.http.postJson("/v1/recommendations?lang=nl&explain=summary", PROFILE)),
            call("/v1/recommendations", "post", "400", t -> t.http.postJson("/v1/recommendations", BAD_PROFILE)),
            call("/v1/recommendations", "post", "413", t -> t.http.postJson("/v1/recommendations", BIG)),
            call("/v1/recommendations", "post", "415", t -> t.http.post("/v1/recommendations", PROFILE, "Content-Type", "text/plain")),
            call("/v1/recommendations", "post", "503", t -> new Http(t.starting.port()).postJson("/v1/recommendations", PROFILE)),
            call("/v1/recommendations", "options", "204", t -> t.http.send("OPTIONS", "/v1/recommendations", null, "Origin", ORIGIN,
                    "Access-Control-Request-Method", "POST")),
            call("/v1/recommendations", "options", "403", t -> t.http.send("OPTIONS", "/v1/recommendations", null, "Origin",
                    "https://elsewhere.example", "Access-Control-Request-Method", "POST")),
            call("/v2/recommendations", "post", "200", t -> t.http.postJson("/v2/recommendations?lang=nl&explain=standard", PROFILE)),
            call("/v2/recommendations", "post", "400", t -> t.http.postJson("/v2/recommendations", BAD_PROFILE)),
            call("/v2/recommendations", "post", "413", t -> t.http.postJson("/v2/recommendations", BIG)),
            call("/v2/recommendations", "post", "415", t -> t.http.post("/v2/recommendations", PROFILE, "Content-Type", "text/plain")),
            call("/v2/recommendations", "post", "503", t -> new Http(t.starting.port()).postJson("/v2/recommendations", PROFILE)),
            call("/v2/recommendations", "options", "204", t -> t.http.send("OPTIONS", "/v2/recommendations", null, "Origin", ORIGIN,
                    "Access-Control-Request-Method", "POST")),
            call("/v2/recommendations", "options", "403", t -> t.http.send("OPTIONS", "/v2/recommendations", null, "Origin",
                    "https://elsewhere.example", "Access-Control-Request-Method", "POST")),
            call("/v1/profiles/validate", "post", "200", t -> t.http.postJson("/v1/profiles/validate", PROFILE)),
            call("/v1/profiles/validate", "post", "400", t -> t.http.postJson("/v1/profiles/validate", BAD_PROFILE)),
            call("/v1/profiles/validate", "post", "413", t -> t.http.postJson("/v1/profiles/validate", BIG)),
            call("/v1/profiles/validate", "post", "415", t -> t.http.post("/v1/profiles/validate", PROFILE, "Content-Type", "application/xml")),
            call("/v1/profiles/validate", "post", "503", t -> new Http(t.starting.port()).postJson("/v1/profiles/validate", PROFILE)),
            call("/v1/profiles/validate", "options", "204", t -> t.http.send("OPTIONS", "/v1/profiles/validate", null, "Origin", ORIGIN,
                    "Access-Control-Request-Method", "POST")),
            call("/v1/profiles/validate", "options", "403", t -> t.http.send("OPTIONS", "/v1/profiles/validate", null, "Origin",
                    "https://elsewhere.example", "Access-Control-Request-Method", "POST")),
            call("/v1/catalog", "get", "200", t -> t.http.get("/v1/catalog")),
            call("/v1/catalog", "get", "503", t -> new Http(t.starting.port()).get("/v1/catalog")),
            call("/v1/rules", "get", "200", t -> t.http.get("/v1/rules")),
            call("/v1/rules", "get", "503", t -> new Http(t.starting.port()).get("/v1/rules")),
            call("/health", "get", "200", t -> t.http.get("/health")),
            call("/health", "get", "503", t -> new Http(t.starting.port()).get("/health")),
            call("/admin/reload", "post", "200", t -> t.http.post("/admin/reload", "", "Authorization", "Bearer " + TOKEN)),
            call("/admin/reload", "post", "422", t -> t.http.post("/admin/reload", "", "Authorization", "Bearer " + TOKEN)),
            call("/admin/reload", "post", "401", t -> t.http.post("/admin/reload", "")),
            call("/admin/reload", "post", "404", t -> new Http(t.noAdmin.port()).post("/admin/reload", "", "Authorization", "Bearer " + TOKEN)),
            call("/openapi.json", "get", "200", t -> t.http.get("/openapi.json")),
            call("/schema/{name}", "get", "200", t -> t.http.get("/schema/result-v1.schema.json")),
            call("/schema/{name}", "get", "404", t -> t.http.get("/schema/nothing.json")),
            call("/", "get", "200", t -> t.http.get("/")));
    }

    private List<Documented> documented() {
        List<Documented> out = new ArrayList<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op ->
                op.getValue().get("responses").fieldNames().forEachRemaining(status ->
                        out.add(new Documented(path.getKey(), op.getKey(), status)))));
        return out;
    }

    @Test
    void everyDocumentedResponseIsProducedAndEveryProducedResponseIsDocumented() {
        TreeSet<Documented> documented = new TreeSet<>(documented());
        TreeSet<Documented> exercised = new TreeSet<>();
        calls().forEach(c -> exercised.add(c.expected()));
        assertEquals(documented, exercised);
    }

    @Test
    void eachCallGetsItsDocumentedStatusContentTypeAndSchema() {
        List<String> wrong = new ArrayList<>();
        for (Call c : calls()) {
            Http.Reply reply = c.send().apply(this);
            Documented d = c.expected();
            if (!String.valueOf(reply.status()).equals(d.status())) {
                wrong.add(d + ": got " + reply.status() + " " + reply.body());
                continue;
            }
            JsonNode response = resolve(doc.at("/paths/" + escape(d.path()) + "/" + d.method() + "/responses/" + d.status()));
            assertFalse(response.isMissingNode(), d.toString());
            JsonNode content = response.path("content");
            if (content.isMissingNode() || content.isEmpty()) {
                if (!reply.body().isEmpty()) {
                    wrong.add(d + ": documented without a body, got " + reply.body());
                }
                continue;
            }
            String type = reply.contentType() == null ? "" : reply.contentType().split(";")[0].strip();
            if (!content.has(type)) {
                wrong.add(d + ": content type " + type + " is not documented " + content.fieldNames().next());
                continue;
            }
            JsonNode schema = content.get(type).get("schema");
            if (schema != null) {
                List<Error> errors = schema(schema).validate(reply.body(), InputFormat.JSON);
                if (!errors.isEmpty()) {
                    wrong.add(d + ": " + errors.subList(0, Math.min(3, errors.size())));
                }
            }
            JsonNode headers = response.path("headers");
            if (headers.has(WielwijzerServer.VERSION_HEADER) && !d.path().equals("/health")
                    && reply.header(WielwijzerServer.VERSION_HEADER) == null && !isStarting(reply)) {
                wrong.add(d + ": no " + WielwijzerServer.VERSION_HEADER + " header");
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static boolean isStarting(Http.Reply reply) {
        return reply.body().contains("not-ready");
    }

    @Test
    void theProfileAndResultSchemasAreReferencedNotCopied() {
        String text = doc.toString();
        assertTrue(text.contains("\"$ref\":\"/schema/profile-v1.schema.json\""));
        assertTrue(text.contains("\"$ref\":\"/schema/result-v1.schema.json\""));
        assertFalse(text.contains("careerCompetences") || text.contains("physicalOpportunity"), "no profile field is copied into the description");
        assertFalse(text.contains("interventionFunctions"), "no result field is copied into the description");
        assertEquals("3.1.0", doc.get("openapi").asText());
        for (String name : WebAssets.SCHEMAS) {
            Http.Reply schema = http.get("/schema/" + name);
            assertEquals(200, schema.status());
            assertEquals(Bundled.file("docs/schema/" + name), schema.body(), "served as it is in docs/schema");
        }
    }

    @Test
    void everyExampleResultIsValidAgainstTheResultSchemaInEveryView() {
        Schema result = schema(Http.JSON.createObjectNode().put("$ref", "/schema/result-v1.schema.json"));
        for (String example : List.of("vvt-employee", "vvt-employer", "gemeente-employee", "gemeente-employer", "placement-employee")) {
            for (String query : List.of("", "?lang=en", "?explain=none", "?lang=nl&explain=summary")) {
                Http.Reply reply = http.postJson("/v1/recommendations" + query, Bundled.file("examples/" + example + ".json"));
                assertEquals(200, reply.status());
                List<Error> errors = result.validate(reply.body(), InputFormat.JSON);
                assertEquals(List.of(), errors, example + query);
            }
        }
        // and the schema is not so loose that anything passes
        assertFalse(result.validate("{\"contract\":\"wielwijzer/result/v1\"}", InputFormat.JSON).isEmpty());
    }

    @Test
    void everyExampleResultOfV2IsValidAgainstTheV2SchemaAtEveryLevel() {
        Schema result = schema(Http.JSON.createObjectNode().put("$ref", "/schema/result-v2.schema.json"));
        for (String example : List.of("vvt-employee", "vvt-employer", "gemeente-employee", "gemeente-employer", "placement-employee")) {
            for (String query : List.of("", "?lang=en", "?explain=summary", "?lang=nl&explain=full")) {
                Http.Reply reply = http.postJson("/v2/recommendations" + query, Bundled.file("examples/" + example + ".json"));
                assertEquals(200, reply.status());
                List<Error> errors = result.validate(reply.body(), InputFormat.JSON);
                assertEquals(List.of(), errors, example + query);
            }
        }
        assertEquals(400, http.postJson("/v2/recommendations?explain=none", Bundled.file("examples/vvt-employee.json")).status(),
                "v2 knows summary, standard and full only");
        assertFalse(result.validate("{\"contract\":\"wielwijzer/result/v2\"}", InputFormat.JSON).isEmpty());
    }

    /** A response object, following a $ref into components. */
    private JsonNode resolve(JsonNode node) {
        if (node.has("$ref")) {
            return doc.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    private static String escape(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }

    /**
     * A validator for a schema from the description: a reference to /schema/... is fetched from the server,
     * one into #/components is resolved inside the description, as a client would.
     */
    private Schema schema(JsonNode schema) {
        ObjectNode root = schema.deepCopy();
        inlineServerRefs(root);
        // The description's component schemas go under $defs, where JSON Schema expects them; left under
        // "components" the validator would warn about an unknown keyword on every run.
        ObjectNode defs = root.has("$defs") ? (ObjectNode) root.get("$defs") : root.putObject("$defs");
        doc.path("components").path("schemas").fields().forEachRemaining(c -> defs.set(c.getKey(), c.getValue().deepCopy()));
        pointComponentRefsAtDefs(root);
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        return registry.getSchema(root.toString(), InputFormat.JSON);
    }

    /** Rewrites "#/components/schemas/x" references to "#/$defs/x". */
    private static void pointComponentRefsAtDefs(JsonNode node) {
        if (node instanceof ObjectNode object) {
            String ref = object.path("$ref").asText("");
            if (ref.startsWith("#/components/schemas/")) {
                object.put("$ref", "#/$defs/" + ref.substring("#/components/schemas/".length()));
            }
        }
        node.forEach(OpenApiTest::pointComponentRefsAtDefs);
    }

    /** Replaces {"$ref": "/schema/x"} with the schema the server serves at /schema/x. */
    private void inlineServerRefs(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            List<Map.Entry<String, JsonNode>> replace = new ArrayList<>();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                JsonNode ref = f.getValue().path("$ref");
                if (ref.isTextual() && ref.asText().startsWith("/schema/")) {
                    replace.add(Map.entry(f.getKey(), fetched(ref.asText())));
                } else {
                    inlineServerRefs(f.getValue());
                }
            }
            replace.forEach(e -> object.set(e.getKey(), e.getValue()));
            if (object.path("$ref").asText("").startsWith("/schema/")) {
                JsonNode fetched = fetched(object.get("$ref").asText());
                object.remove("$ref");
                object.put("$ref", "#/$defs/served");
                object.putObject("$defs").set("served", fetched);
            }
        } else if (node != null && node.isArray()) {
            node.forEach(this::inlineServerRefs);
        }
    }

    private JsonNode fetched(String path) {
        Http.Reply reply = http.get(path);
        assertEquals(200, reply.status(), path);
        ObjectNode schema = (ObjectNode) reply.json();
        assertNotNull(schema.get("$schema"));
        return schema;
    }
}
