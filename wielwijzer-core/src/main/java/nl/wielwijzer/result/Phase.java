package nl.wielwijzer.result;

import nl.wielwijzer.bcw.Coded;

/**
 * The phases of behaviour change in the DI model of seed 003 (L594-676), in their order.
 */
public enum Phase implements Coded {
    KNOW("know", "bewustwording (weten)", "awareness (knowing)"),
    WANT("want", "doelen stellen (willen)", "setting goals (wanting)"),
    CAN_MAY_DARE("canMayDare", "actie ondernemen (mogen, kunnen, durven)", "taking action (being allowed, able and daring)"),
    DO("do", "uitvoeren (doen)", "doing"),
    SUSTAIN("sustain", "actie volhouden en borgen (volhouden)", "sustaining and embedding");

    private final Labels labels;

    Phase(String code, String nl, String en) {
        this.labels = new Labels(code, nl, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
