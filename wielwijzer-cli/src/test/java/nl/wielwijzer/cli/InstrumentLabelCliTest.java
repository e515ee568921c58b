package nl.wielwijzer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10: the Dutch text report and the JSON show an instrument's {@code label} where the seed's words are a
 * sentence fragment; {@code wielwijzer catalog} lists both, so the seed's words stay reachable.
 */
class InstrumentLabelCliTest {

    private static final String FRAGMENT = "meer autonomie te ervaren of meer participatie te laten zien";
    private static final String LABEL = "Meer autonomie en participatie in het werk";

    @Test
    void theDutchTextReportShowsTheLabelNotTheSeedFragment() {
        CliTest.Run run = CliTest.run("recommend", "examples/gemeente-employer.json", "--format", "text", "--lang", "nl");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains(LABEL), run.out());
        assertFalse(run.out().toLowerCase(java.util.Locale.ROOT).contains(FRAGMENT), run.out());
    }

    @Test
    void theJsonNameOfTheInstrumentIsTheLabel() throws Exception {
        CliTest.Run run = CliTest.run("recommend", "examples/gemeente-employer.json", "--format", "json", "--lang", "nl");
        assertEquals(0, run.code(), run.err());
        JsonNode instruments = new ObjectMapper().readTree(run.out()).get("instruments");
        JsonNode found = null;
        for (JsonNode i : instruments) {
            if (i.get("id").asText().equals("gem-autonomie-participatie-verkennen")) {
                found = i;
            }
        }
        assertTrue(found != null, "the instrument is in the result: " + instruments);
        assertEquals(LABEL, found.get("name").get("nl").asText());
    }

    @Test
    void theCatalogueListsTheSeedNameAndTheLabel() throws Exception {
        CliTest.Run run = CliTest.run("catalog");
        assertEquals(0, run.code(), run.err());
        JsonNode entry = null;
        for (JsonNode i : new ObjectMapper().readTree(run.out()).get("instruments")) {
            if (i.get("id").asText().equals("gem-autonomie-participatie-verkennen")) {
                entry = i;
            }
        }
        assertTrue(entry != null, "the entry is in the catalogue");
        assertEquals(FRAGMENT, entry.get("name").asText());
        assertEquals(LABEL, entry.get("label").asText());
    }
}
