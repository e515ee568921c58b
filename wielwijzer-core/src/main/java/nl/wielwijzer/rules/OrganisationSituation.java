package nl.wielwijzer.rules;

/** A situation of the organisation, by vocabulary code. */
public record OrganisationSituation(String code, int index) implements Fact {

    @Override
    public String path() {
        return "organisation.situations[" + index + "]";
    }

    @Override
    public String value() {
        return code;
    }
}
