package nl.wielwijzer.result;

import java.util.List;
import java.util.Optional;

/**
 * The result for one profile (wire contract v2): the summary first, then: the ranked intervention functions, policy categories and
 * instruments, what was ruled out, and the recommended route and phase where rules chose one. Immutable.
 *
 * @param profileId             the profile's id, echoed back
 * @param interventionFunctions the intervention functions that apply, best first
 * @param policyCategories      the policy categories that can deliver them, best first
 * @param instruments           the best catalogue instruments, at most {@code maxInstruments}
 * @param excluded              what rules ruled out, or instruments already offered
 * @param route                 the recommended sustainability route, or null when no rule chose one
 * @param phase                 the recommended behaviour-change phase, or null when no rule chose one
 * @param delivery              how to bring the interventions to this person or organisation, in vocabulary order
 * @param summary               the answer first: target behaviour, diagnosis, top functions and instruments
 */
public record Recommendation(
        String profileId,
        List<RankedFunction> interventionFunctions,
        List<RankedCategory> policyCategories,
        List<RankedInstrument> instruments,
        List<Exclusion> excluded,
        Choice<Route> route,
        Choice<Phase> phase,
        List<Delivery> delivery,
        Summary summary) {

    /**
     * Creates one; its lists are copied, so it cannot change afterwards.
     *
     * @param profileId the profile's id, echoed back
     * @param interventionFunctions the intervention functions that apply, best first
     * @param policyCategories the policy categories that can deliver them, best first
     * @param instruments the best catalogue instruments, at most {@code maxInstruments}
     * @param excluded what rules ruled out, or instruments already offered
     * @param route the recommended sustainability route, or null when no rule chose one
     * @param phase the recommended behaviour-change phase, or null when no rule chose one
     * @param delivery how to bring the interventions, in vocabulary order
     * @param summary the answer first
     */
    public Recommendation {
        interventionFunctions = List.copyOf(interventionFunctions);
        policyCategories = List.copyOf(policyCategories);
        instruments = List.copyOf(instruments);
        excluded = List.copyOf(excluded);
        delivery = List.copyOf(delivery);
    }

    /**
     * The recommended sustainability route (seed 001).
     *
     * @return the route, or empty when no rule chose one
     */
    public Optional<Choice<Route>> recommendedRoute() {
        return Optional.ofNullable(route);
    }

    /**
     * The recommended behaviour-change phase (seed 003).
     *
     * @return the phase, or empty when no rule chose one
     */
    public Optional<Choice<Phase>> recommendedPhase() {
        return Optional.ofNullable(phase);
    }
}
