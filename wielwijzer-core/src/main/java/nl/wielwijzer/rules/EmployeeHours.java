package nl.wielwijzer.rules;

/** The employee's contract hours per week. */
public record EmployeeHours(double perWeek) implements Fact {

    @Override
    public String path() {
        return "employee.contractHoursPerWeek";
    }

    @Override
    public String value() {
        return Facts.number(perWeek);
    }
}
