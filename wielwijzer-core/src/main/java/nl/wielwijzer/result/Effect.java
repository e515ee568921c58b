package nl.wielwijzer.result;

import nl.wielwijzer.bcw.Coded;

/** What one rule firing did to what it concerns: the verbs of the {@code advice} a rule file can use. */
public enum Effect implements Coded {
    FAVOUR("favour", "pleit voor", "favours"),
    DISFAVOUR("disfavour", "pleit tegen", "disfavours"),
    RULE_OUT("ruleOut", "sluit uit", "rules out"),
    ALREADY_OFFERED("alreadyOffered", "is al aanwezig", "already offered"),
    MAKE_BETTER_USE("makeBetterUse", "beter benutten", "make better use"),
    DIAGNOSE("diagnose", "stelt vast", "diagnoses"),
    CONSIDER("consider", "komt in aanmerking", "considers");

    private final Labels labels;

    Effect(String code, String nl, String en) {
        this.labels = new Labels(code, nl, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
