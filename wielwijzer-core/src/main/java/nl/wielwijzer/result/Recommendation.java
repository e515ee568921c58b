package nl.wielwijzer.result;

import java.util.List;
import java.util.Optional;

/**
 * The result for one profile (wire contract v1): ranked intervention functions, policy categories and
 * instruments, what was ruled out, and the recommended route and phase where rules chose one. Immutable.
 */
public record Recommendation(
        String profileId,
        List<RankedFunction> interventionFunctions,
        List<RankedCategory> policyCategories,
        List<RankedInstrument> instruments,
        List<Exclusion> excluded,
        Choice<Route> route,
        Choice<Phase> phase) {

    public Recommendation {
        interventionFunctions = List.copyOf(interventionFunctions);
        policyCategories = List.copyOf(policyCategories);
        instruments = List.copyOf(instruments);
        excluded = List.copyOf(excluded);
    }

    public Optional<Choice<Route>> recommendedRoute() {
        return Optional.ofNullable(route);
    }

    public Optional<Choice<Phase>> recommendedPhase() {
        return Optional.ofNullable(phase);
    }
}
