package nl.wielwijzer.rules;

import nl.wielwijzer.profile.DiPolicy;

/** Whether the organisation has a policy on sustainable employability. */
public record EmployerDiPolicy(DiPolicy status) implements Fact {

    @Override
    public String path() {
        return "organisation.diPolicy";
    }

    @Override
    public String value() {
        return status.code();
    }
}
