package nl.wielwijzer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.problem.InvalidKnowledgeException;
import nl.wielwijzer.problem.InvalidProfileException;
import nl.wielwijzer.profile.Profile;
import nl.wielwijzer.result.Recommendation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * How the cost of a call grows with the catalogue and the rules: the bundled catalogue copied 1, 2 or 4 times
 * (every copy with its own ids, so it is 552, 1,104 or 2,208 instruments) and the bundled rule files once or
 * twice (the copies renamed, so about 400 or 800 rules), loaded as folders. The example employee, Profile in,
 * object out.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScaleBenchmark {

    @Param({"1", "2", "4"})
    public int catalogueCopies;

    @Param({"1", "2"})
    public int ruleCopies;

    private Path dir;
    private Recommender recommender;
    private Profile employee;

    @Setup
    public void setUp() throws IOException, InvalidKnowledgeException, InvalidProfileException {
        dir = Files.createTempDirectory("wielwijzer-scale");
        Path catalog = Files.createDirectories(dir.resolve("catalog"));
        Path rules = Files.createDirectories(dir.resolve("rules"));
        for (Path file : list(Path.of("catalog"))) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            for (int copy = 1; copy <= catalogueCopies; copy++) {
                String suffix = copy == 1 ? "" : "-copy" + copy;
                Files.writeString(catalog.resolve(copy == 1 ? file.getFileName().toString()
                        : "copy" + copy + "-" + file.getFileName()), text.replaceAll("(?m)^(\\s*- id: )(\\S+)$",
                        "$1$2" + suffix), StandardCharsets.UTF_8);
            }
        }
        for (Path file : list(Path.of("rules"))) {
            if (Files.isDirectory(file)) {
                continue;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Files.writeString(rules.resolve(file.getFileName()), text, StandardCharsets.UTF_8);
            if (file.toString().endsWith(".drl")) {
                for (int copy = 2; copy <= ruleCopies; copy++) {
                    Files.writeString(rules.resolve("copy" + copy + "-" + file.getFileName()),
                            text.replaceAll("(?m)^rule \\\"(.*)\\\"", "rule \\\"$1 (copy " + copy + ")\\\""),
                            StandardCharsets.UTF_8);
                }
            }
        }
        recommender = Recommender.builder().rules(rules).catalog(catalog).build();
        employee = recommender.readProfile(null, Files.readString(Path.of("examples/vvt-employee.json")));
        System.out.println("\n" + recommender.knowledge().catalog().size() + " instruments, "
                + recommender.knowledge().rules().rules().size() + " rules");
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @TearDown
    public void tearDown() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public Recommendation employeeProfile() throws InvalidProfileException {
        return recommender.recommend(employee);
    }
}
