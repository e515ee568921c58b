package nl.wielwijzer.rules;

import nl.wielwijzer.profile.Limitation;

/** An occupational limitation of the employee (seed 001). */
public record EmployeeLimitation(Limitation kind) implements Fact {

    @Override
    public String path() {
        return "employee.limitations";
    }

    @Override
    public String value() {
        return kind.code();
    }
}
