package nl.wielwijzer.rules;

import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.bcw.PolicyCategory;
import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.catalog.Instrument;
import nl.wielwijzer.result.Phase;
import nl.wielwijzer.result.Route;

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
 * <p>Points are whole numbers from 1 to {@value #MAX_POINTS}. How they become a score is the ranking model
 * (docs/how-it-works.md): the COM-B matrix gates the functions, a rule's points on one target count once, seed
 * findings count within bounds, categories are normalised, and generic instrument matching is capped.
 * The engine supplies one implementation per recommendation; it is never shared between threads.
 */
public interface Advice {

    /** The most points one call may give or take: keeps any single finding from swamping the wheel. */
    int MAX_POINTS = 10;

    // --- intervention functions (stage 1) ----------------------------------------------------------------

    void favour(InterventionFunction function, int points);

    void disfavour(InterventionFunction function, int points);

    /** Rules the function out for this profile, whatever its score; the result lists it under excluded. */
    void ruleOut(InterventionFunction function);

    // --- policy categories (stage 2) ---------------------------------------------------------------------

    /** Categories may carry a function's whole score, which can exceed {@link #MAX_POINTS}. */
    void favour(PolicyCategory category, int points);

    void disfavour(PolicyCategory category, int points);

    void ruleOut(PolicyCategory category);

    // --- routes and phases (any stage) -------------------------------------------------------------------

    void favour(Route route, int points);

    void disfavour(Route route, int points);

    void favour(Phase phase, int points);

    void disfavour(Phase phase, int points);

    // --- instruments (stage 3) ---------------------------------------------------------------------------

    /**
     * Makes the instrument a candidate for this profile: it suits the subject and the sector. Other rules
     * then score candidates ({@code Candidate( $i : instrument )}); instruments that never become candidates
     * are simply not recommended. Considering an instrument twice changes nothing.
     */
    void consider(Instrument instrument);

    /** Instruments may carry a function's whole score, which can exceed {@link #MAX_POINTS}. */
    void favour(Instrument instrument, int points);

    void disfavour(Instrument instrument, int points);

    void ruleOut(Instrument instrument);

    // --- instruments by id (any stage) -------------------------------------------------------------------

    /**
     * Favours the named instruments (catalogue ids) by {@code points} each, the normal way for a finding about
     * specific instruments: {@code advice.favour(2, "cnw-feedback-van-collegas", "cnw-inzien-uitstroomcijfers");}
     * does what {@code Candidate( $i : instrument, instrument.id in (…) )} with {@code advice.favour($i, 2)} does,
     * without matching every candidate. An instrument that is not a candidate for this profile (another subject,
     * sector or scope) gets nothing, as it would from the Candidate form. The loader checks every id against the
     * catalogue.
     */
    void favour(int points, String... instrumentIds);

    /** Takes {@code points} away from each named instrument that is a candidate; see {@link #favour(int, String...)}. */
    void disfavour(int points, String... instrumentIds);

    /**
     * Rules the named instruments out for this profile; one that is not a candidate is not listed under excluded.
     * See {@link #favour(int, String...)}.
     */
    void ruleOut(String... instrumentIds);

    /**
     * Takes {@code points} away from every candidate that targets only COM-B components in which this profile has no
     * gap: at least one component it targets has a gap of 0, and none has a gap of 1 or more (a component whose gap
     * is unknown counts neither way). {@code advice.disfavourWhereNoGap(2);} does what a {@code Candidate( $i :
     * instrument )} pattern with {@code exists Gap( severity == 0, $i.targets(component) )} and {@code not Gap(
     * severity >= 1, $i.targets(component) )} and {@code advice.disfavour($i, 2)} does, without matching every
     * candidate; applied, like the by-id forms, once the candidates are known.
     */
    void disfavourWhereNoGap(int points);

    // --- instruments by attribute (any stage) -------------------------------------------------------------

    /**
     * Favours every candidate that has one of the attributes (a route, phase, outcome, audience or cost) by
     * {@code points}: {@code advice.favourEach(1, Route.DEVELOPMENT)} does what {@code Candidate( $i : instrument,
     * instrument.inRoute(Route.DEVELOPMENT) )} with {@code advice.favour($i, 1)} does, and {@code
     * advice.favourEach(2, Cost.FREE, Cost.DISCOUNT)} favours the candidates that are free or discounted. The rule
     * fires once, not once per candidate, and is applied, like the by-id forms, once the candidates are known. Such
     * a finding is broad: it says less about one instrument than a finding that names it, and the ranking weighs it
     * so (docs/how-it-works.md). The attributes are the constants of {@code Route}, {@code Phase}, {@code Outcome},
     * {@code Audience} and {@code Cost}; the loader refuses any other, and so does the call. The selection it returns
     * narrows which candidates it reaches where one attribute does not say it ({@link EachCandidate}).
     */
    EachCandidate favourEach(int points, Coded... attributes);

    /** Takes {@code points} away from every candidate that has one of the attributes; see {@link #favourEach}. */
    EachCandidate disfavourEach(int points, Coded... attributes);

    /**
     * Rules out, for this profile, every candidate that has one of the attributes: {@code
     * advice.ruleOutEach(Cost.SUBSIDISED)}; see {@link #favourEach}.
     */
    EachCandidate ruleOutEach(Coded... attributes);

    /**
     * Rules out, for this profile, every candidate meant for another age group than the employee's: {@code $age :
     * EmployeeAge( )} and {@code advice.ruleOutEachNotMeantFor($age)} does what {@code EmployeeAge( $years : years )},
     * {@code Candidate( $i : instrument, instrument.hasAgeRange(), !instrument.fitsAge($years) )} and {@code
     * advice.ruleOut($i)} does. A candidate without an age range is meant for every age. Applied, like the forms
     * above, once the candidates are known.
     */
    void ruleOutEachNotMeantFor(EmployeeAge age);

    /**
     * Rules out every candidate meant for another work ability than the employee's ({@code
     * instrument.hasWorkAbilityLimit(), !instrument.fitsWorkAbility($band)}); see {@link
     * #ruleOutEachNotMeantFor(EmployeeAge)}.
     */
    void ruleOutEachNotMeantFor(EmployeeWorkAbility workAbility);

    /**
     * Rules out every candidate meant for another placement phase than the employee's ({@code
     * instrument.hasPlacementPhases(), !instrument.fitsPlacement($phase)}); see {@link
     * #ruleOutEachNotMeantFor(EmployeeAge)}.
     */
    void ruleOutEachNotMeantFor(EmployeePlacement placement);

    /** The organisation already offers it: not recommended again, unless a rule says to make better use of it. */
    void alreadyOffered(Instrument instrument);

    /** Recommends making better use of an instrument the organisation already offers. */
    void makeBetterUse(Instrument instrument, int points);

    /**
     * The organisation already offers the named instruments (catalogue ids, usually the id of an {@link Offered}
     * fact: {@code Offered( $id : instrumentId )} and {@code advice.alreadyOffered($id)}): each that is a candidate
     * is not recommended again, unless a rule says to make better use of it. One that is not a candidate gets
     * nothing; see {@link #favour(int, String...)}.
     */
    void alreadyOffered(String... instrumentIds);

    /**
     * Recommends making better use of the named instruments the organisation already offers, by {@code points}
     * each that is a candidate: {@code advice.makeBetterUse(2, $id)}; see {@link #alreadyOffered(String...)}.
     */
    void makeBetterUse(int points, String... instrumentIds);

    // --- diagnoses ---------------------------------------------------------------------------------------

    /**
     * Concludes a diagnosis (a code under {@code diagnoses} in the vocabulary) that other rules can match as
     * {@code Diagnosis( code == "..." )}. Reaching the same diagnosis twice adds to its trace, not to its weight.
     */
    void diagnose(String code);

    // --- delivery (any stage) ----------------------------------------------------------------------------

    /**
     * Advises how to bring the recommended interventions to this person or organisation (a code under
     * {@code delivery} in the vocabulary, e.g. {@code peersShareSuccesses}): who brings the message, through
     * which channel, in which words. The result lists each piece of delivery advice once, in vocabulary order,
     * with every rule that gave it.
     */
    void deliver(String code);
}
