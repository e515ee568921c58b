package nl.wielwijzer.rules;

import nl.wielwijzer.profile.CareerCompetence;

/** A self-score (1-5) on one of the eight factors of career guidance (seed 004). */
public record CareerScore(CareerCompetence competence, int score) implements Fact {

    @Override
    public String path() {
        return "employee.careerCompetences." + competence.code();
    }

    @Override
    public String value() {
        return Integer.toString(score);
    }
}
