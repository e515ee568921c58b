package nl.wielwijzer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.bcw.Language;
import nl.wielwijzer.result.Explain;
import nl.wielwijzer.problem.InvalidKnowledgeException;
import nl.wielwijzer.problem.InvalidProfileException;
import nl.wielwijzer.profile.Profile;
import nl.wielwijzer.result.Recommendation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * The cost of one call on a shared recommender, side by side with a hand-coded plain-Java evaluation of the same
 * kind of work ({@link PlainJavaBaseline}): JSON in and JSON out (a website), a Profile in and the result object
 * out (an HR portal in process), from 1, 2 and 4 threads. Run with -prof gc for the allocation per call; see
 * docs/benchmarks.md for the command and the figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RecommendBenchmark {

    private Recommender recommender;
    private String employeeJson;
    private String employerJson;
    private Profile employee;
    private Profile employer;
    private PlainJavaBaseline baseline;

    @Setup
    public void setUp() throws IOException, InvalidKnowledgeException, InvalidProfileException {
        recommender = Recommender.builder().build();
        employeeJson = Files.readString(Path.of("examples/vvt-employee.json"), StandardCharsets.UTF_8);
        employerJson = Files.readString(Path.of("examples/vvt-employer.json"), StandardCharsets.UTF_8);
        employee = recommender.readProfile(null, employeeJson);
        employer = recommender.readProfile(null, employerJson);
        baseline = new PlainJavaBaseline(recommender.knowledge(), Recommender.DEFAULT_MAX_INSTRUMENTS);
    }

    /** JSON in, JSON out: the full path of a sector-fund website call. */
    @Benchmark
    public String employeeJsonToJson() throws InvalidProfileException {
        return Recommender.toJson(recommender.recommend(employeeJson));
    }

    @Benchmark
    public String employerJsonToJson() throws InvalidProfileException {
        return Recommender.toJson(recommender.recommend(employerJson));
    }

    /** JSON in, the summary out (one language): what a website that shows only the advice asks for. */
    @Benchmark
    public String employeeJsonToSummary() throws InvalidProfileException {
        return Recommender.toJson(recommender.recommend(employeeJson), Explain.SUMMARY, Language.NL);
    }

    @Benchmark
    public String employerJsonToSummary() throws InvalidProfileException {
        return Recommender.toJson(recommender.recommend(employerJson), Explain.SUMMARY, Language.NL);
    }

    /** An in-process call with a profile built in Java: the HR-portal path. */
    @Benchmark
    public Recommendation employeeProfile() throws InvalidProfileException {
        return recommender.recommend(employee);
    }

    @Benchmark
    public Recommendation employerProfile() throws InvalidProfileException {
        return recommender.recommend(employer);
    }

    /** The same call from two threads at once on one shared recommender (the machine has two cores). */
    @Benchmark
    @Threads(2)
    public Recommendation employeeProfileTwoThreads() throws InvalidProfileException {
        return recommender.recommend(employee);
    }

    /** The same call from four threads at once on one shared recommender. */
    @Benchmark
    @Threads(4)
    public Recommendation employeeProfileFourThreads() throws InvalidProfileException {
        return recommender.recommend(employee);
    }

    /** The hand-coded plain-Java evaluation of the same kind of work, for the ratio. */
    @Benchmark
    public PlainJavaBaseline.Result employeePlainJavaBaseline() {
        return baseline.evaluate(employee);
    }

    @Benchmark
    public PlainJavaBaseline.Result employerPlainJavaBaseline() {
        return baseline.evaluate(employer);
    }
}
