package nl.wielwijzer.catalog;

import nl.wielwijzer.bcw.Coded;

/**
 * Whether a link (an instrument's function or target) is stated by the seed or judged by the catalogue editor.
 */
public enum Basis implements Coded {
    STATED("stated", "genoemd in de bron", "stated by the seed"),
    JUDGED("judged", "oordeel van de redactie", "judged by the catalogue editor");

    private final Labels labels;

    Basis(String code, String nl, String en) {
        this.labels = new Labels(code, nl, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
