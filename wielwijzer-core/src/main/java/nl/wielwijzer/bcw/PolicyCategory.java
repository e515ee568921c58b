package nl.wielwijzer.bcw;

/**
 * The seven policy categories of the Behaviour Change Wheel, in the wheel's order; Dutch labels as in
 * seed 002 (L572-579).
 */
public enum PolicyCategory implements Coded {
    COMMUNICATION_MARKETING("communicationMarketing", "communicatie en marketing", "communication and marketing"),
    GUIDELINES("guidelines", "handleidingen", "guidelines"),
    FISCAL_MEASURES("fiscalMeasures", "fiscale prikkels", "fiscal measures"),
    REGULATION("regulation", "reguleren", "regulation"),
    LEGISLATION("legislation", "wetgeving", "legislation"),
    ENVIRONMENTAL_SOCIAL_PLANNING("environmentalSocialPlanning", "planning, ontwerp van de omgeving", "environmental and social planning"),
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
