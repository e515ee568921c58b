package nl.wielwijzer.bcw;

/**
 * The six sub-components of the COM-B model (Michie, van Stralen &amp; West 2011): behaviour needs
 * capability, opportunity and motivation, each split in two.
 */
public enum ComB implements Coded {
    /** Physical capability ({@code physicalCapability}); in Dutch: fysieke capaciteit. */
    PHYSICAL_CAPABILITY("physicalCapability", "fysieke capaciteit", "physical capability"),
    /** Psychological capability ({@code psychologicalCapability}); in Dutch: psychologische capaciteit. */
    PSYCHOLOGICAL_CAPABILITY("psychologicalCapability", "psychologische capaciteit", "psychological capability"),
    /** Physical opportunity ({@code physicalOpportunity}); in Dutch: fysieke gelegenheid. */
    PHYSICAL_OPPORTUNITY("physicalOpportunity", "fysieke gelegenheid", "physical opportunity"),
    /** Social opportunity ({@code socialOpportunity}); in Dutch: sociale gelegenheid. */
    SOCIAL_OPPORTUNITY("socialOpportunity", "sociale gelegenheid", "social opportunity"),
    /** Reflective motivation ({@code reflectiveMotivation}); in Dutch: reflectieve motivatie. */
    REFLECTIVE_MOTIVATION("reflectiveMotivation", "reflectieve motivatie", "reflective motivation"),
    /** Automatic motivation ({@code automaticMotivation}); in Dutch: automatische motivatie. */
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
