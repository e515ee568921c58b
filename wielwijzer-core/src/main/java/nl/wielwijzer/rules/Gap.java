package nl.wielwijzer.rules;

import nl.wielwijzer.bcw.ComB;

/** A known gap in one COM-B sub-component: 0 (none) to 3 (large). Unknown gaps have no fact. */
public record Gap(ComB component, int severity) implements Fact {

    @Override
    public String path() {
        return "comB." + component.code();
    }

    @Override
    public String value() {
        return Integer.toString(severity);
    }
}
