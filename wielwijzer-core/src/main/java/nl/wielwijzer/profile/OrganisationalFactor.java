package nl.wielwijzer.profile;

import nl.wielwijzer.bcw.Coded;

/**
 * The organisational factors of a stimulating work context in the DI model of seed 003 (L541-586),
 * scored 1-5 for how well the organisation has them in place.
 */
public enum OrganisationalFactor implements Coded {
    INTERVENTION_SUPPLY("interventionSupply", "feitelijk aanbod van interventies", "supply of interventions"),
    TAILORED_AGREEMENTS("tailoredAgreements", "maatwerkafspraken", "tailored agreements"),
    AUTONOMY("autonomy", "autonomie", "autonomy"),
    PARTICIPATION("participation", "participatie en inspraak", "participation and voice"),
    LEARNING_SPACE("learningSpace", "leerruimte", "learning space"),
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
