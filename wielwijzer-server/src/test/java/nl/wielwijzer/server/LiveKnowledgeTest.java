package nl.wielwijzer.server;

import static nl.wielwijzer.server.ApiTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import nl.wielwijzer.Bundled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live knowledge: a server watching a copy of the bundled rules and catalogue swaps in an edit that loads
 * cleanly, refuses a broken one while the last good set keeps serving, and reports the version that answers
 * in /health and in every response. The admin reload does the same on request, behind its token.
 */
class LiveKnowledgeTest {

    private static final String PROFILE = Bundled.file("examples/vvt-employee.json");
    private static final String TOKEN = "test-token-5d1c";

    private static void copyTopLevel(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    private static JsonNode waitForHealth(Http http, Predicate<JsonNode> condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        JsonNode health = null;
        while (System.nanoTime() < deadline) {
            health = http.get("/health").json();
            if (condition.test(health)) {
                return health;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("timed out waiting for " + what + "; last /health: " + health);
    }

    @Test
    void aBrokenRuleEditUnderWatchLeavesTheLastGoodSetServingAndAGoodEditIsSwappedIn(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules");
        Path catalog = dir.resolve("catalog");
        copyTopLevel(Path.of("rules"), rules);
        copyTopLevel(Path.of("catalog"), catalog);
        ServerConfig config = Servers.config().withKnowledge(Optional.of(rules), Optional.of(catalog), 10, true)
                .withAdminToken(Optional.of(TOKEN));
        try (WielwijzerServer server = Servers.ready(WielwijzerServer.start(config))) {
            Http http = new Http(server.port());
            String good = server.knowledgeVersion().orElseThrow();
            Http.Reply before = http.postJson("/v1/recommendations", PROFILE);
            assertEquals(200, before.status());
            assertEquals(good, before.header(WielwijzerServer.VERSION_HEADER));

            // A broken edit: the rule file no longer compiles.
            Path file = rules.resolve("seed-002-levers.drl");
            String original = Files.readString(file, StandardCharsets.UTF_8);
            Files.writeString(file, original + "\nrule \"half-written\"\nwhen\n    Gap( component == \nthen\nend\n",
                    StandardCharsets.UTF_8);
            JsonNode refused = waitForHealth(http, h -> !h.at("/lastLoad/ok").asBoolean(true), "the broken set to be refused");
            assertEquals("ready", refused.get("status").asText());
            assertEquals(good, refused.at("/knowledge/version").asText(), "the last good set keeps serving");
            assertTrue(refused.at("/lastLoad/problems/0").asText().contains("seed-002-levers.drl"), refused.toString());
            Http.Reply during = http.postJson("/v1/recommendations", PROFILE);
            assertEquals(200, during.status());
            assertEquals(good, during.header(WielwijzerServer.VERSION_HEADER));
            assertEquals(before.body(), during.body(), "the same set gives the same answer");

            // The admin reload refuses the broken set too, and names the file and line.
            Http.Reply reload = http.post("/admin/reload", "", "Authorization", "Bearer " + TOKEN);
            assertProblem(reload, 422, "invalid-knowledge");
            JsonNode problem = reload.json().at("/errors/0");
            assertTrue(problem.get("file").asText().endsWith("seed-002-levers.drl"), problem.toString());
            assertTrue(problem.get("line").asInt() > 0, problem.toString());
            assertEquals(good, reload.header(WielwijzerServer.VERSION_HEADER));

            // A good edit is swapped in: a new version serves.
            Files.writeString(file, original + "\n// reviewed\n", StandardCharsets.UTF_8);
            JsonNode swapped = waitForHealth(http, h -> h.at("/lastLoad/ok").asBoolean(false)
                    && !h.at("/knowledge/version").asText().equals(good), "the good edit to be swapped in");
            String next = swapped.at("/knowledge/version").asText();
            assertNotEquals(good, next);
            Http.Reply after = http.postJson("/v1/recommendations", PROFILE);
            assertEquals(next, after.header(WielwijzerServer.VERSION_HEADER));
            assertEquals(before.body(), after.body(), "a comment changes the version, not the advice");
        }
    }

    @Test
    void theAdminReloadNeedsItsTokenAndIsOffWithoutOne() {
        try (WielwijzerServer server = Servers.bundled(Servers.config().withAdminToken(Optional.of(TOKEN)))) {
            Http http = new Http(server.port());
            Http.Reply none = http.post("/admin/reload", "");
            assertProblem(none, 401, "unauthorized");
            assertTrue(none.header("WWW-Authenticate").startsWith("Bearer"));
            assertProblem(http.post("/admin/reload", "", "Authorization", "Bearer wrong"), 401, "unauthorized");
            Http.Reply ok = http.post("/admin/reload", "", "Authorization", "Bearer " + TOKEN);
            assertEquals(200, ok.status(), ok.body());
            assertTrue(ok.json().get("reloaded").asBoolean());
            assertEquals(server.knowledgeVersion().orElseThrow(), ok.json().get("version").asText());
        }
        try (WielwijzerServer server = Servers.bundled(Servers.config())) {
            assertProblem(new Http(server.port()).post("/admin/reload", "", "Authorization", "Bearer " + TOKEN),
                    404, "not-found");
        }
    }

    @Test
    void theVersionIsTheSameForTheSameFiles() {
        LiveKnowledge a = new LiveKnowledge(Optional.empty(), Optional.empty(), Bundled::recommender, java.time.Clock.systemUTC());
        LiveKnowledge b = new LiveKnowledge(Optional.of(Path.of("rules")), Optional.of(Path.of("catalog")),
                Bundled::recommender, java.time.Clock.systemUTC());
        assertTrue(a.version().matches("[0-9a-f]{12}"));
        assertEquals(a.version(), b.version(), "the bundled files are the project's rules/ and catalog/");
        assertFalse(a.active().isPresent());
    }

    /** The matrix rules are generated from the wheel's table and its templates: editing either is a new version. */
    @Test
    void theWheelTableAndItsTemplatesArePartOfTheVersion(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        copyTopLevel(Path.of("rules"), rules);
        LiveKnowledge live = new LiveKnowledge(Optional.of(rules), Optional.of(Path.of("catalog")),
                Bundled::recommender, java.time.Clock.systemUTC());
        String original = live.version();
        Files.writeString(rules.resolve("bcw-matrix.drt"), "\n// an edit\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        String template = live.version();
        assertNotEquals(original, template, "an edit of a template");
        Files.writeString(rules.resolve("bcw-wheel.yaml"), "\n# an edit\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        assertNotEquals(template, live.version(), "an edit of the wheel's table");
    }
}
