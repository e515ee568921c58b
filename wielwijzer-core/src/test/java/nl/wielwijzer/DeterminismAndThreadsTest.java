package nl.wielwijzer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The same input gives the same bytes; many threads sharing one recommender get what one thread gets. */
class DeterminismAndThreadsTest {

    private static final List<String> EXAMPLES = List.of("examples/vvt-employee.json", "examples/vvt-employer.json");

    @Test
    void theSameProfileGivesTheSameBytes() throws Exception {
        for (String example : EXAMPLES) {
            String json = Bundled.file(example);
            String first = Recommender.toJson(Bundled.recommender().recommend(json));
            for (int i = 0; i < 5; i++) {
                assertEquals(first, Recommender.toJson(Bundled.recommender().recommend(json)), example);
            }
        }
    }

    @Test
    void aSeparatelyBuiltRecommenderGivesTheSameBytes() throws Exception {
        Recommender other = Recommender.builder().build();
        for (String example : EXAMPLES) {
            String json = Bundled.file(example);
            assertEquals(Recommender.toJson(Bundled.recommender().recommend(json)),
                    Recommender.toJson(other.recommend(json)), example);
        }
    }

    @Test
    void manyThreadsShareOneRecommender() throws Exception {
        Recommender shared = Bundled.recommender();
        List<String> expected = new ArrayList<>();
        for (String example : EXAMPLES) {
            expected.add(Recommender.toJson(shared.recommend(Bundled.file(example))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String json = Bundled.file(EXAMPLES.get(i % 2));
                Callable<String> call = () -> Recommender.toJson(shared.recommend(json));
                futures.add(pool.submit(call));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(expected.get(i % 2), futures.get(i).get(), "call " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
