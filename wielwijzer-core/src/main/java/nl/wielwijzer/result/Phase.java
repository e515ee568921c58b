package nl.wielwijzer.result;

import nl.wielwijzer.bcw.Coded;

/**
 * The phases of behaviour change in the DI model of seed 003 (L594-676), in their order.
 */
public enum Phase implements Coded {
    /** Awareness (knowing) ({@code know}); in Dutch: bewustwording (weten). */
    KNOW("know", "bewustwording (weten)", "awareness (knowing)"),
    /** Setting goals (wanting) ({@code want}); in Dutch: doelen stellen (willen). */
    WANT("want", "doelen stellen (willen)", "setting goals (wanting)"),
    /** Taking action (being allowed, able and daring) ({@code canMayDare}); in Dutch: actie ondernemen (mogen, kunnen, durven). */
    CAN_MAY_DARE("canMayDare", "actie ondernemen (mogen, kunnen, durven)", "taking action (being allowed, able and daring)"),
    /** Doing ({@code do}); in Dutch: uitvoeren (doen). */
    DO("do", "uitvoeren (doen)", "doing"),
    /** Sustaining and embedding ({@code sustain}); in Dutch: actie volhouden en borgen (volhouden). */
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
