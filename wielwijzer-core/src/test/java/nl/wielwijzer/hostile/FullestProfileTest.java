package nl.wielwijzer.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.wielwijzer.Bundled;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.bcw.ComB;
import nl.wielwijzer.internal.knowledge.Vocabulary;
import nl.wielwijzer.problem.InvalidProfileException;
import nl.wielwijzer.profile.CareerCompetence;
import nl.wielwijzer.profile.EmployerMotive;
import nl.wielwijzer.profile.Limitation;
import nl.wielwijzer.profile.OrganisationalFactor;
import nl.wielwijzer.profile.Profile;
import nl.wielwijzer.profile.Sector;
import nl.wielwijzer.profile.SelfLeadershipStrategy;
import nl.wielwijzer.profile.SelfLeadershipTrait;
import nl.wielwijzer.profile.Subject;
import nl.wielwijzer.result.Recommendation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The fullest profiles there are: for every subject and sector, every code of the vocabulary in every list at once
 * (push and pull factors, the employee's and the organisation's situations), every limitation, and every score at
 * its lowest or at its highest. Rules that collect facts or join many of them see the most they can here, so a
 * bound that holds for the usual profile but not for this one shows as a failed call (found so: three health
 * pushes collected before a situation overflowed the array a firing's facts were read into). Each call must give
 * a result, the same bytes twice.
 */
class FullestProfileTest {

    static Stream<Arguments> fullest() {
        List<Arguments> all = new ArrayList<>();
        for (Subject subject : Subject.values()) {
            for (Sector sector : Sector.values()) {
                all.add(Arguments.of(subject, sector, 1));
                all.add(Arguments.of(subject, sector, 5));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} in {1}, every score {2}")
    @MethodSource("fullest")
    void theFullestProfileGetsAResultTheSameTwice(Subject subject, Sector sector, int score) throws InvalidProfileException {
        Recommender recommender = Bundled.recommender();
        Profile profile = fullest(recommender, subject, sector, score);
        Recommendation result = recommender.recommend(profile);
        assertFalse(result.interventionFunctions().isEmpty(), "a profile with every gap has functions to rank");
        assertEquals(Recommender.toJson(result), Recommender.toJson(recommender.recommend(profile)));
    }

    private static Profile fullest(Recommender recommender, Subject subject, Sector sector, int score) {
        Vocabulary vocabulary = recommender.knowledge().vocabulary();
        Profile.Builder b = Profile.builder("vol-" + subject.code() + "-" + sector.code() + "-" + score, subject, sector);
        for (ComB component : ComB.values()) {
            b.gap(component, 3);
        }
        b.push(codes(vocabulary, Vocabulary.Kind.PUSH_FACTORS));
        b.pull(codes(vocabulary, Vocabulary.Kind.PULL_FACTORS));
        for (SelfLeadershipTrait trait : SelfLeadershipTrait.values()) {
            b.trait(trait, score);
        }
        for (SelfLeadershipStrategy strategy : SelfLeadershipStrategy.values()) {
            b.strategy(strategy, score);
        }
        b.employee(e -> {
            e.age(score == 1 ? 18 : 67).situation(codes(vocabulary, Vocabulary.Kind.EMPLOYEE_SITUATIONS));
            for (Limitation limitation : Limitation.values()) {
                e.limitation(limitation);
            }
            for (CareerCompetence competence : CareerCompetence.values()) {
                e.careerCompetence(competence, score);
            }
        });
        b.organisation(o -> {
            o.urgency(score).situation(codes(vocabulary, Vocabulary.Kind.ORGANISATION_SITUATIONS));
            for (EmployerMotive motive : EmployerMotive.values()) {
                o.motivation(motive, score);
            }
            for (OrganisationalFactor factor : OrganisationalFactor.values()) {
                o.factor(factor, score);
            }
        });
        return b.build();
    }

    private static String[] codes(Vocabulary vocabulary, Vocabulary.Kind kind) {
        return vocabulary.terms(kind).stream().map(Vocabulary.Term::code).toArray(String[]::new);
    }
}
