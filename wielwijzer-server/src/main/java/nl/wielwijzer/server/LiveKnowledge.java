package nl.wielwijzer.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.internal.io.SourceFile;
import nl.wielwijzer.internal.io.SourceFiles;
import nl.wielwijzer.problem.InvalidKnowledgeException;
import nl.wielwijzer.problem.InvalidProfileException;
import nl.wielwijzer.problem.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge set the server answers from, swapped whole: a load or reload that has problems leaves the
 * last good set serving. Each set has a version, the first 12 hex digits of a SHA-256 over the names and
 * contents of the rule, vocabulary and catalogue files it was built from, so the same files give the same
 * version on every machine.
 */
final class LiveKnowledge implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveKnowledge.class);
    /** Editors save in bursts (temporary file, rename): wait until the directory is quiet before reloading. */
    private static final long QUIET_MILLIS = 300;

    /** A loaded set: the recommender that serves it, its version and when it was loaded. */
    record Active(Recommender recommender, String version, Instant loadedAt) {
    }

    /** The outcome of the last load or reload: ok, or the problems that kept the new set out. */
    record Attempt(Instant at, boolean ok, String version, List<Problem> problems) {
    }

    /** Builds a recommender; the server's builds it from the configured directories. */
    interface Loader {
        Recommender load() throws InvalidKnowledgeException;
    }

    private final Optional<Path> rulesDir;
    private final Optional<Path> catalogDir;
    private final Loader loader;
    private final Clock clock;
    private final AtomicReference<Active> active = new AtomicReference<>();
    private final AtomicReference<Attempt> lastAttempt = new AtomicReference<>();
    private volatile WatchService watcher;
    private volatile Thread watchThread;

    LiveKnowledge(Optional<Path> rulesDir, Optional<Path> catalogDir, Loader loader, Clock clock) {
        this.rulesDir = rulesDir;
        this.catalogDir = catalogDir;
        this.loader = loader;
        this.clock = clock;
    }

    /** The set serving now, or empty before the first load succeeded. */
    Optional<Active> active() {
        return Optional.ofNullable(active.get());
    }

    Optional<Attempt> lastAttempt() {
        return Optional.ofNullable(lastAttempt.get());
    }

    /**
     * Loads the knowledge and, when it loads cleanly, makes it the set that serves. One load at a time.
     *
     * @throws InvalidKnowledgeException with the problems; the set serving before keeps serving
     */
    synchronized Active load() throws InvalidKnowledgeException {
        try {
            // The files may change while they are compiled: the version must describe the files that were read.
            for (int attempt = 0; ; attempt++) {
                String before = version();
                Recommender recommender = loader.load();
                warmUp(recommender);
                String after = version();
                if (before.equals(after) || attempt == 2) {
                    Active loaded = new Active(recommender, after, clock.instant());
                    active.set(loaded);
                    lastAttempt.set(new Attempt(loaded.loadedAt(), true, after, List.of()));
                    return loaded;
                }
            }
        } catch (InvalidKnowledgeException e) {
            lastAttempt.set(new Attempt(clock.instant(), false, safeVersion(), e.problems()));
            throw e;
        }
    }

    /**
     * The first calls on a new knowledge base are many times slower than the rest (Drools compiles rule
     * conditions lazily, the JIT is cold): make them here, before the set serves, so no caller's time budget
     * pays for them.
     */
    private static void warmUp(Recommender recommender) {
        for (String profile : WARM_UP) {
            try {
                recommender.recommend(profile);
            } catch (InvalidProfileException | RuntimeException e) {
                LOG.debug("warm-up call failed: {}", e.toString());
            }
        }
    }

    private static final List<String> WARM_UP = List.of(
            "{\"id\":\"warm-up\",\"subject\":\"employee\",\"sector\":\"vvt\",\"comB\":{\"physicalCapability\":2,"
                    + "\"reflectiveMotivation\":2},\"employee\":{\"age\":58,\"workAbility\":\"moderate\"}}",
            "{\"id\":\"warm-up\",\"subject\":\"employer\",\"sector\":\"gemeente\",\"comB\":{\"socialOpportunity\":2},"
                    + "\"organisation\":{\"size\":\"large\",\"urgency\":2}}");

    /** Watches the rule and catalogue directories and reloads after each burst of changes, on a daemon thread. */
    synchronized void watch() throws IOException {
        List<Path> dirs = new ArrayList<>();
        rulesDir.ifPresent(dirs::add);
        catalogDir.ifPresent(dirs::add);
        WatchService service = FileSystems.getDefault().newWatchService();
        for (Path dir : dirs) {
            dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        }
        watcher = service;
        Thread thread = new Thread(() -> watchLoop(service), "wielwijzer-watch");
        thread.setDaemon(true);
        watchThread = thread;
        thread.start();
        LOG.info("watching {} for changes", dirs);
    }

    private void watchLoop(WatchService service) {
        try {
            while (true) {
                drain(service.take());
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                try {
                    Active loaded = load();
                    LOG.info("reloaded: now serving knowledge {}", loaded.version());
                } catch (InvalidKnowledgeException e) {
                    LOG.warn("the changed rules or catalogue cannot be loaded ({} problems); knowledge {} keeps serving:\n{}",
                            e.problems().size(), active().map(Active::version).orElse("(none)"), describe(e.problems()));
                } catch (RuntimeException e) {
                    LOG.error("reloading failed unexpectedly; the last good knowledge keeps serving: {}", e.toString());
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String describe(List<Problem> problems) {
        StringBuilder out = new StringBuilder();
        for (Problem p : problems) {
            out.append("  ").append(p).append('\n');
        }
        return out.toString();
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    private String safeVersion() {
        try {
            return version();
        } catch (RuntimeException e) {
            return "unknown";
        }
    }

    /** The version of the files as they are now. */
    String version() {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        List<SourceFile> files = new ArrayList<>();
        files.addAll(files(rulesDir, "META-INF/wielwijzer/rules", ".drl", "rules"));
        files.addAll(files(rulesDir, "META-INF/wielwijzer/rules", ".yaml", "rules"));
        files.addAll(files(rulesDir, "META-INF/wielwijzer/rules", ".drt", "rules"));
        files.addAll(files(catalogDir, "META-INF/wielwijzer/catalog", ".yaml", "catalog"));
        for (SourceFile file : files) {
            sha.update(file.name().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(file.text().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    }

    private static List<SourceFile> files(Optional<Path> dir, String resource, String extension, String display) {
        if (dir.isEmpty()) {
            return SourceFiles.bundled(resource, extension, display);
        }
        try {
            return SourceFiles.directory(dir.get(), extension, display);
        } catch (IOException e) {
            return List.of(); // the load reports a missing or unreadable directory as a problem
        }
    }

    @Override
    public void close() {
        WatchService service = watcher;
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                LOG.debug("closing the watcher: {}", e.toString());
            }
        }
        Thread thread = watchThread;
        if (thread != null) {
            thread.interrupt();
        }
    }
}
