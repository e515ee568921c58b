package nl.wielwijzer.profile;

import nl.wielwijzer.bcw.Coded;

/**
 * The personality traits seed 002 links to self-leadership (Kader 3.2, L1000-1065).
 */
public enum SelfLeadershipTrait implements Coded {
    EXTRAVERSION("extraversion", "extraversie", "extraversion"),
    CONSCIENTIOUSNESS("conscientiousness", "consciëntieusheid", "conscientiousness"),
    SELF_EFFICACY("selfEfficacy", "self-efficacy (geloof in eigen kunnen)", "self-efficacy"),
    SELF_CONFIDENCE("selfConfidence", "zelfvertrouwen", "self-confidence"),
    SELF_MONITORING("selfMonitoring", "zelfmonitoring", "self-monitoring"),
    INTERNAL_LOCUS_OF_CONTROL("internalLocusOfControl", "interne locus of control", "internal locus of control"),
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
