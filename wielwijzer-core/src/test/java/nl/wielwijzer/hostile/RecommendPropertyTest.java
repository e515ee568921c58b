package nl.wielwijzer.hostile;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.wielwijzer.Bundled;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.bcw.ComB;
import nl.wielwijzer.problem.InvalidProfileException;
import nl.wielwijzer.profile.Profile;
import nl.wielwijzer.profile.Sector;
import nl.wielwijzer.profile.Subject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A property over profiles built in Java, valid or not (gaps from -1 to 4, known and unknown codes, ages from
 * 10 to 90): a call returns a result, the same bytes when repeated, or throws {@link InvalidProfileException};
 * never anything else. The profiles come from a fixed seed, so a failure names a profile that fails again.
 */
class RecommendPropertyTest {

    private static final List<String> PUSH = List.of("physicalComplaints", "psychologicalComplaints", "reorganisation",
            "heavyWork", "noSuchCode");

    static Stream<Profile> profiles() {
        Random random = new Random(13);
        return IntStream.range(0, 25).mapToObj(i -> {
            Profile.Builder b = Profile.builder("p" + i, Subject.values()[random.nextInt(Subject.values().length)],
                    Sector.values()[random.nextInt(Sector.values().length)]);
            for (ComB c : ComB.values()) {
                if (random.nextBoolean()) {
                    b.gap(c, random.nextInt(6) - 1);
                }
            }
            if (random.nextBoolean()) {
                b.push(PUSH.get(random.nextInt(PUSH.size())));
            }
            if (random.nextBoolean()) {
                int age = 10 + random.nextInt(81);
                b.employee(e -> e.age(age));
            }
            return b.build();
        });
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void aCallReturnsTheSameResultTwiceOrADocumentedException(Profile profile) {
        Recommender recommender = Bundled.recommender();
        try {
            String first = Recommender.toJson(recommender.recommend(profile));
            assertEquals(first, Recommender.toJson(recommender.recommend(profile)));
        } catch (InvalidProfileException e) {
            assertFalse(e.problems().isEmpty());
        }
    }
}
