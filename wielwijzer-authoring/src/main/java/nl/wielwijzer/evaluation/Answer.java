package nl.wielwijzer.evaluation;

import java.util.List;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.result.Choice;
import nl.wielwijzer.result.Phase;
import nl.wielwijzer.result.RankedFunction;
import nl.wielwijzer.result.RankedInstrument;
import nl.wielwijzer.result.Recommendation;
import nl.wielwijzer.result.Route;

/**
 * What a recommender answered for a case, reduced to what the measures look at; Wielwijzer's answer and the
 * baseline's have the same shape, so one piece of code scores both.
 *
 * @param functions   the ranked functions, best first
 * @param instruments the returned instruments, best first
 * @param route       the route chosen, or null for none
 * @param phase       the phase chosen, or null for none
 * @param choosesRoute whether the recommender has a way to choose a route and phase at all; the plain baseline
 *                    has none, and then its "none" is not an answer and scores as a miss
 */
public record Answer(List<InterventionFunction> functions, List<Returned> instruments, Route route, Phase phase,
                     boolean choosesRoute) {

    public Answer {
        functions = List.copyOf(functions);
        instruments = List.copyOf(instruments);
    }

    /** One returned instrument and its status. */
    public record Returned(String id, RankedInstrument.Status status) {
    }

    /** The three best-ranked functions (fewer when fewer were ranked). */
    public List<InterventionFunction> topThree() {
        return functions.subList(0, Math.min(3, functions.size()));
    }

    /** Wielwijzer's result as an answer. */
    public static Answer of(Recommendation result) {
        return new Answer(result.interventionFunctions().stream().map(RankedFunction::function).toList(),
                result.instruments().stream().map(i -> new Returned(i.id(), i.status())).toList(),
                result.recommendedRoute().map(Choice::value).orElse(null),
                result.recommendedPhase().map(Choice::value).orElse(null), true);
    }
}
