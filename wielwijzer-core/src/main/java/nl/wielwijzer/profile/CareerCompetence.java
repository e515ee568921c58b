package nl.wielwijzer.profile;

import nl.wielwijzer.bcw.Coded;

/**
 * The eight factors of career guidance of seed 004 (L365-439), scored 1-5 by the employee.
 */
public enum CareerCompetence implements Coded {
    PERSONAL_FLEXIBILITY("personalFlexibility", "persoonlijke flexibiliteit", "personal flexibility"),
    CORPORATE_SENSE("corporateSense", "corporate sense", "corporate sense"),
    CAREER_REFLECTION("careerReflection", "reflecteren op de eigen loopbaan", "reflecting on one's career"),
    COST_BENEFIT_WEIGHING("costBenefitWeighing", "afwegen kosten en baten", "weighing costs and benefits"),
    SELF_STEERING("selfSteering", "persoonlijke effectiviteit en zelfsturing", "personal effectiveness and self-steering"),
    COPING_WITH_UNCERTAINTY("copingWithUncertainty", "omgaan met onzekerheid", "coping with uncertainty"),
    WORK_LIFE_HEALTH_BALANCE("workLifeHealthBalance", "balans werk-privé en werk-gezondheid", "work-life and work-health balance"),
    NETWORKING("networking", "netwerken", "networking");

    private final Labels labels;

    CareerCompetence(String code, String nl, String en) {
        this.labels = new Labels(code, nl, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
