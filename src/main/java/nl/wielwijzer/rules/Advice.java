package nl.wielwijzer.rules;

import nl.wielwijzer.catalog.Instrument;
import nl.wielwijzer.profile.InterventionFunction;
import nl.wielwijzer.profile.Phase;
import nl.wielwijzer.profile.PolicyCategory;
import nl.wielwijzer.profile.Route;

/**
 * What a rule can do, available in every rule file as the global {@code advice}. Each call is recorded with
 * the rule and the facts it fired on, which become the explanation of the result:
 *
 * <pre>
 * then
 *     advice.favour(COERCION, 2);
 *     advice.ruleOut(INCENTIVISATION);
 * </pre>
 *
 * <p>Points are whole numbers from 1 to 10; a score is the sum of the points all rules gave. One advice object
 * serves one recommendation and is never shared between threads.
 */
public final class Advice {

    /** The most points one call may give or take: keeps any single finding from swamping the wheel. */
    public static final int MAX_POINTS = 10;

    private final Ledger ledger;

    Advice(Ledger ledger) {
        this.ledger = ledger;
    }

    // --- intervention functions -------------------------------------------------------------------------

    public void favour(InterventionFunction function, int points) {
        change(function, Ledger.Effect.FAVOUR, checked(points));
    }

    public void disfavour(InterventionFunction function, int points) {
        change(function, Ledger.Effect.DISFAVOUR, -checked(points));
    }

    /** Rules the function out for this profile, whatever its score; the result lists it under excluded. */
    public void ruleOut(InterventionFunction function) {
        change(function, Ledger.Effect.RULE_OUT, 0);
    }

    private void change(InterventionFunction function, Ledger.Effect effect, int points) {
        Ledger.Firing firing = ledger.current();
        ledger.requireStage(Ledger.Stage.FUNCTIONS, firing, "intervention functions");
        ledger.functions.put(function, new Ledger.Contribution(firing, effect, points));
    }

    // --- policy categories ------------------------------------------------------------------------------

    public void favour(PolicyCategory category, int points) {
        change(category, Ledger.Effect.FAVOUR, checkedScore(points));
    }

    public void disfavour(PolicyCategory category, int points) {
        change(category, Ledger.Effect.DISFAVOUR, -checked(points));
    }

    public void ruleOut(PolicyCategory category) {
        change(category, Ledger.Effect.RULE_OUT, 0);
    }

    private void change(PolicyCategory category, Ledger.Effect effect, int points) {
        Ledger.Firing firing = ledger.current();
        ledger.requireStage(Ledger.Stage.CATEGORIES, firing, "policy categories");
        ledger.categories.put(category, new Ledger.Contribution(firing, effect, points));
    }

    // --- routes and phases ------------------------------------------------------------------------------

    public void favour(Route route, int points) {
        ledger.routes.put(route, new Ledger.Contribution(ledger.current(), Ledger.Effect.FAVOUR, checked(points)));
    }

    public void disfavour(Route route, int points) {
        ledger.routes.put(route, new Ledger.Contribution(ledger.current(), Ledger.Effect.DISFAVOUR, -checked(points)));
    }

    public void favour(Phase phase, int points) {
        ledger.phases.put(phase, new Ledger.Contribution(ledger.current(), Ledger.Effect.FAVOUR, checked(points)));
    }

    public void disfavour(Phase phase, int points) {
        ledger.phases.put(phase, new Ledger.Contribution(ledger.current(), Ledger.Effect.DISFAVOUR, -checked(points)));
    }

    // --- instruments ------------------------------------------------------------------------------------

    /**
     * Makes the instrument a candidate for this profile: it suits the subject and the sector. Other rules
     * then score candidates ({@code Candidate( $i : instrument )}); instruments that never become candidates
     * are simply not recommended. Considering an instrument twice changes nothing.
     */
    public void consider(Instrument instrument) {
        Ledger.Firing firing = ledger.current();
        ledger.instruments.put(instrument.id(), new Ledger.Contribution(firing, Ledger.Effect.CONSIDER, 0));
        if (ledger.candidates.add(instrument.id())) {
            ledger.insert(new Candidate(instrument));
        }
    }

    public void favour(Instrument instrument, int points) {
        change(instrument.id(), Ledger.Effect.FAVOUR, checkedScore(points));
    }

    public void disfavour(Instrument instrument, int points) {
        change(instrument.id(), Ledger.Effect.DISFAVOUR, -checked(points));
    }

    public void ruleOut(Instrument instrument) {
        change(instrument.id(), Ledger.Effect.RULE_OUT, 0);
    }

    /** The organisation already offers it: not recommended again, unless a rule says to make better use of it. */
    public void alreadyOffered(Instrument instrument) {
        change(instrument.id(), Ledger.Effect.ALREADY_OFFERED, 0);
    }

    /** Recommends making better use of an instrument the organisation already offers. */
    public void makeBetterUse(Instrument instrument, int points) {
        change(instrument.id(), Ledger.Effect.MAKE_BETTER_USE, checked(points));
    }

    private void change(String instrumentId, Ledger.Effect effect, int points) {
        ledger.instruments.put(instrumentId, new Ledger.Contribution(ledger.current(), effect, points));
    }

    // --- diagnoses --------------------------------------------------------------------------------------

    /**
     * Concludes a diagnosis (a code under {@code diagnoses} in the vocabulary) that other rules can match as
     * {@code Diagnosis( code == "..." )}. Reaching the same diagnosis twice adds to its trace, not to its weight.
     */
    public void diagnose(String code) {
        Ledger.Firing firing = ledger.current();
        Diagnosis existing = ledger.diagnoses.get(code);
        if (existing != null) {
            existing.derivedBy(firing);
            return;
        }
        Diagnosis diagnosis = new Diagnosis(code);
        diagnosis.derivedBy(firing);
        ledger.diagnoses.put(code, diagnosis);
        ledger.insert(diagnosis);
    }

    private static int checked(int points) {
        if (points < 1 || points > MAX_POINTS) {
            throw new IllegalArgumentException("points must be 1 to " + MAX_POINTS + ", not " + points);
        }
        return points;
    }

    /** Categories and instruments may carry a function's whole score, which can exceed {@link #MAX_POINTS}. */
    private static int checkedScore(int points) {
        if (points < 1) {
            throw new IllegalArgumentException("points must be at least 1, not " + points);
        }
        return points;
    }
}
