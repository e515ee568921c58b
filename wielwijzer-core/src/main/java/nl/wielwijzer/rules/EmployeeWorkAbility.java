package nl.wielwijzer.rules;

import nl.wielwijzer.profile.WorkAbility;

/** The employee's work ability band. */
public record EmployeeWorkAbility(WorkAbility level) implements Fact {

    @Override
    public String path() {
        return "employee.workAbility";
    }

    @Override
    public String value() {
        return level.code();
    }

    /** Poor or moderate: the bands for which seed 003 finds relief measures work better than development. */
    public boolean isPoorOrModerate() {
        return level == WorkAbility.POOR || level == WorkAbility.MODERATE;
    }

    /** Good or excellent. */
    public boolean isGoodOrExcellent() {
        return level == WorkAbility.GOOD || level == WorkAbility.EXCELLENT;
    }
}
