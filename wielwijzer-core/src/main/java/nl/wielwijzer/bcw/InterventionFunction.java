package nl.wielwijzer.bcw;

/**
 * The nine intervention functions of the Behaviour Change Wheel, in the wheel's own order, which is also
 * the documented last tie-breaker of the ranking. Dutch labels as in seed 002, Kader 3.1.
 */
public enum InterventionFunction implements Coded {
    /** Education ({@code education}); in Dutch: informeren. */
    EDUCATION("education", "informeren", "education"),
    /** Persuasion ({@code persuasion}); in Dutch: overtuigen. */
    PERSUASION("persuasion", "overtuigen", "persuasion"),
    /** Incentivisation ({@code incentivisation}); in Dutch: belonen. */
    INCENTIVISATION("incentivisation", "belonen", "incentivisation"),
    /** Coercion ({@code coercion}); in Dutch: dwingen. */
    COERCION("coercion", "dwingen", "coercion"),
    /** Training ({@code training}); in Dutch: trainen. */
    TRAINING("training", "trainen", "training"),
    /** Restriction ({@code restriction}); in Dutch: beperken. */
    RESTRICTION("restriction", "beperken", "restriction"),
    /** Environmental restructuring ({@code environmentalRestructuring}); in Dutch: aanpassen van de omgeving. */
    ENVIRONMENTAL_RESTRUCTURING("environmentalRestructuring", "aanpassen van de omgeving", "environmental restructuring"),
    /** Modelling ({@code modelling}); in Dutch: gewenst gedrag voordoen. */
    MODELLING("modelling", "gewenst gedrag voordoen", "modelling"),
    /** Enablement ({@code enablement}); in Dutch: mogelijk maken. */
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
