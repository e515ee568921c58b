package nl.wielwijzer.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.internal.io.Json;
import nl.wielwijzer.internal.io.ResultJsonV1;
import nl.wielwijzer.result.Explain;
import nl.wielwijzer.bcw.Language;
import nl.wielwijzer.internal.knowledge.KnowledgeJson;
import nl.wielwijzer.problem.InvalidKnowledgeException;
import nl.wielwijzer.problem.InvalidProfileException;
import nl.wielwijzer.profile.Profile;
import nl.wielwijzer.result.Recommendation;
import nl.wielwijzer.server.LiveKnowledge.Active;
import nl.wielwijzer.server.ProblemJson.Kind;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wielwijzer over HTTP: the API under {@code /v1}, {@code /health}, {@code /openapi.json} and the self-scan
 * page at {@code /}. It listens at once and builds the knowledge base in the background; {@code /health} says
 * when it is ready. Every error is an {@code application/problem+json} document, never a stack trace.
 *
 * <pre>{@code
 * try (WielwijzerServer server = WielwijzerServer.start(ServerConfig.defaults().withPort(8080))) {
 *     server.ready().join();   // the knowledge base is built
 *     ...
 * }
 * }</pre>
 */
public final class WielwijzerServer implements AutoCloseable {

    /** The response header that names the knowledge version that answered. */
    public static final String VERSION_HEADER = "Wielwijzer-Knowledge-Version";

    private static final Logger LOG = LoggerFactory.getLogger(WielwijzerServer.class);
    private static final Logger ACCESS = LoggerFactory.getLogger("nl.wielwijzer.server.access");
    private static final Logger PROFILES = LoggerFactory.getLogger("nl.wielwijzer.server.profiles");
    private static final String JSON = "application/json";
    private static final String STARTED = "wielwijzer.started";
    private static final List<String> API_PATHS = List.of("/v1/recommendations", "/v2/recommendations", "/v1/profiles/validate",
            "/v1/catalog", "/v1/rules");

    private final ServerConfig config;
    private final LiveKnowledge live;
    private final ThreadPoolExecutor workers;
    private final Runnable beforeWork;
    private final WebAssets assets;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final CompletableFuture<Active> ready = new CompletableFuture<>();
    private volatile boolean stopping;
    private Javalin app;

    private WielwijzerServer(ServerConfig config, LiveKnowledge.Loader loader, Runnable beforeWork) {
        this.config = config;
        this.live = new LiveKnowledge(config.rulesDir(), config.catalogDir(), loader, Clock.systemUTC());
        this.beforeWork = beforeWork;
        this.assets = WebAssets.load();
        AtomicInteger count = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(config.workers(), config.workers(), 60, TimeUnit.SECONDS,
                config.queue() == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(config.queue()),
                r -> {
                    Thread t = new Thread(r, "wielwijzer-worker-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    /**
     * Starts listening and starts building the knowledge base; {@link #ready()} completes when it is built.
     *
     * @throws IllegalStateException when the port cannot be opened
     */
    public static WielwijzerServer start(ServerConfig config) {
        return start(config, () -> {
            Recommender.Builder builder = Recommender.builder().maxInstruments(config.maxInstruments());
            config.rulesDir().ifPresent(builder::rules);
            config.catalogDir().ifPresent(builder::catalog);
            return builder.build();
        }, () -> { });
    }

    /** For tests: a server whose knowledge comes from {@code loader} and that runs {@code beforeWork} in each call. */
    static WielwijzerServer start(ServerConfig config, LiveKnowledge.Loader loader, Runnable beforeWork) {
        WielwijzerServer server = new WielwijzerServer(config, loader, beforeWork);
        server.listen();
        Thread load = new Thread(server::loadFirst, "wielwijzer-load");
        load.setDaemon(true);
        load.start();
        return server;
    }

    /** Completes with the first knowledge set when it is built, or exceptionally with {@link InvalidKnowledgeException}. */
    public CompletableFuture<?> ready() {
        return ready;
    }

    /** The port the server listens on (useful with port 0). */
    public int port() {
        return app.port();
    }

    /** The version of the knowledge serving now, or empty while it is still being built. */
    public Optional<String> knowledgeVersion() {
        return live.active().map(Active::version);
    }

    public ServerConfig config() {
        return config;
    }

    private void loadFirst() {
        try {
            Active active = live.load();
            LOG.info("ready: knowledge {} ({} rules, {} instruments)", active.version(),
                    active.recommender().knowledge().rules().ruleList().size(),
                    active.recommender().knowledge().catalog().size());
            if (config.watch()) {
                live.watch();
            }
            ready.complete(active);
        } catch (InvalidKnowledgeException e) {
            ready.completeExceptionally(e);
        } catch (IOException | RuntimeException e) {
            LOG.error("building the knowledge base failed: {}", e.toString());
            ready.completeExceptionally(e);
        }
    }

    private void listen() {
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.jetty.host = config.host();
            cfg.jetty.port = config.port();
            QueuedThreadPool threads = new QueuedThreadPool(Math.max(16, 4 * config.workers()), 4);
            threads.setName("wielwijzer-http");
            cfg.jetty.threadPool = threads;
            // Stopping waits (up to the grace) for every request Jetty still handles, including the writing of
            // an answer whose computation just finished; Javalin attaches its servlet inside this handler.
            cfg.jetty.modifyServer(server -> {
                server.setStopTimeout(config.shutdownGrace().toMillis());
                server.setHandler(new GracefulHandler());
            });
            cfg.http.maxRequestSize = config.maxBodyBytes();
            cfg.http.prefer405over404 = true;
            cfg.http.generateEtags = false;
            cfg.router.ignoreTrailingSlashes = true;

            cfg.routes.before(this::before);
            cfg.routes.after(this::after);

            cfg.routes.get("/", ctx -> assets.page(ctx, "index.html"));
            cfg.routes.get("/selfscan/{asset}", ctx -> assets.page(ctx, ctx.pathParam("asset")));
            cfg.routes.get("/openapi.json", ctx -> assets.openApi(ctx));
            cfg.routes.get("/schema/{name}", ctx -> assets.schema(ctx, ctx.pathParam("name")));
            cfg.routes.get("/health", this::health);
            cfg.routes.get("/v1/catalog", ctx -> knowledgeListing(ctx,
                    a -> Json.text(KnowledgeJson.catalog(a.recommender().knowledge().catalog()))));
            cfg.routes.get("/v1/rules", ctx -> knowledgeListing(ctx,
                    a -> Json.text(KnowledgeJson.rules(a.recommender().knowledge().rules().ruleList()))));
            cfg.routes.post("/v1/recommendations", this::recommend);
            cfg.routes.post("/v2/recommendations", this::recommendV2);
            cfg.routes.post("/v1/profiles/validate", this::validate);
            cfg.routes.post("/admin/reload", this::reload);
            for (String path : API_PATHS) {
                cfg.routes.options(path, this::preflight);
            }

            cfg.routes.exception(HttpResponseException.class, (e, ctx) -> {
                Kind kind = switch (e.getStatus()) {
                    case 404 -> Kind.NOT_FOUND;
                    case 405 -> Kind.METHOD_NOT_ALLOWED;
                    case 413 -> Kind.BODY_TOO_LARGE;
                    default -> e.getStatus() >= 500 ? Kind.INTERNAL : Kind.INVALID_PARAMETER;
                };
                problem(ctx, ProblemJson.of(kind, kind.title, ctx.path()));
            });
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
                problem(ctx, ProblemJson.of(Kind.INTERNAL, "please report this, with the time of the call", ctx.path()));
            });
            cfg.routes.error(404, ctx -> {
                if (!isProblem(ctx)) {
                    problem(ctx, ProblemJson.of(Kind.NOT_FOUND, "no route " + ctx.path()
                            + "; see /openapi.json for the routes", ctx.path()));
                }
            });
            cfg.routes.error(405, ctx -> {
                if (!isProblem(ctx)) {
                    problem(ctx, ProblemJson.of(Kind.METHOD_NOT_ALLOWED, ctx.method() + " is not allowed on "
                            + ctx.path() + "; see /openapi.json for the routes", ctx.path()));
                }
            });
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            workers.shutdownNow();
            throw new IllegalStateException("cannot listen on " + config.host() + ":" + config.port() + ": "
                    + rootMessage(e), e);
        }
        LOG.info("listening on http://{}:{}", config.host(), app.port());
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    // ------------------------------------------------------------------------------------------ filters

    private void before(Context ctx) {
        ctx.attribute(STARTED, System.nanoTime());
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
        live.active().ifPresent(a -> ctx.header(VERSION_HEADER, a.version()));
        String origin = ctx.header("Origin");
        if (origin != null && config.corsOrigins().contains(origin)) {
            ctx.header("Access-Control-Allow-Origin", origin);
            ctx.header("Access-Control-Expose-Headers", VERSION_HEADER + ", Retry-After");
        }
        if (origin != null) {
            ctx.header("Vary", "Origin");
        }
    }

    private void after(Context ctx) {
        Long started = ctx.attribute(STARTED);
        long millis = started == null ? -1 : (System.nanoTime() - started) / 1_000_000;
        // Method, path, status and time only: never the body or the query, which may carry personal data.
        ACCESS.info("{} {} {} {} ms", ctx.method(), ctx.path(), ctx.status().getCode(), millis);
    }

    private void preflight(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || !config.corsOrigins().contains(origin)) {
            problem(ctx, ProblemJson.of(Kind.ORIGIN_NOT_ALLOWED, origin == null ? "a preflight request needs an Origin"
                    : "the origin " + origin + " is not in the server's CORS allow-list", ctx.path()));
            return;
        }
        ctx.header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        ctx.header("Access-Control-Allow-Headers", "Content-Type");
        ctx.header("Access-Control-Max-Age", "600");
        ctx.status(204);
    }

    // ------------------------------------------------------------------------------------------ routes

    private void health(Context ctx) {
        ObjectNode body = Json.NODES.objectNode();
        Optional<Active> active = live.active();
        if (stopping) {
            body.put("status", "stopping");
            ctx.status(503);
        } else if (active.isEmpty()) {
            boolean failed = ready.isCompletedExceptionally();
            body.put("status", failed ? "failed" : "starting");
            ctx.status(503);
            ctx.header("Retry-After", "2");
        } else {
            body.put("status", "ready");
            ctx.status(200);
        }
        active.ifPresent(a -> {
            ObjectNode k = body.putObject("knowledge");
            k.put("version", a.version());
            k.put("loadedAt", a.loadedAt().toString());
            k.put("rules", a.recommender().knowledge().rules().ruleList().size());
            k.put("instruments", a.recommender().knowledge().catalog().size());
            k.put("rulesOrigin", a.recommender().knowledge().rulesOrigin());
            k.put("catalogOrigin", a.recommender().knowledge().catalogOrigin());
        });
        live.lastAttempt().ifPresent(attempt -> {
            ObjectNode last = body.putObject("lastLoad");
            last.put("at", attempt.at().toString());
            last.put("ok", attempt.ok());
            last.put("version", attempt.version());
            ArrayNode problems = last.putArray("problems");
            attempt.problems().forEach(p -> problems.add(p.toString()));
        });
        ctx.contentType(JSON).result(Json.text(body));
    }

    private void knowledgeListing(Context ctx, Function<Active, String> listing) {
        Optional<Active> active = serving(ctx);
        if (active.isPresent()) {
            ctx.header(VERSION_HEADER, active.get().version());
            ctx.contentType(JSON).result(listing.apply(active.get()));
        }
    }

    private void recommend(Context ctx) {
        ResultView view;
        try {
            view = ResultView.parse(ctx.queryParam("lang"), ctx.queryParam("explain"));
        } catch (ResultView.BadParameter e) {
            problem(ctx, ProblemJson.parameter(e.name, e.getMessage(), ctx.path()));
            return;
        }
        run(ctx, (active, json) -> {
            Recommendation result = active.recommender().recommend(json);
            String body = view.lang().isEmpty() && view.explain().equals(ResultView.FULL)
                    ? Json.text(ResultJsonV1.tree(result))
                    : Json.text(view.apply(ResultJsonV1.tree(result)));
            return Reply.ok(body);
        });
    }

    /** Result v2: {@code explain} is summary, standard (default) or full; {@code lang} keeps one language. */
    private void recommendV2(Context ctx) {
        Explain explain;
        Language lang;
        try {
            explain = ResultView.level(ctx.queryParam("explain"));
            lang = ResultView.parse(ctx.queryParam("lang"), null).lang().map(Language::parse).orElse(null);
        } catch (ResultView.BadParameter e) {
            problem(ctx, ProblemJson.parameter(e.name, e.getMessage(), ctx.path()));
            return;
        }
        run(ctx, (active, json) -> {
            Recommender recommender = active.recommender();
            String body = explain == Explain.FULL
                    ? Recommender.toJson(recommender.trace(recommender.readProfile(null, json)), lang)
                    : Recommender.toJson(recommender.recommend(json), explain, lang);
            return Reply.ok(body);
        });
    }

    private void validate(Context ctx) {
        run(ctx, (active, json) -> {
            Profile profile = active.recommender().readProfile(null, json);
            ObjectNode body = Json.NODES.objectNode();
            body.put("valid", true);
            body.put("profileId", profile.id());
            return Reply.ok(Json.text(body));
        });
    }

    /** What one call computes from a profile, on a worker thread. */
    private interface Work {
        Reply apply(Active active, String json) throws InvalidProfileException;
    }

    /** A response computed off the HTTP thread. */
    private record Reply(int status, String contentType, String body, Map<String, String> headers) {
        static Reply ok(String body) {
            return new Reply(200, JSON, body, Map.of());
        }

        static Reply problem(ObjectNode problem, Map<String, String> headers) {
            return new Reply(problem.get("status").asInt(), ProblemJson.CONTENT_TYPE, Json.text(problem), headers);
        }
    }

    /**
     * Reads the body within the size limit, then runs the work on the bounded worker pool within the time
     * budget. A full pool answers 503 at once; a call over budget answers 503 and its worker finishes alone.
     */
    private void run(Context ctx, Work work) {
        if (stopping) {
            ctx.header("Connection", "close");
            problem(ctx, ProblemJson.of(Kind.STOPPING, "try again in a moment", ctx.path()));
            return;
        }
        Optional<Active> serving = serving(ctx);
        if (serving.isEmpty()) {
            return;
        }
        Active active = serving.get();
        if (!isJson(ctx.header("Content-Type"))) {
            problem(ctx, ProblemJson.of(Kind.UNSUPPORTED_MEDIA_TYPE, "the Content-Type is " + ctx.header("Content-Type")
                    + "; send the profile as JSON with Content-Type: application/json", ctx.path()));
            return;
        }
        String json;
        try {
            json = readBody(ctx);
        } catch (TooLarge e) {
            drain(ctx);
            problem(ctx, ProblemJson.of(Kind.BODY_TOO_LARGE, "the body may have at most " + config.maxBodyBytes()
                    + " bytes", ctx.path()));
            return;
        } catch (IOException e) {
            problem(ctx, ProblemJson.of(Kind.INVALID_PROFILE, "the body could not be read", ctx.path()));
            return;
        }
        if (config.logProfiles()) {
            PROFILES.info("{} {}", ctx.path(), json);
        }
        String instance = ctx.path();
        ctx.header(VERSION_HEADER, active.version());
        CompletableFuture<Reply> future;
        inFlight.incrementAndGet();
        try {
            future = CompletableFuture.supplyAsync(() -> {
                beforeWork.run();
                try {
                    return work.apply(active, json);
                } catch (InvalidProfileException e) {
                    int n = e.problems().size();
                    return Reply.problem(ProblemJson.of(Kind.INVALID_PROFILE, n + (n == 1 ? " problem: " : " problems: ")
                            + String.join("; ", e.problems().stream().map(p -> p.fieldMessage()).toList()),
                            instance, e.problems()), Map.of());
                }
            }, workers);
        } catch (RejectedExecutionException e) {
            inFlight.decrementAndGet();
            ctx.header("Retry-After", "1");
            problem(ctx, ProblemJson.of(Kind.BUSY, "every worker is busy and the queue is full; try again in a moment",
                    instance));
            return;
        }
        long budget = config.timeBudget().toMillis();
        CompletableFuture<Void> written = future.orTimeout(budget, TimeUnit.MILLISECONDS).handle((reply, error) -> {
            try {
                Reply r = reply != null ? reply : failure(error, instance, budget);
                ctx.status(r.status()).contentType(r.contentType()).result(r.body());
                r.headers().forEach(ctx::header);
                return null;
            } finally {
                inFlight.decrementAndGet();
            }
        });
        ctx.future(() -> written);
    }

    private static Reply failure(Throwable error, String instance, long budget) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof TimeoutException) {
            return Reply.problem(ProblemJson.of(Kind.TIME_BUDGET_EXCEEDED, "no answer within the time budget of "
                    + budget + " ms; try again later", instance), Map.of("Retry-After", "1"));
        }
        LOG.error("unexpected error on {}", instance, cause);
        return Reply.problem(ProblemJson.of(Kind.INTERNAL, "please report this, with the time of the call", instance),
                Map.of());
    }

    private void reload(Context ctx) {
        Optional<String> token = config.adminToken();
        if (token.isEmpty()) {
            problem(ctx, ProblemJson.of(Kind.NOT_FOUND, "the admin routes are off; start the server with an admin token",
                    ctx.path()));
            return;
        }
        String auth = Optional.ofNullable(ctx.header("Authorization")).orElse("");
        byte[] given = auth.getBytes(StandardCharsets.UTF_8);
        byte[] expected = ("Bearer " + token.get()).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, expected)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"wielwijzer-admin\"");
            problem(ctx, ProblemJson.of(Kind.UNAUTHORIZED, "send Authorization: Bearer <the admin token>", ctx.path()));
            return;
        }
        try {
            Active active = live.load();
            ctx.header(VERSION_HEADER, active.version());
            ObjectNode body = Json.NODES.objectNode();
            body.put("reloaded", true);
            body.put("version", active.version());
            body.put("loadedAt", active.loadedAt().toString());
            LOG.info("reloaded on request: now serving knowledge {}", active.version());
            ctx.contentType(JSON).result(Json.text(body));
        } catch (InvalidKnowledgeException e) {
            String serving = live.active().map(Active::version).orElse("(none)");
            LOG.warn("a reload was refused ({} problems); knowledge {} keeps serving", e.problems().size(), serving);
            problem(ctx, ProblemJson.of(Kind.INVALID_KNOWLEDGE, e.problems().size() + " problems; knowledge " + serving
                    + " keeps serving", ctx.path(), e.problems()));
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** The knowledge serving now; when there is none yet, answers 503 and returns empty. */
    private Optional<Active> serving(Context ctx) {
        Optional<Active> active = live.active();
        if (active.isEmpty()) {
            ctx.header("Retry-After", "2");
            problem(ctx, ProblemJson.of(Kind.NOT_READY, "try again in a few seconds; GET /health says when it is ready",
                    ctx.path()));
        }
        return active;
    }

    static boolean isJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
    }

    /** Thrown when the body is over the limit. */
    private static final class TooLarge extends Exception {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    private String readBody(Context ctx) throws IOException, TooLarge {
        int max = config.maxBodyBytes();
        String length = ctx.header("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > max) {
                    throw new TooLarge();
                }
            } catch (NumberFormatException e) {
                // let the stream decide
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = ctx.bodyInputStream()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                if (out.size() > max) {
                    throw new TooLarge();
                }
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Reads and drops what is left of an oversized body (up to 1 MB), so the client receives the 413 instead of
     * a connection closed while it is still sending; beyond that Jetty closes the connection.
     */
    private static void drain(Context ctx) {
        byte[] buffer = new byte[8192];
        long left = 1 << 20;
        try (InputStream in = ctx.bodyInputStream()) {
            int n;
            while (left > 0 && (n = in.read(buffer)) > 0) {
                left -= n;
            }
        } catch (IOException e) {
            // the client went away; nothing to answer
        }
    }

    private static boolean isProblem(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith(ProblemJson.CONTENT_TYPE);
    }

    static void problem(Context ctx, ObjectNode problem) {
        ctx.status(problem.get("status").asInt());
        ctx.contentType(ProblemJson.CONTENT_TYPE);
        ctx.result(Json.text(problem));
    }

    // ------------------------------------------------------------------------------------------ stopping

    /**
     * Stops gracefully: new API calls get 503, calls in flight finish (for at most the configured grace),
     * then the listener closes.
     */
    @Override
    public void close() {
        if (stopping) {
            return;
        }
        stopping = true;
        live.close();
        long deadline = System.nanoTime() + config.shutdownGrace().toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        int left = inFlight.get();
        if (left > 0) {
            LOG.warn("stopping with {} calls still in flight after {}", left, config.shutdownGrace());
        }
        app.stop();
        workers.shutdownNow();
        LOG.info("stopped");
    }

    /** For tests: calls in flight now. */
    int inFlight() {
        return inFlight.get();
    }
}
