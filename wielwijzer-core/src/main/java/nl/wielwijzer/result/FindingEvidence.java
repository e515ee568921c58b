package nl.wielwijzer.result;

import nl.wielwijzer.bcw.Coded;

/**
 * How strong the support is that a seed gives one of its findings (a rule's {@code @evidence}), strongest first.
 * Every explanation of a finding says it in plain words; the ranking does not weigh it (docs/how-it-works.md).
 */
public enum FindingEvidence implements Coded {
    /** The seed reports a measured effect: an evaluation, a study with figures, a meta-analysis. */
    MEASURED("measured", "gemeten effect", "a measured effect"),
    /** Several cases, organisations, municipalities or respondents agree, or a survey of many. */
    SEVERAL("several", "meerdere organisaties of gevallen zijn het eens", "several organisations or cases agree"),
    /** The seed reports what other research or literature says, without its own measurement. */
    LITERATURE("literature", "volgens eerder onderzoek (literatuur)", "what earlier research reports (literature)"),
    /** One case, one organisation, one municipality's practice. */
    SINGLE("single", "één geval of organisatie", "one case or organisation"),
    /** The seed authors' own advice, recommendation or conclusion. */
    ADVICE("advice", "advies van de onderzoekers zelf", "the researchers' own advice"),
    /** Interviewees' or experts' views, without more. */
    OPINION("opinion", "mening van geïnterviewden", "interviewees' opinion");

    private final Labels labels;

    FindingEvidence(String code, String nl, String en) {
        this.labels = new Labels(code, nl, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
