package nl.wielwijzer.profile;

import nl.wielwijzer.bcw.Coded;

/**
 * The three employer motives of seed 002 (L83-86): obligation, intrinsic motivation and money.
 */
public enum EmployerMotive implements Coded {
    /** Intrinsic motivation ({@code intrinsic}); in Dutch: intrinsieke motivatie. */
    INTRINSIC("intrinsic", "intrinsieke motivatie", "intrinsic motivation"),
    /** Financial motives ({@code financial}); in Dutch: financiële motieven. */
    FINANCIAL("financial", "financiële motieven", "financial motives"),
    /** Legal and collective-agreement obligations ({@code compliance}); in Dutch: wettelijke en cao-verplichtingen. */
    COMPLIANCE("compliance", "wettelijke en cao-verplichtingen", "legal and collective-agreement obligations");

    private final Labels labels;

    EmployerMotive(String code, String nl, String en) {
        this.labels = new Labels(code, nl, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
