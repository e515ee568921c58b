package nl.wielwijzer.rules;

/** A situation of the employee, by vocabulary code. */
public record EmployeeSituation(String code, int index) implements Fact {

    @Override
    public String path() {
        return "employee.situations[" + index + "]";
    }

    @Override
    public String value() {
        return code;
    }
}
