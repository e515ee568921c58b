package nl.wielwijzer.result;

import nl.wielwijzer.bcw.Coded;

/**
 * How strong the evidence for an instrument is, strongest first.
 */
public enum EvidenceLevel implements Coded {
    /** Effect measured ({@code effectMeasured}); in Dutch: effect gemeten. */
    EFFECT_MEASURED("effectMeasured", "effect gemeten", "effect measured"),
    /** Effect perceived in practice ({@code effectPerceived}); in Dutch: effect ervaren in de praktijk. */
    EFFECT_PERCEIVED("effectPerceived", "effect ervaren in de praktijk", "effect perceived in practice"),
    /** Literature ({@code literature}); in Dutch: literatuur. */
    LITERATURE("literature", "literatuur", "literature"),
    /** Advice only ({@code adviceOnly}); in Dutch: alleen advies. */
    ADVICE_ONLY("adviceOnly", "alleen advies", "advice only");

    private final Labels labels;

    EvidenceLevel(String code, String nl, String en) {
        this.labels = new Labels(code, nl, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
