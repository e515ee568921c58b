package nl.wielwijzer.rules;

import nl.wielwijzer.profile.OrganisationSize;

/** The organisation's head-count band. */
public record EmployerSize(OrganisationSize size) implements Fact {

    @Override
    public String path() {
        return "organisation.size";
    }

    @Override
    public String value() {
        return size.code();
    }
}
