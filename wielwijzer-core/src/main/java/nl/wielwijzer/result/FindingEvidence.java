package nl.wielwijzer.result;

import nl.wielwijzer.bcw.Coded;

/**
 * How strong the support is that a seed gives one of its findings (a rule's {@code @evidence}), strongest first.
 * The points a finding adds are weighted by it ({@link #weight()}, docs/how-it-works.md): a finding the seed reports
 * as a measured effect counts in full, a finding from one case or from interviewees' views alone counts less.
 */
public enum FindingEvidence implements Coded {
    /** The seed reports a measured effect: an evaluation, a study with figures, a meta-analysis. */
    MEASURED("measured", "gemeten effect", "a measured effect", 100),
    /** Several cases, organisations, municipalities or respondents agree, or a survey of many. */
    SEVERAL("several", "meerdere organisaties of gevallen zijn het eens", "several organisations or cases agree", 90),
    /** The seed reports what other research or literature says, without its own measurement. */
    LITERATURE("literature", "volgens eerder onderzoek (literatuur)", "what earlier research reports (literature)", 85),
    /** One case, one organisation, one municipality's practice. */
    SINGLE("single", "één geval of organisatie", "one case or organisation", 75),
    /** The seed authors' own advice, recommendation or conclusion. */
    ADVICE("advice", "advies van de onderzoekers zelf", "the researchers' own advice", 70),
    /** Interviewees' or experts' views, without more. */
    OPINION("opinion", "mening van geïnterviewden", "interviewees' opinion", 60);

    private final Labels labels;
    private final int weight;

    FindingEvidence(String code, String nl, String en, int weight) {
        this.labels = new Labels(code, nl, en);
        this.weight = weight;
    }

    @Override
    public Labels labels() {
        return labels;
    }

    /**
     * The share of its points a finding of this strength adds, in percent (100 for a measured effect, down to 60 for
     * interviewees' opinion alone). The ranking model multiplies a finding's bounded points by it and rounds once per
     * target, not once per finding (docs/how-it-works.md).
     *
     * @return the weight in percent
     */
    public int weight() {
        return weight;
    }
}
