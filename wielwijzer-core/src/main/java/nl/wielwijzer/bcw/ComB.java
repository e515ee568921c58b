package nl.wielwijzer.bcw;

/**
 * The six sub-components of the COM-B model (Michie, van Stralen &amp; West 2011): behaviour needs
 * capability, opportunity and motivation, each split in two.
 */
public enum ComB implements Coded {
    PHYSICAL_CAPABILITY("physicalCapability", "fysieke capaciteit", "physical capability"),
    PSYCHOLOGICAL_CAPABILITY("psychologicalCapability", "psychologische capaciteit", "psychological capability"),
    PHYSICAL_OPPORTUNITY("physicalOpportunity", "fysieke gelegenheid", "physical opportunity"),
    SOCIAL_OPPORTUNITY("socialOpportunity", "sociale gelegenheid", "social opportunity"),
    REFLECTIVE_MOTIVATION("reflectiveMotivation", "reflectieve motivatie", "reflective motivation"),
    AUTOMATIC_MOTIVATION("automaticMotivation", "automatische motivatie", "automatic motivation");

    private final Labels labels;

    ComB(String code, String nl, String en) {
        this.labels = new Labels(code, nl, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
