package nl.wielwijzer.rules;

import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.bcw.InterventionFunction;

/**
 * The candidates an {@code advice.favourEach}, {@code disfavourEach} or {@code ruleOutEach} reaches, narrowed where
 * the policy says more than one attribute: every call returns the same selection, so the narrowings read as one
 * sentence.
 *
 * <pre>
 * advice.favourEach(2, Phase.CAN_MAY_DARE).thatDeliver(TRAINING, EDUCATION);
 * advice.disfavourEach(2, Outcome.CRAFTSMANSHIP, Route.DEVELOPMENT).unless(Outcome.VITALITY);
 * advice.favourEach(2, Route.MOBILITY).andAlso("vvt-pr-gezamenlijk-jaarplan");
 * </pre>
 *
 * <p>A candidate is reached when it has one of the attributes, delivers one of the functions of every {@link
 * #thatDeliver}, and has none of the attributes of any {@link #unless}; or when {@link #andAlso} names it, whatever
 * the rest says. Like the action itself, the selection is applied once the candidates are known.
 */
public interface EachCandidate {

    /**
     * Only the candidates that deliver at least one of {@code functions} ({@code instrument.delivers(…)}):
     * {@code advice.favourEach(2, Phase.CAN_MAY_DARE).thatDeliver(TRAINING, EDUCATION)} does what {@code Candidate(
     * $i : instrument, instrument.inPhase(Phase.CAN_MAY_DARE), instrument.delivers(TRAINING) ||
     * instrument.delivers(EDUCATION) )} with {@code advice.favour($i, 2)} does.
     */
    EachCandidate thatDeliver(InterventionFunction... functions);

    /**
     * Not the candidates that have any of {@code attributes} (a route, phase, outcome, audience or cost): {@code
     * advice.disfavourEach(2, Outcome.CRAFTSMANSHIP, Route.DEVELOPMENT).unless(Outcome.VITALITY)} does what {@code
     * Candidate( $i : instrument, instrument.serves(Outcome.CRAFTSMANSHIP) || instrument.inRoute(Route.DEVELOPMENT),
     * !instrument.serves(Outcome.VITALITY) )} with {@code advice.disfavour($i, 2)} does.
     */
    EachCandidate unless(Coded... attributes);

    /**
     * Also the named instruments (catalogue ids), each that is a candidate, whatever the attributes say: {@code
     * advice.favourEach(2, Route.MOBILITY).andAlso("vvt-pr-gezamenlijk-jaarplan")} does what {@code Candidate( $i :
     * instrument, instrument.inRoute(Route.MOBILITY) || instrument.id == "vvt-pr-gezamenlijk-jaarplan" )} with {@code
     * advice.favour($i, 2)} does. A rule that names an instrument this way is a named finding, not a broad one, for
     * every candidate it reaches, as that Candidate pattern (which tests the id) is.
     */
    EachCandidate andAlso(String... instrumentIds);
}
