package nl.wielwijzer.rules;

import nl.wielwijzer.profile.EmployerMotive;

/** How strongly one employer motive drives the organisation, 1-5 (seed 002). */
public record EmployerMotivation(EmployerMotive motive, int score) implements Fact {

    @Override
    public String path() {
        return "organisation.motivation." + motive.code();
    }

    @Override
    public String value() {
        return Integer.toString(score);
    }
}
