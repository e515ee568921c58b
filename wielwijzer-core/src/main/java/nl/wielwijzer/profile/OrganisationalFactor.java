package nl.wielwijzer.profile;

import nl.wielwijzer.bcw.Coded;

/**
 * The organisational factors of a stimulating work context in the DI model of seed 003 (L541-586),
 * scored 1-5 for how well the organisation has them in place.
 */
public enum OrganisationalFactor implements Coded {
    /** Supply of interventions ({@code interventionSupply}); in Dutch: feitelijk aanbod van interventies. */
    INTERVENTION_SUPPLY("interventionSupply", "feitelijk aanbod van interventies", "supply of interventions"),
    /** Tailored agreements ({@code tailoredAgreements}); in Dutch: maatwerkafspraken. */
    TAILORED_AGREEMENTS("tailoredAgreements", "maatwerkafspraken", "tailored agreements"),
    /** Autonomy ({@code autonomy}); in Dutch: autonomie. */
    AUTONOMY("autonomy", "autonomie", "autonomy"),
    /** Participation and voice ({@code participation}); in Dutch: participatie en inspraak. */
    PARTICIPATION("participation", "participatie en inspraak", "participation and voice"),
    /** Learning space ({@code learningSpace}); in Dutch: leerruimte. */
    LEARNING_SPACE("learningSpace", "leerruimte", "learning space"),
    /** Dialogue (the good conversation) ({@code dialogue}); in Dutch: dialoog (het goede gesprek). */
    DIALOGUE("dialogue", "dialoog (het goede gesprek)", "dialogue (the good conversation)");

    private final Labels labels;

    OrganisationalFactor(String code, String nl, String en) {
        this.labels = new Labels(code, nl, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
