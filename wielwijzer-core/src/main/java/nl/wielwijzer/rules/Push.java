package nl.wielwijzer.rules;

/** A push factor ('moeten') the profile reports, by vocabulary code. */
public record Push(String code, int index) implements Fact {

    @Override
    public String path() {
        return "pushFactors[" + index + "]";
    }

    @Override
    public String value() {
        return code;
    }
}
