package nl.wielwijzer.result;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wielwijzer.bcw.Coded;

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
 * @param identifiers           the Behaviour Change Intervention Ontology (BCIO) ids of the functions, categories and
 *                              COM-B components this result names, by wire code, in that order (rules/bct.yaml
 *                              gives their source); a code without a known id is left out
 * @param notices               what the caller should know about the profile itself, by profile path (as the
 *                              {@code code}) with the notice in Dutch and English: for example an older vocabulary
 *                              code that was read as the code that replaced it; empty for most profiles
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
        Summary summary,
        Map<String, String> identifiers,
        List<Coded.Labels> notices) {

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
     * @param identifiers the BCIO ids of the codes this result names, by wire code
     * @param notices what the caller should know about the profile itself, by profile path
     */
    public Recommendation {
        interventionFunctions = List.copyOf(interventionFunctions);
        policyCategories = List.copyOf(policyCategories);
        instruments = List.copyOf(instruments);
        excluded = List.copyOf(excluded);
        delivery = List.copyOf(delivery);
        identifiers = Collections.unmodifiableMap(new LinkedHashMap<>(identifiers)); // in the order given
        notices = List.copyOf(notices);
    }

    /**
     * One without notices.
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
     * @param identifiers the BCIO ids of the codes this result names, by wire code
     */
    public Recommendation(String profileId, List<RankedFunction> interventionFunctions,
                          List<RankedCategory> policyCategories, List<RankedInstrument> instruments,
                          List<Exclusion> excluded, Choice<Route> route, Choice<Phase> phase, List<Delivery> delivery,
                          Summary summary, Map<String, String> identifiers) {
        this(profileId, interventionFunctions, policyCategories, instruments, excluded, route, phase, delivery, summary,
                identifiers, List.of());
    }

    /**
     * One as ranking makes it, before the adviser's layer (cards, techniques, identifiers) is added.
     *
     * @param profileId the profile's id, echoed back
     * @param interventionFunctions the intervention functions that apply, best first
     * @param policyCategories the policy categories that can deliver them, best first
     * @param instruments the best catalogue instruments, at most {@code maxInstruments}
     * @param excluded what rules ruled out, or instruments already offered
     * @param route the recommended sustainability route, or null when no rule chose one
     * @param phase the recommended behaviour-change phase, or null when no rule chose one
     * @param delivery how to bring the interventions, in vocabulary order
     * @param summary the answer first, or null until it is written
     */
    public Recommendation(String profileId, List<RankedFunction> interventionFunctions,
                          List<RankedCategory> policyCategories, List<RankedInstrument> instruments,
                          List<Exclusion> excluded, Choice<Route> route, Choice<Phase> phase, List<Delivery> delivery,
                          Summary summary) {
        this(profileId, interventionFunctions, policyCategories, instruments, excluded, route, phase, delivery, summary,
                Map.of(), List.of());
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
