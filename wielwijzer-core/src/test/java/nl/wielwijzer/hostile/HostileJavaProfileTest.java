package nl.wielwijzer.hostile;

import java.util.Collections;
import java.util.List;
import nl.wielwijzer.Bundled;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.problem.InvalidProfileException;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.profile.Profile;
import nl.wielwijzer.profile.Sector;
import nl.wielwijzer.profile.Subject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reader's limits (docs/reliability.md) hold a profile built in Java as they hold its JSON: a value past
 * one is the problem the JSON gets, at the same field, but without a line and column, as the caller never saw
 * a text. (Before, such a profile failed with "A profile written by Wielwijzer could not be read back".)
 */
class HostileJavaProfileTest {

    private static final String HEAD = "{\"id\":\"x\",\"subject\":\"employee\",\"sector\":\"vvt\"";

    private static Profile.Builder profile() {
        return Profile.builder("x", Subject.EMPLOYEE, Sector.VVT);
    }

    /**
     * The profile is refused with the problems its JSON gets ({@code json} is the text the profile is written as,
     * in its field order), placed nowhere; returns them as {@code field: message}.
     */
    private static List<String> refusedAsItsJson(Profile profile, String json) {
        List<Problem> fromJava = assertThrows(InvalidProfileException.class,
                () -> Bundled.recommender().recommend(profile)).problems();
        List<Problem> fromJson = assertThrows(InvalidProfileException.class,
                () -> Bundled.recommender().readProfile(null, json)).problems();
        assertTrue(fromJson.get(0).line() > 0 || fromJson.get(0).field() == null, "the JSON's problem is placed");
        assertEquals(fromJson.stream().map(p -> new Problem(null, 0, 0, p.field(), p.message(), p.hint())).toList(),
                fromJava);
        return fromJava.stream().map(Problem::fieldMessage).toList();
    }

    @Test
    void aTextLongerThanTheReaderReadsIsNamedAtItsField() {
        String id = "x".repeat(20_000);
        assertEquals(List.of("id: a text is longer than the most Wielwijzer reads"), refusedAsItsJson(
                Profile.builder(id, Subject.EMPLOYEE, Sector.VVT).build(), HEAD.replace("\"x\"", "\"" + id + "\"") + "}"));
    }

    @Test
    void aProfileOverTheByteLimitIsRefusedAsAWhole() {
        List<String> items = Collections.nCopies(30_000, "abcdefghi");
        String json = HEAD + ",\"targetBehaviour\":[\"" + String.join("\",\"", items) + "\"]}";
        assertEquals(List.of("the profile has more than " + Recommender.MAX_PROFILE_BYTES
                + " bytes, the most Wielwijzer reads"), refusedAsItsJson(profile().value("targetBehaviour", items).build(), json));
    }

    @Test
    void aValuePathDeeperThanTheNestingLimitIsNamedWhereItPassesIt() {
        String deepest = "a" + ".a".repeat(31) + ": objects and lists nest more than 32 levels deep";
        for (int dots : new int[] {32, 40, 2_000}) { // 2,000 levels are more than Jackson writes
            Profile deep = profile().value("a" + ".a".repeat(dots), "x").build();
            String json = HEAD + ",\"a\":" + "{\"a\":".repeat(dots) + "\"x\"" + "}".repeat(dots) + "}";
            assertEquals(List.of(deepest), refusedAsItsJson(deep, json), dots + " dots");
        }
    }

    @Test
    void moreValuesThanTheReaderCountsAreRefusedAtTheListOrObjectWhereTheLimitIsReached() {
        // empty lists (or objects) under one-character keys: the most values in the fewest bytes (7 bytes for 3
        // tokens). The 100,001st token is the end of the list (object) b.X.6, which has no item (key) to name.
        Profile.Builder many = profile();
        forEachKey(key -> many.value(key, List.of()));
        assertEquals(List.of("b.X.6: the document has more than 100000 values"),
                refusedAsItsJson(many.build(), manyEmpty("[]")));
        // a profile built in Java holds no empty object, but a JSON one can
        List<Problem> objects = assertThrows(InvalidProfileException.class,
                () -> Bundled.recommender().readProfile(null, manyEmpty("{}"))).problems();
        assertEquals(List.of("b.X.6: the document has more than 100000 values"),
                objects.stream().map(Problem::fieldMessage).toList());
    }

    private static final String KEYS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcd";

    /** Each path of 40 x 40 x 21 one-character keys, in the order {@link #manyEmpty} writes them. */
    private static void forEachKey(java.util.function.Consumer<String> action) {
        for (int i = 0; i < KEYS.length(); i++) {
            for (int j = 0; j < KEYS.length(); j++) {
                for (int k = 0; k < 21; k++) {
                    action.accept(KEYS.charAt(i) + "." + KEYS.charAt(j) + "." + KEYS.charAt(k));
                }
            }
        }
    }

    /** A profile whose paths of {@link #forEachKey} each hold {@code empty}, as JSON. */
    private static String manyEmpty(String empty) {
        StringBuilder json = new StringBuilder(HEAD);
        for (int i = 0; i < KEYS.length(); i++) {
            json.append(",\"").append(KEYS.charAt(i)).append("\":{");
            for (int j = 0; j < KEYS.length(); j++) {
                json.append(j == 0 ? "" : ",").append('"').append(KEYS.charAt(j)).append("\":{");
                for (int k = 0; k < 21; k++) {
                    json.append(k == 0 ? "" : ",").append('"').append(KEYS.charAt(k)).append("\":").append(empty);
                }
                json.append('}');
            }
            json.append('}');
        }
        return json.append('}').toString();
    }

    @Test
    void aKeyLongerThanTheReaderReadsIsRefusedAsInJson() {
        String key = "k".repeat(2_000);
        List<String> found = refusedAsItsJson(profile().value(key, "x").build(), HEAD + ",\"" + key + "\":\"x\"}");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).endsWith("a key has more than 1000 characters"), found.get(0));
    }
}
