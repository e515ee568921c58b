package nl.wielwijzer.bcw;

/**
 * The nine intervention functions of the Behaviour Change Wheel, in the wheel's own order, which is also
 * the documented last tie-breaker of the ranking. Dutch labels as in seed 002, Kader 3.1.
 */
public enum InterventionFunction implements Coded {
    EDUCATION("education", "informeren", "education"),
    PERSUASION("persuasion", "overtuigen", "persuasion"),
    INCENTIVISATION("incentivisation", "belonen", "incentivisation"),
    COERCION("coercion", "dwingen", "coercion"),
    TRAINING("training", "trainen", "training"),
    RESTRICTION("restriction", "beperken", "restriction"),
    ENVIRONMENTAL_RESTRUCTURING("environmentalRestructuring", "aanpassen van de omgeving", "environmental restructuring"),
    MODELLING("modelling", "gewenst gedrag voordoen", "modelling"),
    ENABLEMENT("enablement", "mogelijk maken", "enablement");

    private final Labels labels;

    InterventionFunction(String code, String nl, String en) {
        this.labels = new Labels(code, nl, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
