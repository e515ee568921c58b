package nl.wielwijzer.rules;

/** The employee's age in years. */
public record EmployeeAge(int years) implements Fact {

    @Override
    public String path() {
        return "employee.age";
    }

    @Override
    public String value() {
        return Integer.toString(years);
    }
}
