package nl.wielwijzer.result;

import nl.wielwijzer.bcw.Coded;

/**
 * The six APEASE criteria of the Behaviour Change Wheel (Michie, Atkins &amp; West 2014), by which the stage after
 * the functions, and again after the instruments, narrows what could work to what fits this profile. A rule of that
 * stage names the one criterion it applies ({@code @apease}); every explanation of such a rule carries it, so an
 * exclusion or a lowered instrument says which criterion changed it.
 */
public enum ApeaseCriterion implements Coded {
    /** Affordability: the budget against the cost; free or subsidised. */
    AFFORDABILITY("affordability", "betaalbaarheid", "affordability"),
    /** Practicability: who can carry it out (an employee cannot legislate), manager time, size, what is on offer. */
    PRACTICABILITY("practicability", "uitvoerbaarheid", "practicability"),
    /** Effectiveness: whether it works for this person, by the evidence. */
    EFFECTIVENESS("effectiveness", "effectiviteit", "effectiveness"),
    /** Acceptability: no coercion or restriction aimed at employees; employer-only measures only for employers. */
    ACCEPTABILITY("acceptability", "aanvaardbaarheid", "acceptability"),
    /** Side-effects and safety: e.g. urgency or fear without an immediate solution. */
    SIDE_EFFECTS("sideEffects", "bijwerkingen en veiligheid", "side-effects and safety"),
    /** Equity: reaching lower-educated staff and small contracts as well as everyone else. */
    EQUITY("equity", "gelijkheid", "equity");

    private final Labels labels;

    ApeaseCriterion(String code, String nl, String en) {
        this.labels = new Labels(code, nl, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
