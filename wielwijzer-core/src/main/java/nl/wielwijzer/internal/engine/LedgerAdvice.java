package nl.wielwijzer.internal.engine;

import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.bcw.PolicyCategory;
import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.catalog.Instrument;
import nl.wielwijzer.result.Effect;
import nl.wielwijzer.result.Phase;
import nl.wielwijzer.result.Route;
import nl.wielwijzer.rules.Advice;
import nl.wielwijzer.rules.EachCandidate;
import nl.wielwijzer.rules.EmployeeAge;
import nl.wielwijzer.rules.EmployeePlacement;
import nl.wielwijzer.rules.EmployeeWorkAbility;
import nl.wielwijzer.rules.Diagnosis;

/**
 * The {@link Advice} of one recommendation: records every call with the rule firing that made it in the
 * {@link Ledger}, which the engine turns into scores and explanations. Never shared between threads.
 */
final class LedgerAdvice implements Advice {

    private final Ledger ledger;

    LedgerAdvice(Ledger ledger) {
        this.ledger = ledger;
    }

    // --- intervention functions -------------------------------------------------------------------------

    @Override
    public void favour(InterventionFunction function, int points) {
        change(function, Effect.FAVOUR, checked(points));
    }

    @Override
    public void disfavour(InterventionFunction function, int points) {
        change(function, Effect.DISFAVOUR, -checked(points));
    }

    /** Rules the function out for this profile, whatever its score; the result lists it under excluded. */
    @Override
    public void ruleOut(InterventionFunction function) {
        change(function, Effect.RULE_OUT, 0);
    }

    private void change(InterventionFunction function, Effect effect, int points) {
        Ledger.Firing firing = current(effect);
        ledger.requireStage(Ledger.Stage.FUNCTIONS_APEASE, firing, "intervention functions");
        ledger.functions.put(function, new Ledger.Contribution(firing, effect, points));
    }

    // --- policy categories ------------------------------------------------------------------------------

    @Override
    public void favour(PolicyCategory category, int points) {
        change(category, Effect.FAVOUR, checkedScore(points));
    }

    @Override
    public void disfavour(PolicyCategory category, int points) {
        change(category, Effect.DISFAVOUR, -checked(points));
    }

    @Override
    public void ruleOut(PolicyCategory category) {
        change(category, Effect.RULE_OUT, 0);
    }

    private void change(PolicyCategory category, Effect effect, int points) {
        Ledger.Firing firing = current(effect);
        ledger.requireStage(Ledger.Stage.CATEGORIES, firing, "policy categories");
        ledger.categories.put(category, new Ledger.Contribution(firing, effect, points));
    }

    // --- routes and phases ------------------------------------------------------------------------------

    @Override
    public void favour(Route route, int points) {
        ledger.routes.put(route, new Ledger.Contribution(current(Effect.FAVOUR), Effect.FAVOUR, checked(points)));
    }

    @Override
    public void disfavour(Route route, int points) {
        ledger.routes.put(route, new Ledger.Contribution(current(Effect.DISFAVOUR), Effect.DISFAVOUR, -checked(points)));
    }

    @Override
    public void favour(Phase phase, int points) {
        ledger.phases.put(phase, new Ledger.Contribution(current(Effect.FAVOUR), Effect.FAVOUR, checked(points)));
    }

    @Override
    public void disfavour(Phase phase, int points) {
        ledger.phases.put(phase, new Ledger.Contribution(current(Effect.DISFAVOUR), Effect.DISFAVOUR, -checked(points)));
    }

    // --- instruments ------------------------------------------------------------------------------------

    /**
     * Makes the instrument a candidate for this profile: it suits the subject and the sector. Other rules
     * then score candidates ({@code Candidate( $i : instrument )}); instruments that never become candidates
     * are simply not recommended. Considering an instrument twice changes nothing.
     */
    @Override
    public void consider(Instrument instrument) {
        ledger.consider(instrument, current(Effect.CONSIDER), ledger::insert);
    }

    @Override
    public void favour(Instrument instrument, int points) {
        change(instrument, Effect.FAVOUR, checkedScore(points));
    }

    @Override
    public void disfavour(Instrument instrument, int points) {
        change(instrument, Effect.DISFAVOUR, -checked(points));
    }

    @Override
    public void ruleOut(Instrument instrument) {
        change(instrument, Effect.RULE_OUT, 0);
    }

    // --- instruments by id: held until the candidates are known (Ledger.applyNamed) ----------------------

    @Override
    public void favour(int points, String... instrumentIds) {
        name(instrumentIds, Effect.FAVOUR, checkedScore(points));
    }

    @Override
    public void disfavour(int points, String... instrumentIds) {
        name(instrumentIds, Effect.DISFAVOUR, -checked(points));
    }

    @Override
    public void ruleOut(String... instrumentIds) {
        name(instrumentIds, Effect.RULE_OUT, 0);
    }

    @Override
    public void disfavourWhereNoGap(int points) {
        ledger.whereNoGap(new Ledger.Contribution(current(Effect.DISFAVOUR), Effect.DISFAVOUR, -checked(points)));
    }

    // --- instruments by attribute: held until the candidates are known (Ledger.applyNamed) ----------------

    @Override
    public EachCandidate favourEach(int points, Coded... attributes) {
        return each(attributes, Effect.FAVOUR, checkedScore(points));
    }

    @Override
    public EachCandidate disfavourEach(int points, Coded... attributes) {
        return each(attributes, Effect.DISFAVOUR, -checked(points));
    }

    @Override
    public EachCandidate ruleOutEach(Coded... attributes) {
        return each(attributes, Effect.RULE_OUT, 0);
    }

    /** One contribution, one firing, for every candidate with one of the attributes (the loader refuses none). */
    private EachCandidate each(Coded[] attributes, Effect effect, int points) {
        Ledger.Firing firing = current(effect);
        requireAttributes(firing, attributes);
        return new Selection(firing, ledger.each(attributes.clone(), null, new Ledger.Contribution(firing, effect, points)));
    }

    /** At least one attribute, each a route, phase, outcome, audience or cost. */
    private static void requireAttributes(Ledger.Firing firing, Coded[] attributes) {
        if (attributes.length == 0) {
            throw new IllegalArgumentException("name at least one attribute: a route, phase, outcome, audience or cost");
        }
        for (Coded a : attributes) {
            if (a == null || !Instrument.isAttribute(a)) {
                // only a value the loader could not see (not a constant) gets here: say so, naming the rule
                nl.wielwijzer.internal.knowledge.RuleInfo rule = firing.rule();
                throw new RuleMisuseException(rule.file() + ":" + rule.line() + ": the rule '" + rule.name()
                        + "' chooses candidates by " + a + ", which is not a route, phase, outcome, audience or cost");
            }
        }
    }

    /** What a rule's {@code favourEach(…)} returns: narrows the selection it made, in the same consequence. */
    private static final class Selection implements EachCandidate {
        private final Ledger.Firing firing;
        private final Ledger.Each each;

        Selection(Ledger.Firing firing, Ledger.Each each) {
            this.firing = firing;
            this.each = each;
        }

        @Override
        public EachCandidate thatDeliver(InterventionFunction... functions) {
            if (functions.length == 0) {
                throw new IllegalArgumentException("name at least one intervention function");
            }
            for (InterventionFunction f : functions) {
                java.util.Objects.requireNonNull(f, "an intervention function");
            }
            each.thatDeliver(functions.clone());
            return this;
        }

        @Override
        public EachCandidate unless(Coded... attributes) {
            requireAttributes(firing, attributes);
            each.unless(attributes.clone());
            return this;
        }

        @Override
        public EachCandidate andAlso(String... instrumentIds) {
            if (instrumentIds.length == 0) {
                throw new IllegalArgumentException("name at least one instrument by its catalogue id");
            }
            each.andAlso(instrumentIds.clone());
            return this;
        }
    }

    // --- exclusions by the employee's age, work ability, placement phase: held like the forms above ----------

    @Override
    public void ruleOutEachNotMeantFor(EmployeeAge age) {
        int years = age.years();
        notMeantFor(i -> i.hasAgeRange() && !i.fitsAge(years));
    }

    @Override
    public void ruleOutEachNotMeantFor(EmployeeWorkAbility workAbility) {
        nl.wielwijzer.profile.WorkAbility band = workAbility.level();
        notMeantFor(i -> i.hasWorkAbilityLimit() && !i.fitsWorkAbility(band));
    }

    @Override
    public void ruleOutEachNotMeantFor(EmployeePlacement placement) {
        nl.wielwijzer.profile.PlacementPhase phase = placement.phase();
        notMeantFor(i -> i.hasPlacementPhases() && !i.fitsPlacement(phase));
    }

    private void notMeantFor(java.util.function.Predicate<Instrument> meantForAnother) {
        Ledger.Firing firing = current(Effect.RULE_OUT);
        ledger.each(null, meantForAnother, new Ledger.Contribution(firing, Effect.RULE_OUT, 0));
    }

    @Override
    public void alreadyOffered(String... instrumentIds) {
        name(instrumentIds, Effect.ALREADY_OFFERED, 0);
    }

    @Override
    public void makeBetterUse(int points, String... instrumentIds) {
        name(instrumentIds, Effect.MAKE_BETTER_USE, checked(points));
    }

    private void name(String[] instrumentIds, Effect effect, int points) {
        Ledger.Firing firing = current(effect);
        for (String id : instrumentIds) {
            ledger.name(id, new Ledger.Contribution(firing, effect, points));
        }
    }

    /** The organisation already offers it: not recommended again, unless a rule says to make better use of it. */
    @Override
    public void alreadyOffered(Instrument instrument) {
        change(instrument, Effect.ALREADY_OFFERED, 0);
    }

    /** Recommends making better use of an instrument the organisation already offers. */
    @Override
    public void makeBetterUse(Instrument instrument, int points) {
        change(instrument, Effect.MAKE_BETTER_USE, checked(points));
    }

    private void change(Instrument instrument, Effect effect, int points) {
        ledger.instrument(instrument, new Ledger.Contribution(current(effect), effect, points));
    }

    // --- diagnoses --------------------------------------------------------------------------------------

    /**
     * Concludes a diagnosis (a code under {@code diagnoses} in the vocabulary) that other rules can match as
     * {@code Diagnosis( code == "..." )}. Reaching the same diagnosis twice adds to its trace, not to its weight.
     */
    @Override
    public void diagnose(String code) {
        Ledger.Firing firing = current(Effect.DIAGNOSE);
        if (ledger.derive(code, firing)) {
            ledger.insert(new Diagnosis(code));
        }
    }

    // --- delivery ---------------------------------------------------------------------------------------

    @Override
    public void deliver(String code) {
        ledger.delivery.put(code, new Ledger.Contribution(current(Effect.DELIVER), Effect.DELIVER, 0));
    }

    /**
     * The firing whose consequence is running now. A rule of the APEASE stage ({@code @apease}) narrows what could
     * work: it may rule out or lower, never add.
     */
    private Ledger.Firing current(Effect effect) {
        Ledger.Firing firing = ledger.current();
        if (firing.rule().apease() != null && effect != Effect.RULE_OUT && effect != Effect.DISFAVOUR) {
            nl.wielwijzer.internal.knowledge.RuleInfo rule = firing.rule();
            throw new RuleMisuseException(new nl.wielwijzer.problem.Problem(rule.file(), rule.line(), 0,
                    "rule \"" + rule.name() + "\" @apease", "the rule '" + rule.name() + "' is an APEASE rule (@apease(\""
                    + rule.apease().code() + "\")) and so may only rule out or disfavour, not " + effect.code(),
                    "use advice.ruleOut or advice.disfavour; a finding that adds belongs in the rules of its stage, "
                            + "without @apease and agenda-group \"apease\""), false);
        }
        return firing;
    }

    static int checked(int points) {
        if (points < 1 || points > MAX_POINTS) {
            throw new IllegalArgumentException("points must be 1 to " + MAX_POINTS + ", not " + points);
        }
        return points;
    }

    /** Categories and instruments may carry a function's whole score, which can exceed {@link #MAX_POINTS}. */
    static int checkedScore(int points) {
        if (points < 1) {
            throw new IllegalArgumentException("points must be at least 1, not " + points);
        }
        return points;
    }
}
