package nl.wielwijzer;

import java.util.List;
import nl.wielwijzer.bcw.ComB;
import nl.wielwijzer.problem.InvalidProfileException;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.profile.Profile;
import nl.wielwijzer.profile.Sector;
import nl.wielwijzer.profile.SelfLeadershipTrait;
import nl.wielwijzer.profile.Subject;
import nl.wielwijzer.profile.WorkAbility;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The profile wire contract v1: what is accepted, and one clear message per problem for what is not. */
class ProfileContractTest {

    private static List<String> problems(String json) {
        InvalidProfileException e = assertThrows(InvalidProfileException.class,
                () -> Bundled.recommender().readProfile("p.json", json));
        return e.problems().stream().map(Problem::fieldMessage).toList();
    }

    @Test
    void readsTheBundledExamples() throws Exception {
        Profile employee = Bundled.recommender().readProfile("e", Bundled.file("examples/vvt-employee.json"));
        assertEquals(Subject.EMPLOYEE, employee.subject());
        assertEquals(Sector.VVT, employee.sector());
        assertEquals(2, employee.comB().get(ComB.PHYSICAL_CAPABILITY));
        assertEquals(WorkAbility.MODERATE, employee.employee().workAbility());
        assertEquals(2, employee.traits().get(SelfLeadershipTrait.SELF_EFFICACY));
        Bundled.recommender().readProfile("w", Bundled.file("examples/vvt-employer.json"));
    }

    @Test
    void aMissingGapIsUnknownNotZero() throws Exception {
        Profile p = Bundled.recommender().readProfile(null,
                "{\"id\":\"x\",\"subject\":\"employee\",\"sector\":\"vvt\",\"comB\":{\"socialOpportunity\":0}}");
        assertEquals(0, p.comB().get(ComB.SOCIAL_OPPORTUNITY));
        assertTrue(p.gap(ComB.REFLECTIVE_MOTIVATION).isEmpty());
    }

    @Test
    void aValueAboveTheRangeNamesPathValueAndMaximum() {
        assertEquals(List.of("comB.reflectiveMotivation: 7 is above the maximum 3"),
                problems("{\"id\":\"x\",\"subject\":\"employee\",\"sector\":\"vvt\",\"comB\":{\"reflectiveMotivation\":7}}"));
    }

    @Test
    void everyProblemGetsItsOwnMessage() {
        List<String> found = problems("""
                {"id": "x", "subject": "emploee", "sector": "vvt",
                 "comB": {"physicalCapability": -1, "socialOpportunity": "two"},
                 "selfLeadership": {"selfEfficacy": 9},
                 "employee": {"age": 58, "workAbilty": "good"},
                 "colour": "red"}
                """);
        assertEquals(List.of(
                "subject: \"emploee\" is not one of employee, employer, manager (did you mean employee?)",
                "comB.physicalCapability: -1 is below the minimum 0",
                "comB.socialOpportunity: expected a whole number, not the text \"two\"",
                "selfLeadership.selfEfficacy: 9 is above the maximum 5",
                "employee.workAbilty: is not a known field (did you mean workAbility?)",
                "colour: is not a known field"), found);
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        assertEquals(List.of("sector: is required but missing"),
                problems("{\"id\":\"x\",\"subject\":\"employer\"}"));
    }

    @Test
    void problemsCarryLineAndColumn() {
        InvalidProfileException e = assertThrows(InvalidProfileException.class, () -> Bundled.recommender()
                .readProfile("p.json", "{\n  \"id\": \"x\",\n  \"subject\": \"employee\",\n  \"sector\": \"vvt\",\n"
                        + "  \"comB\": { \"automaticMotivation\": 4 }\n}"));
        Problem p = e.problems().get(0);
        assertEquals("p.json", p.file());
        assertEquals(5, p.line());
        assertEquals(36, p.column());
        assertEquals("p.json:5:36: comB.automaticMotivation: 4 is above the maximum 3", p.toString());
    }

    @Test
    void unknownVocabularyCodesAreRejectedWithASuggestion() {
        assertEquals(List.of("pushFactors[1]: \"reorganisaton\" is not a known push factor (did you mean reorganisation?)"),
                problems("{\"id\":\"x\",\"subject\":\"employee\",\"sector\":\"vvt\","
                        + "\"pushFactors\":[\"illness\",\"reorganisaton\"]}"));
    }

    @Test
    void offeredInstrumentsMustBeInTheCatalogue() {
        List<String> found = problems("{\"id\":\"x\",\"subject\":\"employer\",\"sector\":\"vvt\","
                + "\"organisation\":{\"offered\":[\"no-such-instrument\"]}}");
        assertEquals(List.of("organisation.offered[0]: \"no-such-instrument\" is not an instrument in the catalogue"), found);
    }

    @Test
    void malformedJsonSaysWhere() {
        InvalidProfileException e = assertThrows(InvalidProfileException.class,
                () -> Bundled.recommender().readProfile("p.json", "{\"id\": \"x\",\n \"subject\" \"employee\"}"));
        Problem p = e.problems().get(0);
        assertEquals(2, p.line());
        assertTrue(p.message().startsWith("the file cannot be read"), p.message());
        assertTrue(p.hint().contains("comma"), p.hint());
    }

    @Test
    void duplicateKeysAreAProblem() {
        assertEquals(List.of("subject: the key 'subject' appears twice"),
                problems("{\"id\":\"x\",\"subject\":\"employee\",\"subject\":\"employer\",\"sector\":\"vvt\"}"));
    }

    @Test
    void profilesBuiltInJavaMeetTheSameContract() {
        Profile bad = Profile.builder("java", Subject.EMPLOYEE, Sector.VVT)
                .gap(ComB.SOCIAL_OPPORTUNITY, 5)
                .push("nonsense")
                .build();
        InvalidProfileException e = assertThrows(InvalidProfileException.class, () -> Bundled.recommender().recommend(bad));
        // the field alone: no line and column of a JSON text the caller never wrote
        assertEquals(List.of("comB.socialOpportunity: 5 is above the maximum 3"),
                e.problems().stream().map(Problem::toString).toList());
        assertEquals(0, e.problems().get(0).line());
    }

    @Test
    void readingAndRecommendingInOneCallLabelsProblemsWithTheName() {
        InvalidProfileException e = assertThrows(InvalidProfileException.class, () -> Bundled.recommender()
                .recommend("p.json", "{\n  \"id\": \"x\",\n  \"subject\": \"employee\",\n  \"sector\": \"vvt\",\n"
                        + "  \"comB\": { \"automaticMotivation\": 4 }\n}"));
        assertEquals(List.of("p.json:5:36: comB.automaticMotivation: 4 is above the maximum 3"),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void aValueWithoutAnAccessorIsHeldToTheContractToo() {
        Profile unknownField = Profile.builder("java", Subject.EMPLOYEE, Sector.VVT)
                .value("employee.sleepHours", 5.5).build();
        InvalidProfileException e = assertThrows(InvalidProfileException.class,
                () -> Bundled.recommender().recommend(unknownField));
        assertEquals("employee.sleepHours: is not a known field", e.problems().get(0).fieldMessage());

        Profile typedField = Profile.builder("java", Subject.EMPLOYEE, Sector.VVT).value("employee.age", 50).build();
        e = assertThrows(InvalidProfileException.class, () -> Bundled.recommender().recommend(typedField));
        assertEquals(List.of("employee.age: cannot be set with value(…): it has a builder method of its own or holds"
                + " other fields"), e.problems().stream().map(Problem::fieldMessage).toList());
    }

    @Test
    void aValueIsWhatJsonCanCarry() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Profile.builder("java", Subject.EMPLOYEE, Sector.VVT).value("employee.since", new Object()));
        assertEquals("employee.since: a value is a String, an Integer, a Double or a List<String>, not Object",
                e.getMessage());
    }
}
