package nl.wielwijzer.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link WielwijzerServer} runs: where it listens, its limits, which origins may call it from a browser,
 * which knowledge it serves and whether it watches it. Immutable; start from {@link #defaults()}.
 *
 * @param host             the address to listen on; {@code 127.0.0.1} by default (put a reverse proxy in front
 *                         to serve the world)
 * @param port             the port; 0 picks a free one
 * @param maxBodyBytes     the largest request body accepted; a larger one gets 413
 * @param timeBudget       how long one recommendation may take before the caller gets 503
 * @param workers          threads that run recommendations (each call runs in one)
 * @param queue            calls that may wait for a worker; beyond that a call gets 503 at once (back-pressure)
 * @param corsOrigins      origins (scheme://host[:port]) a browser may call the API from; none by default
 * @param rulesDir         a rules directory instead of the bundled rules
 * @param catalogDir       a catalogue directory instead of the bundled catalogue
 * @param maxInstruments   how many instruments a result lists at most
 * @param watch            reload when a file in rulesDir or catalogDir changes
 * @param adminToken       the bearer token for {@code POST /admin/reload}; empty disables the route
 * @param logProfiles      log every posted profile (off by default: profiles are personal data)
 * @param shutdownGrace    how long stopping waits for calls in flight
 */
public record ServerConfig(String host, int port, int maxBodyBytes, Duration timeBudget, int workers, int queue,
                           List<String> corsOrigins, Optional<Path> rulesDir, Optional<Path> catalogDir,
                           int maxInstruments, boolean watch, Optional<String> adminToken, boolean logProfiles,
                           Duration shutdownGrace) {

    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(5);

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535, not " + port);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be 1 or more");
        }
        if (timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("the time budget must be positive");
        }
        if (workers < 1 || queue < 0) {
            throw new IllegalArgumentException("workers must be 1 or more and queue 0 or more");
        }
        corsOrigins = List.copyOf(corsOrigins);
        for (String origin : corsOrigins) {
            if (!origin.matches("https?://[^/\\s]+")) {
                throw new IllegalArgumentException("a CORS origin is scheme://host[:port] without a path, not '" + origin + "'");
            }
        }
        if (watch && rulesDir.isEmpty() && catalogDir.isEmpty()) {
            throw new IllegalArgumentException("watching needs a rules or catalogue directory");
        }
        adminToken = adminToken.filter(t -> !t.isBlank());
    }

    /** 127.0.0.1:8080, 64 KB bodies, 5 s per call, one worker per core, no CORS, bundled knowledge. */
    public static ServerConfig defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ServerConfig("127.0.0.1", DEFAULT_PORT, DEFAULT_MAX_BODY_BYTES, DEFAULT_TIME_BUDGET, cores,
                16 * cores, List.of(), Optional.empty(), Optional.empty(), 10, false, Optional.empty(), false,
                Duration.ofSeconds(10));
    }

    public ServerConfig withHost(String value) {
        return new ServerConfig(value, port, maxBodyBytes, timeBudget, workers, queue, corsOrigins, rulesDir,
                catalogDir, maxInstruments, watch, adminToken, logProfiles, shutdownGrace);
    }

    public ServerConfig withPort(int value) {
        return new ServerConfig(host, value, maxBodyBytes, timeBudget, workers, queue, corsOrigins, rulesDir,
                catalogDir, maxInstruments, watch, adminToken, logProfiles, shutdownGrace);
    }

    public ServerConfig withMaxBodyBytes(int value) {
        return new ServerConfig(host, port, value, timeBudget, workers, queue, corsOrigins, rulesDir, catalogDir,
                maxInstruments, watch, adminToken, logProfiles, shutdownGrace);
    }

    public ServerConfig withTimeBudget(Duration value) {
        return new ServerConfig(host, port, maxBodyBytes, value, workers, queue, corsOrigins, rulesDir, catalogDir,
                maxInstruments, watch, adminToken, logProfiles, shutdownGrace);
    }

    public ServerConfig withWorkers(int workerCount, int queueLength) {
        return new ServerConfig(host, port, maxBodyBytes, timeBudget, workerCount, queueLength, corsOrigins, rulesDir,
                catalogDir, maxInstruments, watch, adminToken, logProfiles, shutdownGrace);
    }

    public ServerConfig withCorsOrigins(List<String> value) {
        return new ServerConfig(host, port, maxBodyBytes, timeBudget, workers, queue, value, rulesDir, catalogDir,
                maxInstruments, watch, adminToken, logProfiles, shutdownGrace);
    }

    public ServerConfig withKnowledge(Optional<Path> rules, Optional<Path> catalog, int max, boolean watchDirs) {
        return new ServerConfig(host, port, maxBodyBytes, timeBudget, workers, queue, corsOrigins, rules, catalog,
                max, watchDirs, adminToken, logProfiles, shutdownGrace);
    }

    public ServerConfig withAdminToken(Optional<String> value) {
        return new ServerConfig(host, port, maxBodyBytes, timeBudget, workers, queue, corsOrigins, rulesDir,
                catalogDir, maxInstruments, watch, value, logProfiles, shutdownGrace);
    }

    public ServerConfig withLogProfiles(boolean value) {
        return new ServerConfig(host, port, maxBodyBytes, timeBudget, workers, queue, corsOrigins, rulesDir,
                catalogDir, maxInstruments, watch, adminToken, value, shutdownGrace);
    }

    public ServerConfig withShutdownGrace(Duration value) {
        return new ServerConfig(host, port, maxBodyBytes, timeBudget, workers, queue, corsOrigins, rulesDir,
                catalogDir, maxInstruments, watch, adminToken, logProfiles, value);
    }

    /** Hides the admin token, so a config can be logged. */
    @Override
    public String toString() {
        return "ServerConfig[host=" + host + ", port=" + port + ", maxBodyBytes=" + maxBodyBytes + ", timeBudget="
                + timeBudget + ", workers=" + workers + ", queue=" + queue + ", corsOrigins=" + corsOrigins
                + ", rulesDir=" + rulesDir.map(Path::toString).orElse("bundled") + ", catalogDir="
                + catalogDir.map(Path::toString).orElse("bundled") + ", maxInstruments=" + maxInstruments
                + ", watch=" + watch + ", admin=" + (adminToken.isPresent() ? "on" : "off") + ", logProfiles="
                + logProfiles + "]";
    }
}
