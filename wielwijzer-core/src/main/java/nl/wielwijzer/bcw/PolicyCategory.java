package nl.wielwijzer.bcw;

/**
 * The seven policy categories of the Behaviour Change Wheel, in the wheel's order. Dutch labels follow seed 002
 * (Kader 3.1, L572-579) in the words the sector uses: "richtlijnen" (as seed 002 writes at L829 and L3412) for
 * the Kader's "handleidingen", nouns throughout ("regulering"), and no comma list for environmental and social
 * planning.
 */
public enum PolicyCategory implements Coded {
    /** Communication and marketing ({@code communicationMarketing}); in Dutch: communicatie en marketing. */
    COMMUNICATION_MARKETING("communicationMarketing", "communicatie en marketing", "communication and marketing"),
    /** Guidelines ({@code guidelines}); in Dutch: richtlijnen. */
    GUIDELINES("guidelines", "richtlijnen", "guidelines"),
    /** Fiscal measures ({@code fiscalMeasures}); in Dutch: fiscale prikkels. */
    FISCAL_MEASURES("fiscalMeasures", "fiscale prikkels", "fiscal measures"),
    /** Regulation ({@code regulation}); in Dutch: regulering. */
    REGULATION("regulation", "regulering", "regulation"),
    /** Legislation ({@code legislation}); in Dutch: wetgeving. */
    LEGISLATION("legislation", "wetgeving", "legislation"),
    /** Environmental and social planning ({@code environmentalSocialPlanning}); in Dutch: planning en ontwerp van de omgeving. */
    ENVIRONMENTAL_SOCIAL_PLANNING("environmentalSocialPlanning", "planning en ontwerp van de omgeving",
            "environmental and social planning"),
    /** Service provision ({@code serviceProvision}); in Dutch: advisering en ondersteuning. */
    SERVICE_PROVISION("serviceProvision", "advisering en ondersteuning", "service provision");

    private final Labels labels;

    PolicyCategory(String code, String nl, String en) {
        this.labels = new Labels(code, nl, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
