package nl.wielwijzer.bench;

import java.util.concurrent.TimeUnit;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.problem.InvalidKnowledgeException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The one-off cost of loading the rules and catalogue (paid at start-up and on reload): the bundled set (from its
 * build-time compilation when the knowledge module's classes are on the class path, as the benchmarks profile
 * puts them, else compiled) against the same files as folders, compiled from DRL and checked in full.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class BuildBenchmark {

    @Benchmark
    public Recommender buildBundled() throws InvalidKnowledgeException {
        return Recommender.builder().build();
    }

    @Benchmark
    public Recommender buildFromFolders() throws InvalidKnowledgeException {
        return Recommender.builder().rules(java.nio.file.Path.of("rules")).catalog(java.nio.file.Path.of("catalog")).build();
    }
}
