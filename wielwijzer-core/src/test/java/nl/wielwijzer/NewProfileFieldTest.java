package nl.wielwijzer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.internal.io.ProfileField;
import nl.wielwijzer.internal.io.SchemaCheck;
import nl.wielwijzer.internal.knowledge.ProfileDescription;
import nl.wielwijzer.problem.InvalidProfileException;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.profile.Profile;
import nl.wielwijzer.profile.Sector;
import nl.wielwijzer.profile.Subject;
import nl.wielwijzer.result.RankedFunction;
import nl.wielwijzer.result.Recommendation;
import nl.wielwijzer.rules.Fact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The walk-through of docs/profile.md, "Adding a field", executed: a field {@code employee.sleepHours} is added
 * in exactly the places a new field touches (a line of the profile description, the schema, a rule that uses
 * it) and is then read, validated, written and matched by the rule. No Java record, reader, writer, fact type
 * or registry is touched.
 */
class NewProfileFieldTest {

    /** Step 1: one line of the profile description. */
    private static final ProfileField<Fact> LINE =
            ProfileDescription.value("employee.sleepHours", ProfileField.Codec.NUMBER);

    /** Step 2: the field in the schema. */
    private static final String PROPERTY = """
            {"type": "number", "minimum": 0, "maximum": 24, "description": "Hours of sleep on a working night."}
            """;

    /** Step 3: a rule that uses it, through the fact every described field without a fact of its own makes. */
    private static final String RULE = """
            package wielwijzer
            import nl.wielwijzer.rules.*
            import nl.wielwijzer.bcw.*
            import static nl.wielwijzer.bcw.InterventionFunction.*
            global Advice advice

            rule "Short nights call for rearranging the work"
                @nl("Wie kort slaapt, heeft baat bij een andere inrichting van het werk.")
                @en("Someone who sleeps little benefits from rearranged work.")
                @source("002_488956ea70b0741c.txt", "83", "te dwingen door middel van wet- en regelgeving")
            when
                ProfileValue( field == "employee.sleepHours", number < 6 )
            then
                advice.favour(ENVIRONMENTAL_RESTRUCTURING, 2);
            end
            """;

    private static final String SHORT_NIGHTS = """
            {"id": "x", "subject": "employee", "sector": "vvt", "employee": {"age": 50, "sleepHours": 5.5}}
            """;

    @TempDir
    static Path dir;

    private static Recommender recommender;

    @BeforeAll
    static void addTheField() throws Exception {
        ObjectNode schema = (ObjectNode) new ObjectMapper().readTree(Bundled.file("docs/schema/profile-v1.schema.json"));
        ((ObjectNode) schema.at("/properties/employee/properties"))
                .set("sleepHours", new ObjectMapper().readTree(PROPERTY));
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.copy(Path.of("rules/vocabulary.yaml"), rules.resolve("vocabulary.yaml"));
        Files.writeString(rules.resolve("sleep.drl"), RULE);
        recommender = Recommender.builder().rules(rules).catalog(Files.createDirectories(dir.resolve("catalog")))
                .profileDescription(ProfileDescription.V1.with(LINE, SchemaCheck.of(schema.toString())))
                .build();
    }

    private static List<String> problems(ThrowingCall call) {
        InvalidProfileException e = assertThrows(InvalidProfileException.class, call::run);
        return e.problems().stream().map(Problem::fieldMessage).toList();
    }

    private interface ThrowingCall {
        void run() throws Exception;
    }

    @Test
    void isRead() throws Exception {
        Profile p = recommender.readProfile("p.json", SHORT_NIGHTS);
        assertEquals(Optional.of(5.5), p.value("employee.sleepHours"));
        assertEquals(50, p.employee().age());
    }

    @Test
    void isValidatedAgainstTheSchema() {
        assertEquals(List.of("employee.sleepHours: 30 is above the maximum 24"),
                problems(() -> recommender.readProfile("p.json", SHORT_NIGHTS.replace("5.5", "30"))));
        assertEquals(List.of("employee.sleepHour: is not a known field (did you mean sleepHours?)"),
                problems(() -> recommender.readProfile("p.json", SHORT_NIGHTS.replace("sleepHours", "sleepHour"))));
    }

    @Test
    void becomesAFactTheRuleMatches() throws Exception {
        RankedFunction top = recommender.recommend("p.json", SHORT_NIGHTS).interventionFunctions().get(0);
        assertEquals(InterventionFunction.ENVIRONMENTAL_RESTRUCTURING, top.function());
        assertEquals(2, top.score());
        assertEquals(List.of("employee.sleepHours = 5.5"), top.explanations().get(0).facts());
        String longNights = SHORT_NIGHTS.replace("5.5", "8");
        assertEquals(List.of(), recommender.recommend("p.json", longNights).interventionFunctions());
    }

    /** A profile built in Java is checked by writing it: the writer knows the field, and the schema its range. */
    @Test
    void isWrittenAndCheckedWhenBuiltInJava() throws Exception {
        Profile built = Profile.builder("x", Subject.EMPLOYEE, Sector.VVT)
                .employee(e -> e.age(50)).value("employee.sleepHours", 5.5).build();
        Recommendation fromJava = recommender.recommend(built);
        assertEquals(recommender.recommend(SHORT_NIGHTS), fromJava);

        Profile tooLong = Profile.builder("x", Subject.EMPLOYEE, Sector.VVT).value("employee.sleepHours", 30.0).build();
        assertEquals(List.of("employee.sleepHours: 30.0 is above the maximum 24"),
                problems(() -> recommender.recommend(tooLong)));
    }

    @Test
    void isUnknownToTheContractWithoutTheseSteps() {
        List<String> found = problems(() -> Bundled.recommender().readProfile("p.json", SHORT_NIGHTS));
        assertEquals(1, found.size());
        assertTrue(found.get(0).startsWith("employee.sleepHours: is not a known field"), found.get(0));
    }
}
