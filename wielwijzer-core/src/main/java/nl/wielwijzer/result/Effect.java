package nl.wielwijzer.result;

import nl.wielwijzer.bcw.Coded;

/** What one rule firing did to what it concerns: the verbs of the {@code advice} a rule file can use. */
public enum Effect implements Coded {
    /** Favours ({@code favour}); in Dutch: pleit voor. */
    FAVOUR("favour", "pleit voor", "favours"),
    /** Disfavours ({@code disfavour}); in Dutch: pleit tegen. */
    DISFAVOUR("disfavour", "pleit tegen", "disfavours"),
    /** Rules out ({@code ruleOut}); in Dutch: sluit uit. */
    RULE_OUT("ruleOut", "sluit uit", "rules out"),
    /** Already offered ({@code alreadyOffered}); in Dutch: is al aanwezig. */
    ALREADY_OFFERED("alreadyOffered", "is al aanwezig", "already offered"),
    /** Make better use ({@code makeBetterUse}); in Dutch: beter benutten. */
    MAKE_BETTER_USE("makeBetterUse", "beter benutten", "make better use"),
    /** Diagnoses ({@code diagnose}); in Dutch: stelt vast. */
    DIAGNOSE("diagnose", "stelt vast", "diagnoses"),
    /** Considers ({@code consider}); in Dutch: komt in aanmerking. */
    CONSIDER("consider", "komt in aanmerking", "considers"),
    /** Advises how to bring the advice ({@code deliver}); in Dutch: adviseert over de aanpak. */
    DELIVER("deliver", "adviseert over de aanpak", "advises on delivery");

    private final Labels labels;

    Effect(String code, String nl, String en) {
        this.labels = new Labels(code, nl, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
