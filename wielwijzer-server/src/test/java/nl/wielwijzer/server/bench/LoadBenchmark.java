package nl.wielwijzer.server.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.wielwijzer.server.ServerConfig;
import nl.wielwijzer.server.WielwijzerServer;

/**
 * A bounded load generator for the HTTP server: starts the server in this JVM on 127.0.0.1 (and nowhere
 * else), then for each number of concurrent clients posts the bundled example profiles for a fixed time and
 * reports requests per second and the p50 and p99 latency of the successful calls. Not a unit test: run it
 * with {@code mvn -B -Pbenchmarks -pl wielwijzer-server -am test-compile exec:exec} (docs/benchmarks.md).
 *
 * <p>Arguments ({@code -Dbench.args="..."}): {@code clients=1,8,64} {@code seconds=10} {@code warmup=3}
 * {@code workers=N} {@code queue=N}. Every level stops after its seconds or {@value #MAX_REQUESTS} requests,
 * whichever comes first.
 */
public final class LoadBenchmark {

    private static final int MAX_REQUESTS = 500_000;
    private static final List<String> EXAMPLES = List.of("vvt-employee", "vvt-employer", "gemeente-employee",
            "gemeente-employer", "placement-employee");

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        for (String a : args) {
            String[] kv = a.split("=", 2);
            if (kv.length == 2) {
                opts.put(kv[0].strip(), kv[1].strip());
            }
        }
        int[] levels = Arrays.stream(opts.getOrDefault("clients", "1,8,64").split(",")).mapToInt(Integer::parseInt).toArray();
        int seconds = Integer.parseInt(opts.getOrDefault("seconds", "10"));
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "3"));
        int cores = Runtime.getRuntime().availableProcessors();
        int workers = Integer.parseInt(opts.getOrDefault("workers", String.valueOf(cores)));
        int queue = Integer.parseInt(opts.getOrDefault("queue", "256"));

        List<String> bodies = new ArrayList<>();
        for (String e : EXAMPLES) {
            bodies.add(Files.readString(Path.of("examples", e + ".json"), StandardCharsets.UTF_8));
        }
        ServerConfig config = ServerConfig.defaults().withHost("127.0.0.1").withPort(0).withWorkers(workers, queue);
        try (WielwijzerServer server = WielwijzerServer.start(config)) {
            server.ready().get(5, TimeUnit.MINUTES);
            URI uri = URI.create("http://127.0.0.1:" + server.port() + "/v1/recommendations");
            System.out.printf(Locale.ROOT, "server on %s, %d workers, queue %d, knowledge %s, %d cores, %s%n", uri,
                    workers, queue, server.knowledgeVersion().orElse("?"), cores, System.getProperty("java.vm.version"));
            System.out.println();
            System.out.println("| clients | requests | req/s | p50 ms | p99 ms | non-200 |");
            System.out.println("|---:|---:|---:|---:|---:|---:|");
            for (int clients : levels) {
                run(uri, bodies, clients, warmup, false);
                Result r = run(uri, bodies, clients, seconds, true);
                System.out.printf(Locale.ROOT, "| %d | %d | %.0f | %.1f | %.1f | %s |%n", clients, r.ok, r.ok / r.seconds,
                        r.percentile(50), r.percentile(99), r.others.isEmpty() ? "0" : r.others.toString());
            }
        }
    }

    /** What one level measured. */
    private static final class Result {
        long ok;
        double seconds;
        long[] latencies = new long[0];
        final Map<Integer, Long> others = new TreeMap<>();

        double percentile(int p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * latencies.length) - 1;
            return latencies[Math.max(0, Math.min(index, latencies.length - 1))] / 1_000_000.0;
        }
    }

    private static Result run(URI uri, List<String> bodies, int clients, int seconds, boolean measure) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(Math.max(2, clients / 4))).build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
        int perClient = MAX_REQUESTS / clients;
        List<Future<long[][]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            futures.add(pool.submit(() -> {
                long[] lat = new long[perClient];
                long[] statuses = new long[perClient];
                int n = 0;
                while (n < perClient && System.nanoTime() < deadline) {
                    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(bodies.get((offset + n) % bodies.size()))).build();
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (IOException e) {
                        status = -1;
                    }
                    lat[n] = System.nanoTime() - t0;
                    statuses[n] = status;
                    n++;
                }
                return new long[][] {Arrays.copyOf(lat, n), Arrays.copyOf(statuses, n)};
            }));
        }
        Result result = new Result();
        List<Long> okLatencies = new ArrayList<>();
        for (Future<long[][]> f : futures) {
            long[][] r = f.get();
            for (int i = 0; i < r[0].length; i++) {
                if (r[1][i] == 200) {
                    okLatencies.add(r[0][i]);
                } else {
                    result.others.merge((int) r[1][i], 1L, Long::sum);
                }
            }
        }
        result.seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdownNow();
        result.ok = okLatencies.size();
        result.latencies = okLatencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return result;
    }
}
