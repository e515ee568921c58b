package nl.wielwijzer.result;

import java.util.Objects;
import nl.wielwijzer.bcw.Coded;

/**
 * A behaviour change technique (BCT Taxonomy v1) that puts an intervention function or an instrument into practice,
 * with where that link comes from (issue 10 item 4). Read from {@code rules/bct.yaml}. Immutable.
 *
 * @param number the BCT Taxonomy v1 number, e.g. {@code 1.4}
 * @param nl     the label in Dutch (the editor's translation; the taxonomy has no Dutch edition)
 * @param en     the label as the taxonomy publishes it, e.g. {@code Action planning}
 * @param basis  where the link between the technique and the function or instrument comes from
 * @param source the seed passage that describes the technique, for {@link Basis#SEED}; otherwise null
 */
public record Technique(String number, String nl, String en, Basis basis, Citation source) {

    /**
     * Creates one, checking that it says where it comes from.
     *
     * @param number the BCT Taxonomy v1 number
     * @param nl the label in Dutch
     * @param en the label in English
     * @param basis where the link comes from
     * @param source the seed passage for {@link Basis#SEED}, otherwise null
     */
    public Technique {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(basis, "basis");
        if ((basis == Basis.SEED) != (source != null)) {
            throw new IllegalArgumentException("a technique has a source exactly when its basis is the seed");
        }
    }

    /** Where the link between a technique and a function or instrument comes from. */
    public enum Basis implements Coded {
        /**
         * The BCW guide's table of the BCTs most frequently used per function ({@code bcwGuide}): Michie, Atkins
         * &amp; West (2014), The Behaviour Change Wheel, Table 3.3.
         */
        BCW_GUIDE("bcwGuide", "BCW-gids (Michie, Atkins & West 2014, tabel 3.3)",
                "BCW guide (Michie, Atkins & West 2014, Table 3.3)"),
        /** The seed's description of the instrument ({@code seed}); the passage is the technique's source. */
        SEED("seed", "beschrijving in de bron", "the seed's description"),
        /** The catalogue editor's judgement ({@code editorsJudgement}), as the catalogue marks functions 'judged'. */
        EDITORS_JUDGEMENT("editorsJudgement", "oordeel van de redactie", "editor's judgement");

        private final Labels labels;

        Basis(String code, String nl, String en) {
            this.labels = new Labels(code, nl, en);
        }

        @Override
        public Labels labels() {
            return labels;
        }
    }
}
