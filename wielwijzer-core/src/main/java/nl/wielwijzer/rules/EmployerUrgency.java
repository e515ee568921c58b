package nl.wielwijzer.rules;

/** How urgent the organisation finds sustainable employability, 1-5. */
public record EmployerUrgency(int score) implements Fact {

    @Override
    public String path() {
        return "organisation.urgency";
    }

    @Override
    public String value() {
        return Integer.toString(score);
    }
}
