package nl.wielwijzer.profile;

import nl.wielwijzer.bcw.Coded;

/**
 * The personality traits seed 002 links to self-leadership (Kader 3.2, L1000-1065).
 */
public enum SelfLeadershipTrait implements Coded {
    /** Extraversion ({@code extraversion}); in Dutch: extraversie. */
    EXTRAVERSION("extraversion", "extraversie", "extraversion"),
    /** Conscientiousness ({@code conscientiousness}); in Dutch: consciëntieusheid. */
    CONSCIENTIOUSNESS("conscientiousness", "consciëntieusheid", "conscientiousness"),
    /** Self-efficacy ({@code selfEfficacy}); in Dutch: self-efficacy (geloof in eigen kunnen). */
    SELF_EFFICACY("selfEfficacy", "self-efficacy (geloof in eigen kunnen)", "self-efficacy"),
    /** Self-confidence ({@code selfConfidence}); in Dutch: zelfvertrouwen. */
    SELF_CONFIDENCE("selfConfidence", "zelfvertrouwen", "self-confidence"),
    /** Self-monitoring ({@code selfMonitoring}); in Dutch: zelfmonitoring. */
    SELF_MONITORING("selfMonitoring", "zelfmonitoring", "self-monitoring"),
    /** Internal locus of control ({@code internalLocusOfControl}); in Dutch: interne locus of control. */
    INTERNAL_LOCUS_OF_CONTROL("internalLocusOfControl", "interne locus of control", "internal locus of control"),
    /** Neuroticism ({@code neuroticism}); in Dutch: neuroticisme. */
    NEUROTICISM("neuroticism", "neuroticisme", "neuroticism");

    private final Labels labels;

    SelfLeadershipTrait(String code, String nl, String en) {
        this.labels = new Labels(code, nl, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
