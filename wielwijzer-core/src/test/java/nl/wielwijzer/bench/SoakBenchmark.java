package nl.wielwijzer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.problem.InvalidKnowledgeException;
import nl.wielwijzer.problem.InvalidProfileException;
import nl.wielwijzer.result.Recommendation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * A soak: calls from two threads on one recommender while a third thread edits a rule file and reloads, over
 * and over, and every fifth reload is a broken edit that must be refused while the last good set keeps
 * serving. After each iteration it prints the heap in use after a full GC, the number of calls, reloads and
 * refused reloads, and any call that failed: the heap must stay flat and no call may fail.
 *
 * <pre>
 * mvn -B -Pbenchmarks -pl wielwijzer-core -am test-compile exec:exec \
 *     -Djmh.args="SoakBenchmark -f 1 -wi 1 -i 10 -w 10s -r 60s -jvmArgs -Xmx256m"
 * # the long soak (a million calls), reloads paced a second apart:
 * mvn -B -Pbenchmarks -pl wielwijzer-core test-compile exec:exec \
 *     -Djmh.args="SoakBenchmark -p reloadPauseMillis=1000 -f 1 -wi 1 -i 120 -w 10s -r 60s -jvmArgs -Xmx256m"
 * </pre>
 *
 * docs/reliability.md records the runs made.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SoakBenchmark {

    private Recommender recommender;
    private String employeeJson;
    private Path dir;
    private Thread reloader;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong reloads = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong goodRefused = new AtomicLong();
    private int iteration;

    /**
     * Milliseconds the reloader waits after each reload. 0 (the default) reloads without pause, the harshest
     * race; a long soak paces the reloads (e.g. 1000) so that the calls, not the compiling, fill the machine.
     */
    @Param("0")
    public long reloadPauseMillis;

    @Setup
    public void setUp() throws IOException, InvalidKnowledgeException {
        dir = Files.createTempDirectory("wielwijzer-soak");
        Path rules = Files.createDirectories(dir.resolve("rules"));
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, rules.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        recommender = Recommender.builder().rules(rules).build();
        employeeJson = Files.readString(Path.of("examples/vvt-employee.json"), StandardCharsets.UTF_8);
        Path matrix = rules.resolve("bcw-matrix.drt");
        String text = Files.readString(matrix);
        // the matrix cell's consequence, whatever its weight: the soak adds to it, or cuts it off (a broken edit)
        Matcher cell = Pattern
                .compile("advice\\.favour\\(@\\{FUNCTION\\}, ([^;]*)\\);").matcher(text);
        if (!cell.find()) {
            // an edit that changes nothing would soak a reload of the same rules and prove nothing
            throw new IllegalStateException(matrix + " no longer holds the consequence this soak edits");
        }
        String consequence = cell.group();
        String points = cell.group(1);
        reloader = new Thread(() -> {
            for (int i = 1; !stop.get(); i++) {
                try {
                    String edit = i % 5 == 0
                            ? text.replace(consequence, "advice.favour(@{FUNCTION}, ")
                            : text.replace(consequence, "advice.favour(@{FUNCTION}, " + points + " + " + (i % 3) + ");");
                    Files.writeString(matrix, edit);
                    recommender.reload();
                    reloads.incrementAndGet();
                    pause();
                } catch (InvalidKnowledgeException e) {
                    refused.incrementAndGet();
                    pause();
                    if (i % 5 != 0) {
                        goodRefused.incrementAndGet();
                        System.out.println("[soak] a good edit was refused: " + e.problems().get(0));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }, "soak-reloader");
        reloader.setDaemon(true);
        reloader.start();
    }

    private void pause() {
        if (reloadPauseMillis > 0) {
            try {
                Thread.sleep(reloadPauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop.set(true);
            }
        }
    }

    @Benchmark
    @Threads(2)
    public Recommendation callDuringReloads() {
        try {
            Recommendation r = recommender.recommend(employeeJson);
            calls.incrementAndGet();
            return r;
        } catch (InvalidProfileException | RuntimeException e) {
            failures.incrementAndGet();
            return null;
        }
    }

    @TearDown(Level.Iteration)
    public void heap() {
        System.gc();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long usedMb = memory.getHeapMemoryUsage().getUsed() / (1024 * 1024);
        System.out.printf("%n[soak] iteration %d: heap after GC %d MB; calls %d, failed %d; reloads %d, refused %d (good "
                + "edits among them %d)%n", ++iteration, usedMb, calls.get(), failures.get(), reloads.get(), refused.get(),
                goodRefused.get());
    }

    @TearDown
    public void tearDown() throws IOException, InterruptedException {
        stop.set(true);
        reloader.join(60_000);
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
