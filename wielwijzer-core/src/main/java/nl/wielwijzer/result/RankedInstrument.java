package nl.wielwijzer.result;

import java.util.List;
import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.bcw.InterventionFunction;

/**
 * A catalogue instrument recommended for the profile.
 *
 * @param id          the catalogue id
 * @param name        the Dutch name (with qualifier)
 * @param nameEn      the English name
 * @param rank        1 = best
 * @param score       the sum of the points that counted for it, exact to a tenth of a point (docs/how-it-works.md, "The ranking model")
 * @param functions   the intervention functions it delivers
 * @param evidence    the strongest evidence the seeds give for it
 * @param status      new; make better use of something the organisation already offers; or, for one named
 *                    organisation's own arrangement that the profile's organisation does not offer, an example to copy
 *                    (the card's {@code organisation} says whose it is)
 * @param fit         specific when a seed finding scored it for this profile; generic when only the generic
 *                    matching rules did (it delivers a needed function, targets a gap)
 * @param explanations why, rule by rule
 * @param card         what an adviser needs to act on it: description, provider, cost, how to get it, the one
 *                     finding that put it here, and its behaviour change techniques (null only while ranking)
 */
public record RankedInstrument(String id, String name, String nameEn, int rank, double score,
                               List<InterventionFunction> functions, EvidenceLevel evidence, Status status, Fit fit,
                               List<Explanation> explanations, Summary.Card card) {

    /**
     * Creates one; its lists are copied, so it cannot change afterwards (explanations made {@link Explanation#later}
     * are kept as they are: they cannot change either).
     *
     * @param id the catalogue id
     * @param name the Dutch name (with qualifier)
     * @param nameEn the English name
     * @param rank 1 = best
     * @param score the sum of the points that counted for it, exact to a tenth of a point
     * @param functions the intervention functions it delivers
     * @param evidence the strongest evidence the seeds give for it
     * @param status new, or make better use of something the organisation already offers
     * @param fit specific when a seed finding scored it, generic when only the generic matching rules did
     * @param explanations why, rule by rule
     * @param card what an adviser needs to act on it
     */
    public RankedInstrument {
        functions = List.copyOf(functions);
        explanations = Explanation.kept(explanations);
    }

    /**
     * One as ranking makes it, before its card is written.
     *
     * @param id the catalogue id
     * @param name the Dutch name (with qualifier)
     * @param nameEn the English name
     * @param rank 1 = best
     * @param score the sum of the points that counted for it, exact to a tenth of a point
     * @param functions the intervention functions it delivers
     * @param evidence the strongest evidence the seeds give for it
     * @param status new, or make better use of something the organisation already offers
     * @param fit specific when a seed finding scored it, generic when only the generic matching rules did
     * @param explanations why, rule by rule
     */
    public RankedInstrument(String id, String name, String nameEn, int rank, double score,
                            List<InterventionFunction> functions, EvidenceLevel evidence, Status status, Fit fit,
                            List<Explanation> explanations) {
        this(id, name, nameEn, rank, score, functions, evidence, status, fit, explanations, null);
    }

    /**
     * The same instrument with its card.
     *
     * @param with what an adviser needs to act on it
     * @return a copy with {@code card} set
     */
    public RankedInstrument withCard(Summary.Card with) {
        return new RankedInstrument(id, name, nameEn, rank, score, functions, evidence, status, fit, explanations, with);
    }

    /** Why the instrument fits: a seed finding about this kind of profile, or only generic matching. */
    public enum Fit implements Coded {
        /** A seed finding scored it for this profile ({@code specific}); in Dutch: specifiek. */
        SPECIFIC("specific", "specifiek", "specific"),
        /** Only the generic matching rules scored it ({@code generic}); in Dutch: alleen algemeen. */
        GENERIC("generic", "past alleen algemeen", "fits only generically");

        private final Labels labels;

        Fit(String code, String nl, String en) {
            this.labels = new Labels(code, nl, en);
        }

        @Override
        public Labels labels() {
            return labels;
        }
    }

    /**
     * Whether the instrument is new to the organisation, already there and worth using better, or another
     * organisation's own arrangement shown as an example to copy.
     */
    public enum Status implements Coded {
        /** New ({@code new}); in Dutch: nieuw. */
        NEW("new", "nieuw", "new"),
        /** Already there: make better use ({@code makeBetterUse}); in Dutch: al aanwezig: beter benutten. */
        MAKE_BETTER_USE("makeBetterUse", "al aanwezig: beter benutten", "already there: make better use"),
        /**
         * One named organisation's own arrangement that the profile's organisation does not offer
         * ({@code exampleToCopy}); in Dutch: voorbeeld om over te nemen.
         */
        EXAMPLE_TO_COPY("exampleToCopy", "voorbeeld om over te nemen", "an example to copy");

        private final Labels labels;

        Status(String code, String nl, String en) {
            this.labels = new Labels(code, nl, en);
        }

        @Override
        public Labels labels() {
            return labels;
        }
    }
}
