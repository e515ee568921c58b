package nl.wielwijzer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.result.Delivery;
import nl.wielwijzer.result.Explanation;
import nl.wielwijzer.result.RankedFunction;
import nl.wielwijzer.result.Recommendation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static nl.wielwijzer.RuleFolderFixture.META;
import static nl.wielwijzer.RuleFolderFixture.example;
import static nl.wielwijzer.RuleFolderFixture.withRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A recommendation builds its explanations when they are first read ({@link Explanation#later}): they must say what
 * they said when they were built with the ranking, whoever reads them, from whichever thread, and whenever.
 */
class LaterExplanationsTest {

    /**
     * A diagnosis reached in the first stage, a function favoured on it, the same diagnosis reached again once the
     * categories are ranked, and delivery advice on it after that. The function was ranked before the second
     * firing, so its explanation's trace has only the first; the delivery advice, given after, has both.
     */
    private static final String REACHED_AGAIN = """
            rule "Employees are diagnosed early for testing"
            %1$swhen
                Case( employee )
            then
                advice.diagnose("lowSelfLeadership");
            end

            rule "A function is favoured on the early diagnosis for testing"
            %1$swhen
                Case( employee )
                Diagnosis( code == "lowSelfLeadership" )
            then
                advice.favour(InterventionFunction.MODELLING, 1);
            end

            rule "The same diagnosis is reached again once the categories are ranked for testing"
            %1$swhen
                Case( employee )
                exists CategoryNeed()
            then
                advice.diagnose("lowSelfLeadership");
            end

            rule "Delivery advice is given on the diagnosis once the categories are ranked for testing"
            %1$swhen
                Case( employee )
                exists CategoryNeed()
                Diagnosis( code == "lowSelfLeadership" )
            then
                advice.deliver("peersShareSuccesses");
            end
            """.formatted(META);

    @Test
    void aTraceSaysHowTheDiagnosisStoodWhenItsTargetWasRanked(@TempDir Path dir) throws Exception {
        Recommender recommender = withRule(dir, REACHED_AGAIN);
        Recommendation r = recommender.recommend(example(recommender, "vvt-employee"));

        RankedFunction modelling = r.interventionFunctions().stream()
                .filter(f -> f.function() == InterventionFunction.MODELLING).findFirst().orElseThrow();
        List<String> functionTrace = traceOf(modelling.explanations(),
                "A function is favoured on the early diagnosis for testing");
        assertTrue(functionTrace.contains("Employees are diagnosed early for testing"), functionTrace.toString());
        assertFalse(functionTrace.contains("The same diagnosis is reached again once the categories are ranked for testing"),
                "the function was ranked before the diagnosis was reached again: " + functionTrace);

        Delivery peers = r.delivery().stream().filter(d -> d.code().equals("peersShareSuccesses")).findFirst()
                .orElseThrow();
        List<String> deliveryTrace = traceOf(peers.explanations(),
                "Delivery advice is given on the diagnosis once the categories are ranked for testing");
        assertTrue(deliveryTrace.containsAll(List.of("Employees are diagnosed early for testing",
                "The same diagnosis is reached again once the categories are ranked for testing")), deliveryTrace.toString());
    }

    /** The rules in the trace of the explanation by {@code rule}. */
    private static List<String> traceOf(List<Explanation> explanations, String rule) {
        Explanation x = explanations.stream().filter(e -> e.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no explanation by '" + rule + "' in " + explanations));
        return x.trace().stream().map(Explanation::rule).toList();
    }

    @Test
    void threadsThatReadOneResultAtOnceReadWhatOneThreadReads() throws Exception {
        Recommender recommender = Bundled.recommender();
        for (String name : RuleFolderFixture.EXAMPLES) {
            String alone = Recommender.toJson(recommender.recommend(example(recommender, name)));
            Recommendation shared = recommender.recommend(example(recommender, name));
            int threads = 8;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<String>> read = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    read.add(pool.submit(() -> {
                        start.await();
                        return Recommender.toJson(shared);
                    }));
                }
                start.countDown();
                for (Future<String> f : read) {
                    assertEquals(alone, f.get(), name);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aListMadeLaterIsMadeOnceAndCannotChange() {
        AtomicInteger made = new AtomicInteger();
        Explanation x = new Explanation("a rule", "a.drl", 3, nl.wielwijzer.result.Effect.FAVOUR, 2, "nl", "en",
                List.of("gap = 2"), List.of(), List.of(), List.of());
        List<Explanation> later = Explanation.later(() -> {
            made.incrementAndGet();
            return List.of(x);
        });
        assertEquals(0, made.get(), "nothing is made before the list is read");
        assertEquals(List.of(x), later);
        assertEquals(x, later.get(0));
        assertEquals(1, later.size());
        assertEquals(1, made.get());
        assertThrows(UnsupportedOperationException.class, () -> later.add(x));
        assertThrows(UnsupportedOperationException.class, () -> later.iterator().remove());
        assertEquals(1, made.get(), "made once, however often read");
        // a record keeps it as it is, and it still reads the same
        Delivery delivery = new Delivery("code", "nl", "en", later);
        assertEquals(List.of(x), delivery.explanations());
        assertEquals(1, made.get());
    }
}
