package nl.wielwijzer.internal.engine;

import java.time.Duration;

/**
 * How far one call may run the rules: at most {@code firingLimit} rule firings in each of the three stages,
 * and at most {@code timeBudget} for the whole call. A call that reaches either is halted and fails with a
 * {@link RuleMisuseException} naming the rule that was running.
 */
public record Bounds(int firingLimit, Duration timeBudget) {

    /**
     * Firings per stage. The bundled rules fire a few hundred to a few thousand times per stage for the
     * bundled examples; a rule that keeps re-triggering itself reaches this in well under a second.
     */
    public static final int DEFAULT_FIRING_LIMIT = 100_000;

    /**
     * The time one call may take: once warm, well under a millisecond is usual; the first on a cold JVM about a
     * second.
     */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(10);

    public static final Bounds DEFAULT = new Bounds(DEFAULT_FIRING_LIMIT, DEFAULT_TIME_BUDGET);

    public Bounds {
        if (firingLimit < 1) {
            throw new IllegalArgumentException("the firing limit must be at least 1, not " + firingLimit);
        }
        if (timeBudget == null || timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("the time budget must be positive, not " + timeBudget);
        }
    }
}
