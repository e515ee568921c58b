package nl.wielwijzer.rules;

/** The employee's years with the current employer. */
public record EmployeeTenure(int years) implements Fact {

    @Override
    public String path() {
        return "employee.tenureYears";
    }

    @Override
    public String value() {
        return Integer.toString(years);
    }
}
