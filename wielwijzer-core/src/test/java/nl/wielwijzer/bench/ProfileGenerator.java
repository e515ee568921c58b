package nl.wielwijzer.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.internal.knowledge.Vocabulary;

/**
 * Generated profiles for batch benchmarks: deterministic by seed (profile {@code i} of seed {@code s} is always
 * the same JSON, whatever else is generated), valid against the profile contract and the bundled vocabulary,
 * and covering both subjects, all three sectors, every COM-B gap size, ages, work abilities, placement phases,
 * push and pull factors and situations.
 *
 * <p>{@code java -cp ... nl.wielwijzer.bench.ProfileGenerator COUNT SEED FILE} writes JSON Lines.
 */
public final class ProfileGenerator {

    private static final String[] SECTORS = {"vvt", "gemeente", "other"};
    private static final String[] COMB = {"physicalCapability", "psychologicalCapability", "physicalOpportunity",
        "socialOpportunity", "reflectiveMotivation", "automaticMotivation"};
    private static final String[] WORK_ABILITY = {"poor", "moderate", "good", "excellent"};
    private static final String[] EDUCATION = {"low", "middle", "high"};
    private static final String[] PLACEMENT = {"hiring", "placement", "settlingIn", "established"};
    private static final String[] LIMITATIONS = {"physical", "psychological", "intellectual", "social"};
    private static final String[] SIZE = {"small", "medium", "large"};
    private static final String[] POLICY = {"none", "starting", "established"};
    private static final String[] BUDGET = {"none", "low", "medium", "high"};

    private final long seed;
    private final List<String> push;
    private final List<String> pull;
    private final List<String> employeeSituations;
    private final List<String> organisationSituations;

    public ProfileGenerator(Recommender recommender, long seed) {
        this.seed = seed;
        Vocabulary v = recommender.knowledge().vocabulary();
        this.push = codes(v, Vocabulary.Kind.PUSH_FACTORS);
        this.pull = codes(v, Vocabulary.Kind.PULL_FACTORS);
        this.employeeSituations = codes(v, Vocabulary.Kind.EMPLOYEE_SITUATIONS);
        this.organisationSituations = codes(v, Vocabulary.Kind.ORGANISATION_SITUATIONS);
    }

    private static List<String> codes(Vocabulary v, Vocabulary.Kind kind) {
        return v.terms(kind).stream().map(Vocabulary.Term::code).sorted().toList();
    }

    /** Profiles {@code 0 … count-1} as JSON, one per element. */
    public Stream<String> profiles(long count) {
        return LongStream.range(0, count).mapToObj(this::profile);
    }

    /** Profile {@code i}: the same for the same seed and {@code i}, always. */
    public String profile(long i) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        boolean employee = r.nextBoolean();
        StringBuilder j = new StringBuilder(512);
        j.append("{\"id\":\"gen-").append(seed).append('-').append(i).append("\",\"subject\":\"")
                .append(employee ? "employee" : "employer").append("\",\"sector\":\"")
                .append(SECTORS[r.nextInt(SECTORS.length)]).append("\",\"comB\":{");
        boolean first = true;
        for (String c : COMB) {
            if (r.nextInt(4) > 0) {
                j.append(first ? "" : ",").append('"').append(c).append("\":").append(r.nextInt(4));
                first = false;
            }
        }
        j.append('}');
        if (employee) {
            list(j, "pushFactors", pick(r, push, 3));
            list(j, "pullFactors", pick(r, pull, 2));
            j.append(",\"employee\":{\"age\":").append(18 + r.nextInt(50))
                    .append(",\"workAbility\":\"").append(WORK_ABILITY[r.nextInt(WORK_ABILITY.length)])
                    .append("\",\"contractHoursPerWeek\":").append(8 + r.nextInt(33))
                    .append(",\"educationLevel\":\"").append(EDUCATION[r.nextInt(EDUCATION.length)])
                    .append("\",\"tenureYears\":").append(r.nextInt(30));
            if (r.nextInt(5) == 0) {
                list(j, "limitations", List.of(LIMITATIONS[r.nextInt(LIMITATIONS.length)]));
                j.append(",\"placementPhase\":\"").append(PLACEMENT[r.nextInt(PLACEMENT.length)]).append('"');
            }
            list(j, "situations", pick(r, employeeSituations, 2));
            j.append('}');
        } else {
            j.append(",\"organisation\":{\"size\":\"").append(SIZE[r.nextInt(SIZE.length)])
                    .append("\",\"diPolicy\":\"").append(POLICY[r.nextInt(POLICY.length)])
                    .append("\",\"budget\":\"").append(BUDGET[r.nextInt(BUDGET.length)])
                    .append("\",\"urgency\":").append(1 + r.nextInt(5));
            list(j, "situations", pick(r, organisationSituations, 2));
            j.append('}');
        }
        return j.append('}').toString();
    }

    private static List<String> pick(SplittableRandom r, List<String> from, int most) {
        List<String> picked = new ArrayList<>();
        int n = from.isEmpty() ? 0 : r.nextInt(most + 1);
        for (int k = 0; k < n; k++) {
            String code = from.get(r.nextInt(from.size()));
            if (!picked.contains(code)) {
                picked.add(code);
            }
        }
        return picked;
    }

    private static void list(StringBuilder j, String field, List<String> codes) {
        if (codes.isEmpty()) {
            return;
        }
        j.append(",\"").append(field).append("\":[");
        for (int k = 0; k < codes.size(); k++) {
            j.append(k == 0 ? "" : ",").append('"').append(codes.get(k)).append('"');
        }
        j.append(']');
    }

    public static void main(String[] args) throws Exception {
        long count = Long.parseLong(args[0]);
        long seed = Long.parseLong(args[1]);
        ProfileGenerator generator = new ProfileGenerator(Recommender.builder().build(), seed);
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            for (long i = 0; i < count; i++) {
                out.write(generator.profile(i));
                out.write('\n');
            }
        } catch (IOException e) {
            throw e;
        }
    }
}
