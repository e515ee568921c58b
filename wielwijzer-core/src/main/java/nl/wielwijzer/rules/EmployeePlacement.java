package nl.wielwijzer.rules;

import nl.wielwijzer.profile.PlacementPhase;

/** Where the placement of a worker with a limitation stands (seed 001). */
public record EmployeePlacement(PlacementPhase phase) implements Fact {

    @Override
    public String path() {
        return "employee.placementPhase";
    }

    @Override
    public String value() {
        return phase.code();
    }
}
