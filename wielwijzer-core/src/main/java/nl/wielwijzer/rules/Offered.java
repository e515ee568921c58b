package nl.wielwijzer.rules;

/** A catalogue instrument the organisation already offers. */
public record Offered(String instrumentId, int index) implements Fact {

    @Override
    public String path() {
        return "organisation.offered[" + index + "]";
    }

    @Override
    public String value() {
        return instrumentId;
    }
}
