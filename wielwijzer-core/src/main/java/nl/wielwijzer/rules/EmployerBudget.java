package nl.wielwijzer.rules;

import nl.wielwijzer.profile.Budget;

/** The money the organisation has for sustainable employability. */
public record EmployerBudget(Budget level) implements Fact {

    @Override
    public String path() {
        return "organisation.budget";
    }

    @Override
    public String value() {
        return level.code();
    }

    /** No budget or a small one. */
    public boolean isScarce() {
        return level == Budget.NONE || level == Budget.LOW;
    }
}
