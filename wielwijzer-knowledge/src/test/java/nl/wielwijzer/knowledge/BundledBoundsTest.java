package nl.wielwijzer.knowledge;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import nl.wielwijzer.Bundled;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.problem.InvalidKnowledgeException;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.profile.Profile;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled rules run on the caller's thread (they were tried out when they were built), and are held to the
 * same bounds as rules loaded at run time, which run on a worker: the time budget and the firing limit halt a call
 * naming the rule, and an interrupt ends a call in flight with a cancellation, the thread keeping its interrupt.
 */
class BundledBoundsTest {

    @Test
    void theTimeBudgetHaltsTheBundledRulesNamingTheRule() {
        Recommender.Builder builder = Recommender.builder().timeBudget(Duration.ofNanos(1));
        Problem p = assertThrows(InvalidKnowledgeException.class, builder::build).problems().get(0);
        assertTrue(p.message().contains("ran past the time budget of 0 ms"), p.message());
        assertTrue(p.message().contains("(trying the set out on the example profile "), p.message());
        assertTrue(p.field().startsWith("rule \""), p.field());
        assertTrue(p.file().endsWith(".drl") && p.line() > 0, p.file() + ":" + p.line());
    }

    @Test
    void theFiringLimitHaltsTheBundledRulesNamingTheRule() {
        Recommender.Builder builder = Recommender.builder().firingLimit(1);
        Problem p = assertThrows(InvalidKnowledgeException.class, builder::build).problems().get(0);
        assertTrue(p.message().contains("fired more than 1 times in one stage"), p.message());
        assertTrue(p.field().startsWith("rule \""), p.field());
    }

    @Test
    void anInterruptEndsACallInFlightWithACancellationAndTheThreadKeepsIt() throws Exception {
        Recommender recommender = Bundled.recommender();
        assertTrue(recommender.knowledge().precompiled(), "the bundled set, which runs on the caller's thread");
        List<Profile> profiles = List.copyOf(BundledProfiles.all(recommender).values());
        String before = Recommender.toJson(recommender.recommend(profiles.get(0)));
        AtomicReference<Throwable> ended = new AtomicReference<>();
        AtomicBoolean keptInterrupt = new AtomicBoolean();
        AtomicBoolean started = new AtomicBoolean();
        Thread caller = new Thread(() -> {
            try {
                for (int i = 0; ; i = (i + 1) % profiles.size()) {
                    recommender.recommend(profiles.get(i));
                    started.set(true);
                }
            } catch (Throwable t) {
                ended.set(t);
                keptInterrupt.set(Thread.currentThread().isInterrupted());
            }
        });
        caller.start();
        while (!started.get()) {
            Thread.sleep(10);
        }
        Thread.sleep(200); // most of a call is the session, so the interrupt almost always lands inside one
        caller.interrupt();
        caller.join(30_000);
        assertInstanceOf(CancellationException.class, ended.get(), "an interrupt is a cancellation, not a rule's failure");
        assertTrue(keptInterrupt.get(), "the thread keeps its interrupt");
        // the interrupted call's session was thrown away, not reused: a later call gives the same result as before
        for (int i = 0; i < 3; i++) {
            assertEquals(before, Recommender.toJson(recommender.recommend(profiles.get(0))));
        }
    }
}
