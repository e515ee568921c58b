package nl.wielwijzer.server;

import static nl.wielwijzer.server.ApiTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.wielwijzer.Bundled;
import nl.wielwijzer.problem.InvalidKnowledgeException;
import nl.wielwijzer.problem.Problem;
import org.junit.jupiter.api.Test;

/**
 * The limits that keep the server standing: time budget, bounded workers, CORS, graceful shutdown, readiness
 * and logs without profile data. Slowness is made deterministic with the server's test hook, which runs
 * inside each call on the worker thread; everything else is the real server on the real knowledge.
 */
class LimitsTest {

    private static final String PROFILE = Bundled.file("examples/vvt-employee.json");

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS), "timed out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void aCallOverTheTimeBudgetGets503InsteadOfHanging() {
        ServerConfig config = Servers.config().withTimeBudget(Duration.ofMillis(100));
        try (WielwijzerServer server = Servers.ready(WielwijzerServer.start(config, Bundled::recommender, () -> {
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }))) {
            long started = System.nanoTime();
            Http.Reply reply = new Http(server.port()).postJson("/v1/recommendations", PROFILE);
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertProblem(reply, 503, "time-budget-exceeded");
            assertEquals("1", reply.header("Retry-After"));
            assertTrue(millis < 900, "the answer came after " + millis + " ms, not after the budget of 100 ms");
        }
    }

    @Test
    void aFullWorkerPoolAnswers503AtOnceAndTheCallInFlightStillFinishes() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ServerConfig config = Servers.config().withWorkers(1, 0);
        try (WielwijzerServer server = Servers.ready(WielwijzerServer.start(config, Bundled::recommender, () -> {
            entered.countDown();
            await(release);
        }))) {
            Http http = new Http(server.port());
            CompletableFuture<Http.Reply> first = CompletableFuture.supplyAsync(() -> http.postJson("/v1/recommendations", PROFILE));
            await(entered);
            Http.Reply second = http.postJson("/v1/recommendations", PROFILE);
            assertProblem(second, 503, "busy");
            assertEquals("1", second.header("Retry-After"));
            release.countDown();
            assertEquals(200, first.get(30, TimeUnit.SECONDS).status());
            // The worker goes back to the pool a moment after its answer is written, so a client that asks again at
            // once may still hear "busy" (with Retry-After): ask again as such a client would, for at most 5 s.
            Http.Reply again = http.postJson("/v1/recommendations", PROFILE);
            for (int i = 0; i < 50 && again.status() == 503; i++) {
                Thread.sleep(100);
                again = http.postJson("/v1/recommendations", PROFILE);
            }
            assertEquals(200, again.status(), "free again");
        }
    }

    @Test
    void stoppingFinishesTheCallsInFlightAndRefusesNewOnes() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        WielwijzerServer server = Servers.ready(WielwijzerServer.start(Servers.config(), Bundled::recommender, () -> {
            entered.countDown();
            await(release);
        }));
        Http http = new Http(server.port());
        CompletableFuture<Http.Reply> inFlight = CompletableFuture.supplyAsync(() -> http.postJson("/v1/recommendations", PROFILE));
        await(entered);
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close);
        Thread.sleep(300);
        assertFalse(stopping.isDone(), "close waits for the call in flight");
        Http.Reply refused = http.postJson("/v1/profiles/validate", PROFILE);
        assertProblem(refused, 503, "stopping");
        assertEquals(503, http.get("/health").status());
        assertEquals("stopping", http.get("/health").json().get("status").asText());
        release.countDown();
        Http.Reply finished = inFlight.get(30, TimeUnit.SECONDS);
        assertEquals(200, finished.status(), finished.body());
        assertTrue(finished.json().has("interventionFunctions"));
        stopping.get(30, TimeUnit.SECONDS);
        assertEquals(0, server.inFlight());
    }

    @Test
    void untilTheKnowledgeIsBuiltHealthSaysStartingAndTheApiSaysNotReady() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (WielwijzerServer server = WielwijzerServer.start(Servers.config(), () -> {
            await(release);
            return Bundled.recommender();
        }, () -> { })) {
            Http http = new Http(server.port());
            Http.Reply health = http.get("/health");
            assertEquals(503, health.status());
            assertEquals("starting", health.json().get("status").asText());
            assertNull(health.header(WielwijzerServer.VERSION_HEADER), "no version before there is knowledge");
            assertProblem(http.postJson("/v1/recommendations", PROFILE), 503, "not-ready");
            assertProblem(http.get("/v1/catalog"), 503, "not-ready");
            assertEquals(200, http.get("/").status(), "the page itself is there at once");
            release.countDown();
            server.ready().get(60, TimeUnit.SECONDS);
            assertEquals(200, http.get("/health").status());
            assertEquals(200, http.postJson("/v1/recommendations", PROFILE).status());
        }
    }

    @Test
    void whenTheFirstBuildFailsHealthSaysSoAndNamesTheProblem() {
        try (WielwijzerServer server = WielwijzerServer.start(Servers.config(), () -> {
            throw new InvalidKnowledgeException(List.of(new Problem("rules/x.drl", 3, 1, null, "cannot compile", null)));
        }, () -> { })) {
            assertTrue(server.ready().handle((ok, e) -> e instanceof InvalidKnowledgeException).join());
            Http.Reply health = new Http(server.port()).get("/health");
            assertEquals(503, health.status());
            assertEquals("failed", health.json().get("status").asText());
            assertTrue(health.json().at("/lastLoad/problems/0").asText().contains("rules/x.drl:3:1"));
        }
    }

    @Test
    void corsAnswersOnlyTheOriginsInTheAllowList() {
        String allowed = "https://www.aovvt.example";
        try (WielwijzerServer server = Servers.bundled(Servers.config().withCorsOrigins(List.of(allowed)))) {
            Http http = new Http(server.port());
            Http.Reply preflight = http.send("OPTIONS", "/v1/recommendations", null, "Origin", allowed,
                    "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type");
            assertEquals(204, preflight.status());
            assertEquals(allowed, preflight.header("Access-Control-Allow-Origin"));
            assertTrue(preflight.header("Access-Control-Allow-Methods").contains("POST"));
            Http.Reply call = http.post("/v1/recommendations", PROFILE, "Content-Type", "application/json", "Origin", allowed);
            assertEquals(allowed, call.header("Access-Control-Allow-Origin"));
            assertTrue(call.header("Access-Control-Expose-Headers").contains(WielwijzerServer.VERSION_HEADER));

            String other = "https://evil.example";
            assertProblem(http.send("OPTIONS", "/v1/recommendations", null, "Origin", other,
                    "Access-Control-Request-Method", "POST"), 403, "origin-not-allowed");
            assertNull(http.post("/v1/recommendations", PROFILE, "Content-Type", "application/json", "Origin", other)
                    .header("Access-Control-Allow-Origin"));
        }
        try (WielwijzerServer server = Servers.bundled(Servers.config())) {
            Http http = new Http(server.port());
            assertProblem(http.send("OPTIONS", "/v1/recommendations", null, "Origin", allowed,
                    "Access-Control-Request-Method", "POST"), 403, "origin-not-allowed");
            assertNull(http.post("/v1/recommendations", PROFILE, "Content-Type", "application/json", "Origin", allowed)
                    .header("Access-Control-Allow-Origin"), "no origin is allowed by default");
        }
    }

    @Test
    void theLogsCarryNoProfileDataUnlessAskedTo() {
        String secret = "{\"id\":\"geheim-7f3a\",\"subject\":\"employee\",\"sector\":\"vvt\",\"employee\":{\"age\":61}}";
        String wrong = "{\"id\":\"geheim-7f3a\",\"subject\":\"emploee\",\"sector\":\"vvt\"}";
        String quiet = captureErr(() -> {
            try (WielwijzerServer server = Servers.bundled(Servers.config())) {
                Http http = new Http(server.port());
                assertEquals(200, http.postJson("/v1/recommendations?lang=nl", secret).status());
                assertEquals(400, http.postJson("/v1/recommendations", wrong).status());
            }
        });
        assertTrue(quiet.contains("POST /v1/recommendations 200"), "the access log is there: " + quiet);
        assertTrue(quiet.contains("POST /v1/recommendations 400"), quiet);
        assertFalse(quiet.contains("geheim-7f3a"), "no profile data in the log: " + quiet);
        assertFalse(quiet.contains("emploee"), quiet);

        String asked = captureErr(() -> {
            try (WielwijzerServer server = Servers.bundled(Servers.config().withLogProfiles(true))) {
                assertEquals(200, new Http(server.port()).postJson("/v1/recommendations", secret).status());
            }
        });
        assertTrue(asked.contains("geheim-7f3a"), "with logProfiles the profile is logged: " + asked);
    }

    private static String captureErr(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
