package nl.wielwijzer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import nl.wielwijzer.problem.InvalidKnowledgeException;
import nl.wielwijzer.server.ServerConfig;
import nl.wielwijzer.server.WielwijzerServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", description = {
    "Serves the HTTP API (/v1/recommendations, /v1/profiles/validate, /v1/catalog, /v1/rules, /health,",
    "/openapi.json) and the self-scan page at /. Builds the knowledge base once at start-up; Ctrl-C stops",
    "gracefully, finishing calls in flight. Configuration: these options, and the environment variables",
    "WIELWIJZER_CORS_ORIGINS (comma-separated origins) and WIELWIJZER_ADMIN_TOKEN (enables POST /admin/reload)."})
final class ServeCommand extends KnowledgeCommand {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--watch", description = "Reload when a file in --rules or --catalog changes; a broken set is refused and the last good set keeps serving.")
    boolean watch;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "An origin (https://example.org) whose pages may call the API from a browser; repeat for more. None by default.")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "65536", description = "Largest request body (default: ${DEFAULT-VALUE}); larger gets 413.")
    int maxBody;

    @Option(names = "--time-budget", paramLabel = "MILLIS", defaultValue = "5000", description = "Time budget of one call (default: ${DEFAULT-VALUE} ms); over it gets 503.")
    long timeBudget;

    @Option(names = "--workers", paramLabel = "N", description = "Threads that run recommendations (default: one per core).")
    Integer workers;

    @Option(names = "--queue", paramLabel = "N", description = "Calls that may wait for a worker before the server answers 503 (default: 16 per worker).")
    Integer queue;

    @Option(names = "--admin-token-file", paramLabel = "FILE", description = "A file holding the admin token (instead of WIELWIJZER_ADMIN_TOKEN).")
    Path adminTokenFile;

    @Option(names = "--log-profiles", description = "Log every posted profile. Off by default: profiles are personal data.")
    boolean logProfiles;

    @Option(names = "--exit-when-ready", hidden = true, description = "Stop as soon as the knowledge base is built (for tests).")
    boolean exitWhenReady;

    @Override
    int execute() throws KnowledgeOptions.Exit {
        PrintWriter out = out();
        PrintWriter err = err();
        // The server's start-up, reload and access lines are worth seeing; the rest of the stack stays quiet.
        if (System.getProperty("org.slf4j.simpleLogger.log.nl.wielwijzer.server") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.nl.wielwijzer.server", "info");
        }
        ServerConfig config;
        try {
            config = config();
        } catch (IllegalArgumentException | IOException e) {
            err.println("wielwijzer: " + e.getMessage());
            return Main.INVALID_INPUT;
        }
        WielwijzerServer server;
        try {
            server = WielwijzerServer.start(config);
        } catch (IllegalStateException e) {
            err.println("wielwijzer: " + e.getMessage());
            return Main.INVALID_INPUT;
        }
        String url = "http://" + (config.host().contains(":") ? "[" + config.host() + "]" : config.host()) + ":" + server.port();
        out.println("listening on " + url + "; building the knowledge base...");
        out.flush();
        try {
            server.ready().get();
        } catch (ExecutionException e) {
            server.close();
            if (e.getCause() instanceof InvalidKnowledgeException k) {
                KnowledgeOptions.report(err, "the rules or the catalogue cannot be loaded", k.problems());
                return Main.INVALID_KNOWLEDGE;
            }
            err.println("wielwijzer: the knowledge base could not be built: " + e.getCause());
            return Main.INTERNAL;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
            return Main.OK;
        }
        out.println("ready: knowledge " + server.knowledgeVersion().orElse("?") + "; self-scan at " + url + "/, API at "
                + url + "/v1, description at " + url + "/openapi.json" + (config.watch() ? "; watching for changes" : ""));
        out.println("Ctrl-C stops the server.");
        out.flush();
        if (exitWhenReady) {
            server.close();
            return Main.OK;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "wielwijzer-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Main.OK;
    }

    private ServerConfig config() throws IOException {
        List<String> origins = new ArrayList<>(corsOrigins);
        String fromEnv = System.getenv("WIELWIJZER_CORS_ORIGINS");
        if (fromEnv != null && !fromEnv.isBlank()) {
            Arrays.stream(fromEnv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(origins::add);
        }
        Optional<String> token = Optional.ofNullable(System.getenv("WIELWIJZER_ADMIN_TOKEN"));
        if (adminTokenFile != null) {
            token = Optional.of(Files.readString(adminTokenFile, StandardCharsets.UTF_8).strip());
        }
        ServerConfig config = ServerConfig.defaults().withHost(host).withPort(port).withMaxBodyBytes(maxBody)
                .withTimeBudget(Duration.ofMillis(timeBudget)).withCorsOrigins(origins)
                .withKnowledge(Optional.ofNullable(knowledge.rules), Optional.ofNullable(knowledge.catalog),
                        knowledge.maxInstruments, watch)
                .withAdminToken(token).withLogProfiles(logProfiles);
        if (workers != null || queue != null) {
            int w = workers != null ? workers : config.workers();
            config = config.withWorkers(w, queue != null ? queue : 16 * w);
        }
        return config;
    }
}
