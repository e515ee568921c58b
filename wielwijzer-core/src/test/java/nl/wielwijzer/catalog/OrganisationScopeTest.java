package nl.wielwijzer.catalog;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.wielwijzer.Bundled;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.problem.InvalidKnowledgeException;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.result.RankedInstrument;
import nl.wielwijzer.result.Recommendation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9 item 2, the catalogue half: one named organisation's own arrangement is available only where the
 * profile's organisation offers it, and elsewhere labelled an example to copy; the catalogue must say where an
 * entry holds, and the loader says where it does not.
 */
class OrganisationScopeTest {

    /** A coach of another municipality in sedentary work (seed 000 lines 1266-1271, 1336-1343). */
    private static final String SEDENTARY_COACH = """
            {"id": "elders", "subject": "employee", "sector": "gemeente",
             "employee": {"situations": ["sedentaryWork"]}, "organisation": {"situations": ["curativeOnly"]}}
            """;

    private static final String GRONINGEN_EMPLOYER = """
            {"id": "groningen", "subject": "employer", "sector": "gemeente", "pushFactors": ["physicalComplaints"],
             "comB": {"physicalCapability": 2, "physicalOpportunity": 2},
             "organisation": {"offered": ["cnw-bedrijfszorg"], "factors": {"interventionSupply": 4}}}
            """;

    private static RankedInstrument find(Recommendation r, String id) {
        return r.instruments().stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " is not in the result: "
                        + r.instruments().stream().map(RankedInstrument::id).toList()));
    }

    @Test
    void anotherOrganisationsArrangementIsAnExampleToCopyAndSaysWhose() throws Exception {
        Recommendation r = Bundled.recommender().recommend(SEDENTARY_COACH);
        RankedInstrument street = find(r, "cnw-gezondheidsstraatje");
        assertEquals(RankedInstrument.Status.EXAMPLE_TO_COPY, street.status());
        assertEquals("voorbeeld om over te nemen", street.status().labels().nl());
        assertEquals("an example to copy", street.status().labels().en());
        assertNotNull(street.card());
        assertEquals("Gemeente Groningen", street.card().organisation());
        assertEquals("example", street.card().access().code());
        assertTrue(street.card().access().nl().contains("Gemeente Groningen"), street.card().access().nl());
        assertTrue(street.card().access().en().contains("Gemeente Groningen's own arrangement"), street.card().access().en());

        String json = Recommender.toJson(r);
        assertTrue(json.matches("(?s).*\"status\":\\s*\"exampleToCopy\".*"), "the JSON gives the status");
        assertTrue(json.matches("(?s).*\"organisation\":\\s*\"Gemeente Groningen\".*"), "the JSON card says whose it is");
        assertTrue(json.matches("(?s).*\"access\":\\s*\"example\".*"), "the JSON card's access is example");
    }

    @Test
    void theOrganisationThatOffersItsOwnArrangementMakesBetterUseOfItInsteadOfCopyingIt() throws Exception {
        Recommendation r = Bundled.recommender().recommend(GRONINGEN_EMPLOYER);
        RankedInstrument care = find(r, "cnw-bedrijfszorg");
        assertEquals(RankedInstrument.Status.MAKE_BETTER_USE, care.status());
        assertEquals("inPlace", care.card().access().code());
        assertEquals("Gemeente Groningen", care.card().organisation(), "the card still says whose arrangement it is");
    }

    @Test
    void anArrangementThatIsNotOrganisationSpecificIsNeverAnExample() throws Exception {
        Recommendation r = Bundled.recommender().recommend(SEDENTARY_COACH);
        for (RankedInstrument i : r.instruments()) {
            Instrument entry = Bundled.recommender().knowledge().catalog().find(i.id()).orElseThrow();
            assertEquals(entry.isOrganisationSpecific(), i.status() == RankedInstrument.Status.EXAMPLE_TO_COPY, i.id());
            if (!entry.isOrganisationSpecific()) {
                assertNull(i.card().organisation(), i.id());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("nl.wielwijzer.Bundled#examplePaths")
    void everyOrganisationSpecificInstrumentInTheExamplesIsLabelledUnlessOffered(String example) throws Exception {
        Recommendation r = Bundled.recommender().recommend(Bundled.file(example));
        for (RankedInstrument i : r.instruments()) {
            Instrument entry = Bundled.recommender().knowledge().catalog().find(i.id()).orElseThrow();
            if (entry.isOrganisationSpecific() && i.status() != RankedInstrument.Status.MAKE_BETTER_USE) {
                assertEquals(RankedInstrument.Status.EXAMPLE_TO_COPY, i.status(), example + ": " + i.id());
            }
        }
    }

    @Test
    void theCatalogueDeclaresOrganisationsFromTheSeeds() {
        List<Instrument> specific = Bundled.recommender().knowledge().catalog().instruments().stream()
                .filter(Instrument::isOrganisationSpecific).toList();
        assertEquals(18, specific.size(), specific.stream().map(Instrument::id).toList().toString());
        assertEquals("Gemeente Groningen", Bundled.recommender().knowledge().catalog().find("cnw-bedrijfszorg")
                .orElseThrow().organisation());
        // a sector scheme and a generic practice the seed illustrates with one organisation are not specific
        assertFalse(Bundled.recommender().knowledge().catalog().find("gem-generatiepact").orElseThrow().isOrganisationSpecific());
        assertFalse(Bundled.recommender().knowledge().catalog().find("cnw-zorgverlof").orElseThrow().isOrganisationSpecific());
    }

    @Test
    void theLoaderNamesFileLineAndFieldOfAMissingTargetGroupAndAnOrganisationTheSeedsDoNotName(@TempDir Path dir)
            throws Exception {
        Path catalog = Files.createDirectories(dir.resolve("catalog"));
        try (Stream<Path> files = Files.list(Path.of("catalog"))) {
            for (Path f : files.toList()) {
                Files.copy(f, catalog.resolve(f.getFileName()));
            }
        }
        Path placement = catalog.resolve("placement.yaml");
        List<String> lines = Files.readAllLines(placement, StandardCharsets.UTF_8);
        int entry = lines.indexOf("- id: pl-vertrouwenspersoon") + 1; // 1-based
        assertTrue(entry > 0);
        int removed = -1;
        for (int i = entry; i < lines.size() && removed < 0; i++) {
            if (lines.get(i).strip().startsWith("targetGroup:")) {
                removed = i;
            }
        }
        lines.remove(removed);
        Files.write(placement, lines, StandardCharsets.UTF_8);

        Path groningen = catalog.resolve("gemeente-groningen.yaml");
        List<String> gg = Files.readAllLines(groningen, StandardCharsets.UTF_8);
        int org = gg.indexOf("    organisation: Gemeente Groningen");
        gg.set(org, "    organisation: Gemeente Zuidhorn");
        Files.write(groningen, gg, StandardCharsets.UTF_8);

        InvalidKnowledgeException e = assertThrows(InvalidKnowledgeException.class,
                () -> Recommender.builder().catalog(catalog).build());
        List<Problem> problems = e.problems();
        assertEquals(2, problems.size(), problems.toString());

        Problem orgProblem = problems.stream().filter(p -> p.file().endsWith("gemeente-groningen.yaml")).findFirst()
                .orElseThrow(() -> new AssertionError(problems.toString()));
        assertEquals(org + 1, orgProblem.line());
        assertTrue(orgProblem.field().endsWith(".organisation"), orgProblem.field());
        assertTrue(orgProblem.message().contains("'Gemeente Zuidhorn' is not named in any seed"), orgProblem.message());

        Problem targetProblem = problems.stream().filter(p -> p.file().endsWith("placement.yaml")).findFirst()
                .orElseThrow(() -> new AssertionError(problems.toString()));
        assertEquals(entry, targetProblem.line(), "the entry's line, since the field is missing");
        assertTrue(targetProblem.field().matches("instruments\\[\\d+]\\.targetGroup"), targetProblem.field());
        assertTrue(targetProblem.message().contains("pl-vertrouwenspersoon' cites seed 001"), targetProblem.message());
        assertNotNull(targetProblem.hint());
    }

    @Test
    void theSchemaRefusesAnUnknownTargetGroup(@TempDir Path dir) throws Exception {
        Path catalog = Files.createDirectories(dir.resolve("catalog"));
        String placement = Files.readString(Path.of("catalog/placement.yaml"), StandardCharsets.UTF_8)
                .replaceFirst("targetGroup: everyone", "targetGroup: everybody");
        Files.writeString(catalog.resolve("placement.yaml"), placement, StandardCharsets.UTF_8);
        InvalidKnowledgeException e = assertThrows(InvalidKnowledgeException.class,
                () -> Recommender.builder().catalog(catalog).build());
        assertTrue(e.problems().stream().anyMatch(p -> p.file().endsWith("placement.yaml")
                && p.field().endsWith(".targetGroup") && p.message().contains("everybody")), e.problems().toString());
    }
}
