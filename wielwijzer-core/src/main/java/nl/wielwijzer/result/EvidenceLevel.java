package nl.wielwijzer.result;

import nl.wielwijzer.bcw.Coded;

/**
 * How strong the evidence for an instrument is, strongest first.
 */
public enum EvidenceLevel implements Coded {
    EFFECT_MEASURED("effectMeasured", "effect gemeten", "effect measured"),
    EFFECT_PERCEIVED("effectPerceived", "effect ervaren in de praktijk", "effect perceived in practice"),
    LITERATURE("literature", "literatuur", "literature"),
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
