package nl.wielwijzer.hostile;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.wielwijzer.Bundled;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.problem.InvalidProfileException;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.problem.WielwijzerException;
import nl.wielwijzer.profile.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hostile profiles of issue 13, each as it was sent: every one gets a clear problem naming its field, or
 * is refused as a whole with a plain sentence, and none is read as a different value.
 */
class HostileProfileTest {

    private static final String HEAD = "{\"id\":\"x\",\"subject\":\"employee\",\"sector\":\"vvt\"";

    private static List<String> problems(String json) {
        InvalidProfileException e = assertThrows(InvalidProfileException.class,
                () -> Bundled.recommender().readProfile("p.json", json));
        return e.problems().stream().map(Problem::fieldMessage).toList();
    }

    @ParameterizedTest(name = "employee.age: {0}")
    @CsvSource(delimiter = '|', value = {
        "1.8446744073709551656E19 | employee.age: 1.8446744073709551656E19 is not a whole number between 14 and 80",
        "1e400                    | employee.age: 1e400 is not a whole number between 14 and 80",
        "-1e400                   | employee.age: -1e400 is not a whole number between 14 and 80",
        "1e308                    | employee.age: 1e308 is not a whole number between 14 and 80",
        "1e-2147483648            | employee.age: 1e-2147483648 is not a whole number between 14 and 80",
        "58.5                     | employee.age: 58.5 is not a whole number between 14 and 80",
        "18446744073709551656     | employee.age: 18446744073709551656 is above the maximum 80",
        "-18446744073709551656    | employee.age: -18446744073709551656 is below the minimum 14",
    })
    void anAgeThatIsNoWholeNumberInRangeIsNamed(String age, String expected) {
        assertEquals(List.of(expected), problems(HEAD + ",\"employee\":{\"age\":" + age + "}}"));
    }

    @Test
    void aWholeNumberWrittenWithAnExponentIsReadExactly() throws Exception {
        Profile p = Bundled.recommender().readProfile(null, HEAD + ",\"employee\":{\"age\":5.8e1,\"tenureYears\":30.0}}");
        assertEquals(58, p.employee().age());
        assertEquals(30, p.employee().tenureYears());
    }

    @Test
    void hugeAndTinyGapsAreNotReadAsZero() {
        assertEquals(List.of("comB.reflectiveMotivation: 1e400 is not a whole number between 0 and 3",
                        "comB.automaticMotivation: -1e400 is not a whole number between 0 and 3"),
                problems(HEAD + ",\"comB\":{\"reflectiveMotivation\":1e400,\"automaticMotivation\":-1e400}}"));
    }

    @Test
    void aHugeTenureDoesNotBecomeZero() {
        assertEquals(List.of("employee.tenureYears: 1e400 is not a whole number between 0 and 60"),
                problems(HEAD + ",\"employee\":{\"tenureYears\":1e400}}"));
    }

    @Test
    void aFiveHundredDigitExponentIsAProblemNotACrash() {
        String exponent = "9".repeat(500);
        List<String> found = problems(HEAD + ",\"employee\":{\"age\":1e" + exponent + "}}");
        assertEquals(List.of("employee.age: a number has more than 100 characters"), found);
        // and within the number length, an exponent of nine digits and more
        assertEquals(List.of("employee.age: 1e-999999999999 is not a whole number between 14 and 80"),
                problems(HEAD + ",\"employee\":{\"age\":1e-999999999999}}"));
    }

    @Test
    void contractHoursAreCheckedExactlyToo() throws Exception {
        assertEquals(List.of("employee.contractHoursPerWeek: 1e400 is not a number between 0 and 60"),
                problems(HEAD + ",\"employee\":{\"contractHoursPerWeek\":1e400}}"));
        assertEquals(List.of("employee.contractHoursPerWeek: 60.000000000000000000001 is above the maximum 60"),
                problems(HEAD + ",\"employee\":{\"contractHoursPerWeek\":60.000000000000000000001}}"));
        Profile p = Bundled.recommender().readProfile(null, HEAD + ",\"employee\":{\"contractHoursPerWeek\":3.2e1}}");
        assertEquals(32.0, p.employee().contractHoursPerWeek());
    }

    @Test
    void twentyThousandUnknownPushFactorsAreOneProblem() {
        String many = IntStream.range(0, 20_000).mapToObj(i -> "\"p" + i + "\"").collect(Collectors.joining(","));
        assertEquals(List.of("pushFactors: has 20000 items; the most allowed is 100"),
                problems(HEAD + ",\"pushFactors\":[" + many + "]}"));
    }

    @Test
    void aProfileOverTheByteLimitIsRefusedBeforeParsing() {
        String big = HEAD + ",\"pushFactors\":[" + "\"a\",".repeat(Recommender.MAX_PROFILE_BYTES / 4) + "\"a\"]}";
        List<String> found = problems(big);
        assertEquals(List.of("the profile has more than " + Recommender.MAX_PROFILE_BYTES
                + " bytes, the most Wielwijzer reads"), found);
    }

    @Test
    void aKeyLongerThanTheLimitIsNamedAtTheObjectThatHoldsIt() {
        String key = "k".repeat(2_000);
        String limit = "a key has more than 1000 characters";
        // neither the key before it nor the object's own key twice ("comB.comB"): the key cannot be named, its object can
        assertEquals(List.of("comB: " + limit), problems(HEAD + ",\"comB\":{\"" + key + "\":1}}"));
        assertEquals(List.of("comB: " + limit),
                problems(HEAD + ",\"comB\":{\"physicalCapability\":1,\"" + key + "\":1}}"));
        assertEquals(List.of("employee.situations[0]: " + limit),
                problems(HEAD + ",\"employee\":{\"situations\":[{\"" + key + "\":1}]}}"));
        assertEquals(List.of(limit), problems(HEAD + ",\"" + key + "\":1}"));
    }

    @Test
    void deepNestingIsRefusedWithAPlainSentence() {
        String deep = HEAD + ",\"comB\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";
        List<String> found = problems(deep);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).endsWith("objects and lists nest more than 32 levels deep"), found.get(0));
    }

    @Test
    void aLongTextIsRefusedAtItsField() {
        List<String> found = problems(HEAD.replace("\"x\"", "\"" + "x".repeat(20_000) + "\"") + "}");
        assertEquals(List.of("id: a text is longer than the most Wielwijzer reads"), found);
    }

    @Test
    void atMostAHundredProblemsAreListedThenACount() {
        String fields = IntStream.range(0, 250).mapToObj(i -> "\"unknown" + i + "\":1").collect(Collectors.joining(","));
        InvalidProfileException e = assertThrows(InvalidProfileException.class,
                () -> Bundled.recommender().readProfile(null, HEAD + "," + fields + "}"));
        assertEquals(WielwijzerException.MAX_LISTED + 1, e.problems().size());
        assertEquals(250, e.count());
        assertEquals("and 150 more problems, not listed", e.problems().get(100).message());
        assertTrue(e.getMessage().startsWith("The profile is not valid (250 problems):"), e.getMessage().substring(0, 60));
    }

    @Test
    void aByteOrderMarkIsAccepted() throws Exception {
        assertEquals("x", Bundled.recommender().readProfile(null, "\uFEFF" + HEAD + "}").id());
    }
}
