package nl.wielwijzer.rules;

import nl.wielwijzer.profile.EducationLevel;

/** The employee's level of formal education. */
public record EmployeeEducation(EducationLevel level) implements Fact {

    @Override
    public String path() {
        return "employee.educationLevel";
    }

    @Override
    public String value() {
        return level.code();
    }
}
