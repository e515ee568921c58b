package nl.wielwijzer.internal.knowledge;

import java.util.List;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.internal.io.SourceFile;
import nl.wielwijzer.problem.Problem;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Broken catalogue entries are reported with file, line and field, and nothing is loaded. */
class CatalogErrorsTest {

    private static final String GOOD = """
              - id: vvt-test-mai
                name: Meetinstrument arbeidsinnovatie plus (MAI+)
                nameEn: Work innovation measurement plus
                description: A spreadsheet for costs and benefits.
                descriptionNl: Een rekenmodel voor kosten en baten.
                audience: [organisation]
                sectors: [vvt]
                functions: { persuasion: stated }
                evidence: adviceOnly
                sources:
                  - seed: 002_488956ea70b0741c.txt
                    lines: 3726-3729
                    quote: "MAI+ is ontwikkeld door TNO in nauwe samenwerking met een praktijkgroep"
            """;

    @Test
    void anEntryWithoutItsDutchDescriptionIsRefused() {
        List<String> problems = load("instruments:\n" + GOOD.replaceAll("(?m)^ *descriptionNl:.*\n", ""));
        assertEquals(List.of("catalog/f0.yaml:2:5: instruments[0].descriptionNl: is required but missing"), problems);
    }

    private static List<String> load(String... files) {
        List<SourceFile> sources = new java.util.ArrayList<>();
        for (int i = 0; i < files.length; i++) {
            sources.add(new SourceFile("catalog/f" + i + ".yaml", files[i]));
        }
        CatalogLoader.Loaded loaded = CatalogLoader.load(sources, SeedLibrary.bundled());
        return loaded.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aGoodEntryLoads() {
        CatalogLoader.Loaded loaded = CatalogLoader.load(List.of(new SourceFile("catalog/ok.yaml", "instruments:\n" + GOOD)),
                SeedLibrary.bundled());
        assertEquals(List.of(), loaded.problems());
        assertEquals(1, loaded.catalog().size());
        assertTrue(loaded.catalog().find("vvt-test-mai").orElseThrow().states(nl.wielwijzer.bcw.InterventionFunction.PERSUASION));
    }

    @Test
    void duplicateIdsAcrossFilesAreNamed() {
        List<String> problems = load("instruments:\n" + GOOD, "instruments:\n" + GOOD);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("catalog/f1.yaml:2:9: instruments[0].id: the id 'vvt-test-mai' is already used at catalog/f0.yaml:2"),
                problems.get(0));
    }

    @Test
    void unknownFunctionsAndComponentsAreNamed() {
        List<String> problems = load("instruments:\n" + GOOD.replace("persuasion: stated", "persuasio: stated")
                .replace("evidence: adviceOnly", "evidence: adviceOnly\n    components: { socialOpportunity: guessed }"));
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("instruments[0].functions.persuasio: is not a known field (did you mean persuasion?)"),
                problems.get(0));
        assertTrue(problems.get(1).contains("instruments[0].components.socialOpportunity: \"guessed\" is not one of stated, judged"),
                problems.get(1));
    }

    @Test
    void missingSourcesAreNamed() {
        String noSources = GOOD.substring(0, GOOD.indexOf("    sources:"));
        List<String> problems = load("instruments:\n" + noSources);
        assertEquals(List.of("catalog/f0.yaml:2:5: instruments[0].sources: is required but missing"), problems);
    }

    @Test
    void aQuoteNotInItsLinesIsNamed() {
        List<String> problems = load("instruments:\n" + GOOD.replace("in nauwe samenwerking", "in losse samenwerking"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("catalog/f0.yaml:14:"), problems.get(0));
        assertTrue(problems.get(0).contains("instruments[0].sources[0].quote: the quote is not in 002_488956ea70b0741c.txt lines 3726-3729"),
                problems.get(0));
    }

    @Test
    void aNameTheSeedDoesNotUseIsNamed() {
        List<String> problems = load("instruments:\n" + GOOD.replace("Meetinstrument arbeidsinnovatie plus (MAI+)", "MAI Plus"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("instruments[0].name: the name 'MAI Plus' does not occur in the lines of any of its sources"),
                problems.get(0));
    }

    @Test
    void brokenYamlIsNamed() {
        List<String> problems = load("instruments:\n  - id: x\n    name: [unclosed\n");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("catalog/f0.yaml:"), problems.get(0));
        assertTrue(problems.get(0).contains("the file cannot be read"), problems.get(0));
    }
}
