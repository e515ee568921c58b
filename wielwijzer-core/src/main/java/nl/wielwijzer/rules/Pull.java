package nl.wielwijzer.rules;

/** A pull factor ('willen') the profile reports, by vocabulary code. */
public record Pull(String code, int index) implements Fact {

    @Override
    public String path() {
        return "pullFactors[" + index + "]";
    }

    @Override
    public String value() {
        return code;
    }
}
