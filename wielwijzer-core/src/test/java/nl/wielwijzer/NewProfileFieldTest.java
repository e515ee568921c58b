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
 * The walk-through of docs/profile.md, "Adding a field", executed: two fields, a number
 * {@code employee.sleepHours} and a list of codes {@code employee.shifts}, are added in exactly the places a new
 * field touches (a line of the profile description, the schema, a rule that uses it) and are then read,
 * validated, written and matched by the rules. No Java record, reader, writer, fact type or registry is touched.
 */
class NewProfileFieldTest {

    /** Step 1: one line of the profile description per field. */
    private static final List<ProfileField<Fact>> LINES = List.of(
            ProfileDescription.value("employee.sleepHours", ProfileField.Codec.NUMBER),
            ProfileDescription.values("employee.shifts"));

    /** Step 2: the fields in the schema. */
    private static final String PROPERTIES = """
            {"sleepHours": {"type": "number", "minimum": 0, "maximum": 24,
                            "description": "Hours of sleep on a working night."},
             "shifts": {"type": "array", "uniqueItems": true, "description": "The shifts worked.",
                        "items": {"type": "string", "enum": ["early", "late", "night"]}}}
            """;

    /** Step 3: rules that use them, through the fact every described field without a fact of its own makes. */
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

            rule "Night shifts call for restoring energy"
                @nl("Wie nachtdiensten draait, heeft baat bij herstel.")
                @en("Someone who works night shifts benefits from recovery.")
                @source("002_488956ea70b0741c.txt", "83", "te dwingen door middel van wet- en regelgeving")
            when
                ProfileValue( field == "employee.shifts", text == "night" )
            then
                advice.favour(ENABLEMENT, 1);
            end
            """;

    private static final String SHORT_NIGHTS = """
            {"id": "x", "subject": "employee", "sector": "vvt",
             "employee": {"age": 50, "sleepHours": 5.5, "shifts": ["late", "night"]}}
            """;

    @TempDir
    static Path dir;

    private static Recommender recommender;

    @BeforeAll
    static void addTheField() throws Exception {
        ObjectNode schema = (ObjectNode) new ObjectMapper().readTree(Bundled.file("docs/schema/profile-v1.schema.json"));
        ((ObjectNode) schema.at("/properties/employee/properties"))
                .setAll((ObjectNode) new ObjectMapper().readTree(PROPERTIES));
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.copy(Path.of("rules/vocabulary.yaml"), rules.resolve("vocabulary.yaml"));
        Files.writeString(rules.resolve("sleep.drl"), RULE);
        recommender = Recommender.builder().rules(rules).catalog(Files.createDirectories(dir.resolve("catalog")))
                .profileDescription(ProfileDescription.V1.with(LINES, SchemaCheck.of(schema.toString())))
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
        assertEquals(Optional.of(List.of("late", "night")), p.value("employee.shifts"));
        assertEquals(50, p.employee().age());
    }

    @Test
    void isValidatedAgainstTheSchema() {
        assertEquals(List.of("employee.sleepHours: 30 is above the maximum 24"),
                problems(() -> recommender.readProfile("p.json", SHORT_NIGHTS.replace("5.5", "30"))));
        assertEquals(List.of("employee.sleepHour: is not a known field (did you mean sleepHours?)"),
                problems(() -> recommender.readProfile("p.json", SHORT_NIGHTS.replace("sleepHours", "sleepHour"))));
        assertEquals(List.of("employee.shifts[1]: \"nigth\" is not one of early, late, night (did you mean night?)"),
                problems(() -> recommender.readProfile("p.json", SHORT_NIGHTS.replace("\"night\"", "\"nigth\""))));
    }

    @Test
    void becomesAFactTheRulesMatch() throws Exception {
        List<RankedFunction> ranked = recommender.recommend("p.json", SHORT_NIGHTS).interventionFunctions();
        assertEquals(List.of(InterventionFunction.ENVIRONMENTAL_RESTRUCTURING, InterventionFunction.ENABLEMENT),
                ranked.stream().map(RankedFunction::function).toList());
        assertEquals(List.of("employee.sleepHours = 5.5"), ranked.get(0).explanations().get(0).facts());
        assertEquals(List.of("employee.shifts[1] = night"), ranked.get(1).explanations().get(0).facts());
        String longDays = SHORT_NIGHTS.replace("5.5", "8").replace(", \"night\"", "");
        assertEquals(List.of(), recommender.recommend("p.json", longDays).interventionFunctions());
    }

    /** A profile built in Java is checked by writing it: the writer knows the field, and the schema its range. */
    @Test
    void isWrittenAndCheckedWhenBuiltInJava() throws Exception {
        Profile built = Profile.builder("x", Subject.EMPLOYEE, Sector.VVT).employee(e -> e.age(50))
                .value("employee.sleepHours", 5.5).value("employee.shifts", List.of("late", "night")).build();
        Recommendation fromJava = recommender.recommend(built);
        assertEquals(recommender.recommend(SHORT_NIGHTS), fromJava);

        Profile tooLong = Profile.builder("x", Subject.EMPLOYEE, Sector.VVT).value("employee.sleepHours", 30.0).build();
        assertEquals(List.of("employee.sleepHours: 30.0 is above the maximum 24"),
                problems(() -> recommender.recommend(tooLong)));
    }

    @Test
    void isUnknownToTheContractWithoutTheseSteps() {
        InvalidProfileException e = assertThrows(InvalidProfileException.class,
                () -> Bundled.recommender().readProfile("p.json", SHORT_NIGHTS));
        assertEquals(List.of("employee.sleepHours", "employee.shifts"),
                e.problems().stream().map(Problem::field).toList());
        e.problems().forEach(p -> assertTrue(p.message().startsWith("is not a known field"), p.message()));
    }
}
