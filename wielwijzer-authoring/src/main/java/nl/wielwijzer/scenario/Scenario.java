package nl.wielwijzer.scenario;

import java.util.List;
import nl.wielwijzer.profile.Profile;

/**
 * A profile with what a policy designer expects Wielwijzer to advise for it.
 *
 * @param name         the scenario's name, unique in its file
 * @param description  optional words on what it shows
 * @param file         the scenario file
 * @param line         where the scenario starts in its file
 * @param profile      the profile, checked against the contract
 * @param expectations what must hold
 */
public record Scenario(String name, String description, String file, int line, Profile profile,
                       List<Expectation> expectations) {

    public Scenario {
        expectations = List.copyOf(expectations);
    }
}
