package nl.wielwijzer.result;

import nl.wielwijzer.bcw.Coded;

/** How much of the evidence a written result carries (docs/result.md). */
public enum Explain implements Coded {
    /** Only the summary ({@code summary}): a card for a portal. */
    SUMMARY("summary", "samenvatting", "summary"),
    /**
     * The summary, the ranked lists with references to explanation steps, and the tables those references
     * point into ({@code standard}, the default).
     */
    STANDARD("standard", "standaard", "standard"),
    /** Everything: also the rule texts, the quotes, the diagnoses behind each step and every step the rules took ({@code full}). */
    FULL("full", "volledig", "full");

    private final Labels labels;

    Explain(String code, String nl, String en) {
        this.labels = new Labels(code, nl, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
