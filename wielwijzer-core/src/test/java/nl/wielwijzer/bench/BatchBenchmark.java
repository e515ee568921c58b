package nl.wielwijzer.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.problem.InvalidKnowledgeException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Batch throughput: {@link Recommender#recommendLines} over generated profiles ({@link ProfileGenerator}, seed 1,
 * both subjects and all sectors), JSON Lines in, one compact result line per profile out, in order. The score is
 * profiles per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BatchBenchmark {

    static final int PROFILES = 1_000;

    @Param({"1", "2"})
    public int threads;

    private Recommender recommender;
    private List<String> profiles;

    @Setup
    public void setUp() throws InvalidKnowledgeException {
        recommender = Recommender.builder().build();
        profiles = new ProfileGenerator(recommender, 1).profiles(PROFILES).toList();
    }

    @Benchmark
    @OperationsPerInvocation(PROFILES)
    public long recommendLines() {
        long bytes = 0;
        try (Stream<String> lines = recommender.recommendLines(profiles.stream(), threads)) {
            for (String line : (Iterable<String>) lines::iterator) {
                bytes += line.length();
            }
        }
        return bytes;
    }
}
