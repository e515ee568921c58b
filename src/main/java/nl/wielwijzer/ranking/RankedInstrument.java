package nl.wielwijzer.ranking;

import java.util.List;
import nl.wielwijzer.explanation.Explanation;
import nl.wielwijzer.profile.EvidenceLevel;
import nl.wielwijzer.profile.InterventionFunction;

/**
 * A catalogue instrument recommended for the profile.
 *
 * @param id          the catalogue id
 * @param name        the Dutch name (with qualifier)
 * @param nameEn      the English name
 * @param rank        1 = best
 * @param score       the sum of the points the rules gave it
 * @param functions   the intervention functions it delivers
 * @param evidence    the strongest evidence the seeds give for it
 * @param status      {@code new}, or {@code makeBetterUse} for something the organisation already offers
 * @param explanations why, rule by rule
 */
public record RankedInstrument(String id, String name, String nameEn, int rank, int score,
                               List<InterventionFunction> functions, EvidenceLevel evidence, String status,
                               List<Explanation> explanations) {

    public RankedInstrument {
        functions = List.copyOf(functions);
        explanations = List.copyOf(explanations);
    }
}
