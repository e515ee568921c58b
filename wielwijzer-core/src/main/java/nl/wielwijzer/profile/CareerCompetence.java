package nl.wielwijzer.profile;

import nl.wielwijzer.bcw.Coded;

/**
 * The eight factors of career guidance of seed 004 (L365-439), scored 1-5 by the employee.
 */
public enum CareerCompetence implements Coded {
    /** Personal flexibility ({@code personalFlexibility}); in Dutch: persoonlijke flexibiliteit. */
    PERSONAL_FLEXIBILITY("personalFlexibility", "persoonlijke flexibiliteit", "personal flexibility"),
    /** Corporate sense ({@code corporateSense}); in Dutch: corporate sense. */
    CORPORATE_SENSE("corporateSense", "corporate sense", "corporate sense"),
    /** Reflecting on one's career ({@code careerReflection}); in Dutch: reflecteren op de eigen loopbaan. */
    CAREER_REFLECTION("careerReflection", "reflecteren op de eigen loopbaan", "reflecting on one's career"),
    /** Weighing costs and benefits ({@code costBenefitWeighing}); in Dutch: afwegen kosten en baten. */
    COST_BENEFIT_WEIGHING("costBenefitWeighing", "afwegen kosten en baten", "weighing costs and benefits"),
    /** Personal effectiveness and self-steering ({@code selfSteering}); in Dutch: persoonlijke effectiviteit en zelfsturing. */
    SELF_STEERING("selfSteering", "persoonlijke effectiviteit en zelfsturing", "personal effectiveness and self-steering"),
    /** Coping with uncertainty ({@code copingWithUncertainty}); in Dutch: omgaan met onzekerheid. */
    COPING_WITH_UNCERTAINTY("copingWithUncertainty", "omgaan met onzekerheid", "coping with uncertainty"),
    /** Work-life and work-health balance ({@code workLifeHealthBalance}); in Dutch: balans werk-privé en werk-gezondheid. */
    WORK_LIFE_HEALTH_BALANCE("workLifeHealthBalance", "balans werk-privé en werk-gezondheid", "work-life and work-health balance"),
    /** Networking ({@code networking}); in Dutch: netwerken. */
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
