package nl.wielwijzer.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import nl.wielwijzer.Bundled;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.profile.Profile;

/**
 * A warm loop over the bundled examples (every profile in {@code examples/}) on one recommender, round after round, printing per call the bytes
 * allocated and the CPU time used by all live threads (the engine runs a call on its own worker thread, which
 * JMH's {@code -prof gc} counts too, but JMH cannot split by thread). Not a benchmark of time: use it to compare
 * two builds' allocation, which is steady from the third round on, and to record a profile
 * ({@code -XX:StartFlightRecording}). Run from the project directory:
 *
 * <pre>
 * java -XX:+UseSerialGC -cp target/wielwijzer.jar:wielwijzer-core/target/test-classes nl.wielwijzer.bench.WarmLoop 1000 6
 * </pre>
 *
 * (the first argument is the rounds' number of passes over the examples, the second the number of rounds; a third,
 * optional, names the one example to loop over, e.g. {@code examples/vvt-employee.json}).
 */
public final class WarmLoop {

    private WarmLoop() {
    }

    public static void main(String[] args) throws Exception {
        int passes = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Recommender recommender = Recommender.builder().build();
        List<Profile> profiles = new ArrayList<>();
        for (String example : args.length > 2 ? List.of(args[2]) : Bundled.examplePaths()) {
            profiles.add(recommender.readProfile(example, Bundled.file(example)));
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int round = 1; round <= rounds; round++) {
            long allocated = -sum(threads.getThreadAllocatedBytes(threads.getAllThreadIds()));
            long cpu = -sum(threads.getThreadCpuTime(threads.getAllThreadIds()));
            long wall = -System.nanoTime();
            for (int pass = 0; pass < passes; pass++) {
                for (Profile profile : profiles) {
                    sink += System.identityHashCode(recommender.recommend(profile));
                }
            }
            allocated += sum(threads.getThreadAllocatedBytes(threads.getAllThreadIds()));
            cpu += sum(threads.getThreadCpuTime(threads.getAllThreadIds()));
            wall += System.nanoTime();
            double calls = (double) passes * profiles.size();
            System.out.printf("round %d: %.0f KB allocated, %.0f µs CPU, %.0f µs wall per call%n",
                    round, allocated / 1024.0 / calls, cpu / 1000.0 / calls, wall / 1000.0 / calls);
        }
        System.out.println(sink == 42 ? "." : ""); // keeps the results alive
    }

    /** The sum over the threads that report (-1 for a thread that ended in between). */
    private static long sum(long[] values) {
        long sum = 0;
        for (long v : values) {
            sum += Math.max(v, 0);
        }
        return sum;
    }
}
