package nl.wielwijzer.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.wielwijzer.Bundled;
import nl.wielwijzer.bench.ProfileGenerator;
import nl.wielwijzer.problem.InvalidProfileException;
import org.junit.jupiter.api.Test;

/**
 * A JSON profile is read first without the places only a problem needs ({@link LocatedTree#jsonUnplaced}): that
 * reading must give the very tree the placed reading gives, or nothing when the text has a problem, which the placed
 * reading then names and places. The problems themselves are {@code ProfileContractTest}'s and the hostile tests'.
 */
class UnplacedReadingTest {

    private static final SchemaCheck SCHEMA = SchemaCheck.bundled("profile-v1.schema.json");

    private static List<String> texts() throws Exception {
        List<String> texts = new ArrayList<>();
        for (String example : Bundled.examplePaths()) {
            texts.add(Bundled.file(example));
        }
        ProfileGenerator generator = new ProfileGenerator(Bundled.recommender(), 5);
        for (long i = 0; i < 500; i++) {
            texts.add(generator.profile(i));
        }
        return texts;
    }

    @Test
    void aValidProfileGivesTheTreeThePlacedReadingGives() throws Exception {
        List<String> texts = texts();
        assertEquals(505, texts.size());
        for (String text : texts) {
            LocatedTree placed = LocatedTree.json(null, text);
            LocatedTree unplaced = LocatedTree.jsonUnplaced(text);
            assertNotNull(unplaced, text);
            assertEquals(placed.root(), unplaced.root(), text);
            assertEquals(placed.root().toString(), unplaced.root().toString(), text); // a decimal's scale too
            // and the schema, which replaces valid numbers in the tree it checks, finds nothing in either
            assertEquals(List.of(), SCHEMA.check(placed), text);
            assertEquals(List.of(), SCHEMA.check(unplaced), text);
            assertEquals(placed.root(), unplaced.root(), text);
        }
    }

    @Test
    void aTextWithAProblemGivesNothingAndThePlacedReadingNamesIt() throws Exception {
        String valid = texts().get(0);
        String[] broken = {
            valid.substring(0, valid.length() / 2), // cut off
            valid.replaceFirst("\\{", "{\"id\": \"twice\","), // a key twice
            valid.replaceFirst("\\{", "{\"a\": " + "9".repeat(Limits.MAX_NUMBER_LENGTH + 1) + ","), // a number too long
            valid.replaceFirst("\\{", "{\"a\": \"" + "x".repeat(Limits.MAX_PROFILE_STRING + 1) + "\","), // a limit
            valid + " trailing",
            "",
        };
        for (String text : broken) {
            assertNull(LocatedTree.jsonUnplaced(text), () -> text.substring(0, Math.min(80, text.length())));
            assertThrows(LocatedTree.ParseFailure.class, () -> LocatedTree.json("f.json", text));
        }
    }

    @Test
    void aProfileTheSchemaRefusesIsToldWhereAsBefore() throws Exception {
        // the unplaced reading finds the problem; the placed reading gives its line, column and path
        String text = Files.readString(Path.of("examples/vvt-employee.json"))
                .replaceFirst("\"physicalCapability\": 2", "\"physicalCapability\": 7");
        InvalidProfileException e = assertThrows(InvalidProfileException.class,
                () -> Bundled.recommender().readProfile("p.json", text));
        assertEquals(1, e.problems().size(), e.problems().toString());
        JsonNode root = LocatedTree.json(null, text).root();
        assertEquals(7, root.at("/comB/physicalCapability").asInt(), "the example sets physical capability");
        assertEquals("p.json", e.problems().get(0).file());
        assertEquals("comB.physicalCapability", e.problems().get(0).field());
        assertEquals(LocatedTree.json("p.json", text).locate("comB.physicalCapability")[0], e.problems().get(0).line());
    }
}
