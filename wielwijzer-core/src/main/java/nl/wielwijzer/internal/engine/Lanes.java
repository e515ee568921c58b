package nl.wielwijzer.internal.engine;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import nl.wielwijzer.internal.knowledge.RuleBook;
import nl.wielwijzer.profile.Sector;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * The knowledge bases calls run on. Every call may run on the whole rule set, where the scope filter keeps the
 * rules of other sectors from firing; a sector that keeps being asked for gets a base of its own rules only
 * ({@link RuleBook#kieBaseFor}), on which a call joins and resets less: the same rules fire, so the result is the
 * same (a test compares the two on every example and scenario). Making a sector's base costs about as much as
 * loading the rules, so it is made only after {@code after} calls of that sector, on a worker thread, while calls go
 * on over the whole set: a command that scores one file never pays for it, a server or a batch does once. With
 * {@code after} 0 it is made at once, on the calling thread (for tests).
 */
final class Lanes {

    /** Calls of one sector before it gets a base of its own: far more than a scenario run, far fewer than a batch. */
    static final int DEFAULT_AFTER = 1_000;

    /**
     * One knowledge base: its pool of sessions and its rules' metadata by its rule objects. Sessions are reused: a
     * finished call's session is reset (every fact, match and memory cleared, so the next call starts exactly as a
     * new session does) and taken by the next call, which skips building the network's memories again. A session
     * whose call failed is destroyed, never reused.
     */
    record Lane(KieBase base, KieSessionsPool sessions, RuleLookup lookup) {
        static Lane of(KieBase base, RuleBook book) {
            return new Lane(base, base.newKieSessionsPool(2), new RuleLookup(base.getKiePackages(), book.rules()));
        }
    }

    private final RuleBook book;
    private final Lane all;
    private final int after;
    private final Executor workers;
    private final ConcurrentMap<Sector, Lane> own = new ConcurrentHashMap<>();
    private final Map<Sector, AtomicInteger> calls = new EnumMap<>(Sector.class);

    Lanes(RuleBook book, int after, Executor workers) {
        if (after < 0) {
            throw new IllegalArgumentException("after must be 0 or more, not " + after);
        }
        this.book = book;
        this.all = Lane.of(book.kieBase(), book);
        this.after = after;
        this.workers = workers;
        for (Sector sector : Sector.values()) {
            calls.put(sector, new AtomicInteger());
        }
    }

    /** The lane for a call about a profile of {@code sector}. */
    Lane of(Sector sector) {
        Lane lane = own.get(sector);
        if (lane != null) {
            return lane;
        }
        if (after == 0) {
            return own.computeIfAbsent(sector, this::make);
        }
        if (calls.get(sector).incrementAndGet() == after) {
            // exactly one call reaches the count, so the base is made once; until it is there, the whole set serves
            workers.execute(() -> {
                try {
                    own.put(sector, make(sector));
                } catch (RuntimeException | LinkageError e) {
                    // the whole set keeps serving this sector, with the same results; only the saving is lost
                }
            });
        }
        return all;
    }

    private Lane make(Sector sector) {
        return Lane.of(book.kieBaseFor(sector), book);
    }
}
