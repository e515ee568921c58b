package nl.wielwijzer.catalog;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.wielwijzer.Bundled;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.internal.knowledge.Catalog;
import nl.wielwijzer.problem.InvalidKnowledgeException;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.result.RankedInstrument;
import nl.wielwijzer.result.Recommendation;
import nl.wielwijzer.result.Summary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, "the Dutch text reads as Dutch written by a person": where the seed's words for an instrument are a
 * sentence fragment, the catalogue's {@code label} is the Dutch name a person reads; {@code name} stays the seed's
 * words. Through the public API: a catalogue folder as a policy designer writes it, and the bundled one.
 */
class InstrumentLabelTest {

    private static final Path GEMEENTE_EMPLOYER = Path.of("examples/gemeente-employer.json");
    private static final String SEED_NAME_LINE = "    name: \"maatwerkafspraken\"";

    private static RankedInstrument find(Recommendation r, String id) {
        return r.instruments().stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " is not in the result: "
                        + r.instruments().stream().map(RankedInstrument::id).toList()));
    }

    private static Summary.Card card(Recommendation r, String id) {
        return r.summary().instruments().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " has no summary card: "
                        + r.summary().instruments().stream().map(Summary.Card::id).toList()));
    }

    /** A copy of the bundled catalogue with one line added after the seed name of gem-maatwerkafspraken. */
    private static Path catalogWith(Path dir, String addedLine) throws Exception {
        Path catalog = Files.createDirectories(dir.resolve("catalog"));
        try (Stream<Path> files = Files.list(Path.of("catalog"))) {
            for (Path f : files.toList()) {
                Files.copy(f, catalog.resolve(f.getFileName()));
            }
        }
        Path file = catalog.resolve("gemeente-ao-fonds.yaml");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        int at = lines.indexOf(SEED_NAME_LINE);
        assertTrue(at > 0, "the entry gem-maatwerkafspraken and its seed name");
        lines.add(at + 1, addedLine);
        Files.write(file, lines, StandardCharsets.UTF_8);
        return catalog;
    }

    /** The 1-based line of the added line in the copied file. */
    private static int addedLine() throws Exception {
        return Files.readAllLines(Path.of("catalog/gemeente-ao-fonds.yaml"), StandardCharsets.UTF_8)
                .indexOf(SEED_NAME_LINE) + 2;
    }

    @Test
    void aLabelAPolicyDesignerWritesIsTheNameOnTheCardAndInTheRanking(@TempDir Path dir) throws Exception {
        String profile = Files.readString(GEMEENTE_EMPLOYER, StandardCharsets.UTF_8);
        // without a label the card shows the seed's words
        Recommendation bundled = Bundled.recommender().recommend(profile);
        assertEquals("maatwerkafspraken", card(bundled, "gem-maatwerkafspraken").name().nl());

        Recommender mine = Recommender.builder()
                .catalog(catalogWith(dir, "    label: \"Maatwerkafspraken met medewerkers\"")).build();
        Recommendation r = mine.recommend(profile);
        Summary.Card card = card(r, "gem-maatwerkafspraken");
        assertEquals("Maatwerkafspraken met medewerkers", card.name().nl());
        assertEquals(card(bundled, "gem-maatwerkafspraken").name().en(), card.name().en(), "the English name stays");
        assertEquals("Maatwerkafspraken met medewerkers", find(r, "gem-maatwerkafspraken").name());
        assertTrue(Recommender.toJson(r).contains("\"nl\":\"Maatwerkafspraken met medewerkers\""),
                "the JSON name.nl of the instrument");

        Instrument entry = mine.knowledge().catalog().find("gem-maatwerkafspraken").orElseThrow();
        assertEquals("maatwerkafspraken", entry.name(), "name stays the seed's words");
        assertEquals("Maatwerkafspraken met medewerkers", entry.label());
        assertEquals("Maatwerkafspraken met medewerkers", entry.displayName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"   \"", "\"Maatwerkafspraken \"", "\" Maatwerkafspraken\"", "\"Maatwerk\\nafspraken\""})
    void aBlankOrUntrimmedLabelIsRefusedWithFileLineAndField(String value, @TempDir Path dir) throws Exception {
        Problem p = refusedLabel(catalogWith(dir, "    label: " + value));
        assertTrue(p.file().endsWith("gemeente-ao-fonds.yaml"), p.toString());
        assertTrue(p.message().contains("not blank, without spaces at its start or end"), p.message());
    }

    @Test
    void anEmptyLabelIsRefusedWithFileLineAndField(@TempDir Path dir) throws Exception {
        Problem p = refusedLabel(catalogWith(dir, "    label: \"\""));
        assertTrue(p.message().contains("must not be empty"), p.message());
    }

    @Test
    void aLabelThatRepeatsTheNameIsRefusedWithAHint(@TempDir Path dir) throws Exception {
        Problem p = refusedLabel(catalogWith(dir, "    label: \"maatwerkafspraken\""));
        assertTrue(p.message().contains("the label is the same as the name 'maatwerkafspraken'"), p.message());
        assertNotNull(p.hint());
    }

    @Test
    void theIssuesExamplesShowTheirLabelsOnTheBundledCards() throws Exception {
        Recommendation r = Bundled.recommender().recommend(Files.readString(GEMEENTE_EMPLOYER, StandardCharsets.UTF_8));
        Summary.Card card = card(r, "gem-autonomie-participatie-verkennen");
        assertEquals("Meer autonomie en participatie in het werk", card.name().nl());
        Catalog catalog = Bundled.recommender().knowledge().catalog();
        assertEquals("meer autonomie te ervaren of meer participatie te laten zien",
                catalog.find("gem-autonomie-participatie-verkennen").orElseThrow().name());
        assertEquals("Contact met iemand uit het beroep of de functie",
                catalog.find("lb-contact-iemand-in-beroep").orElseThrow().displayName());
        assertEquals("Benoemen wat de werknemer heeft geleerd",
                catalog.find("pl-vertellen-wat-geleerd").orElseThrow().displayName());
        assertEquals("Loopbaaninspiratiecafé", catalog.find("vvt-pr-loopbaaninspiratiecafe").orElseThrow().displayName());
    }

    /**
     * No Dutch name a person reads starts as an infinitive clause ("te vertellen ...", "contact te leggen ...":
     * up to two words, then "te" and a verb, with no "om" before it) or writes the plural of café with an
     * apostrophe. A guard against new fragments, not a grammar check.
     */
    @Test
    void noBundledDisplayNameIsAnInfinitiveFragmentOrACafeApostrophePlural() {
        List<String> fragments = Bundled.recommender().knowledge().catalog().instruments().stream()
                .map(Instrument::displayName)
                .filter(n -> n.matches("(?i)^(\\S+ ){0,2}te \\S+.*") || n.contains("é’s") || n.contains("é's"))
                .toList();
        assertEquals(List.of(), fragments);
        for (String seedWords : List.of("contact te leggen met iemand in een beroep of functie",
                "te vertellen wat hij of zij allemaal heeft geleerd", "team in te lichten")) {
            assertTrue(seedWords.matches("(?i)^(\\S+ ){0,2}te \\S+.*"), "the guard catches " + seedWords);
        }
    }

    /**
     * A cost note comes in the result's language: the Dutch wording where the catalogue gives one
     * ({@code costNoteNl}), else the English one, keyed {@code en}, so nothing is lost.
     */
    @Test
    void aCostNoteComesInTheResultsLanguage(@TempDir Path dir) throws Exception {
        String profile = Files.readString(GEMEENTE_EMPLOYER, StandardCharsets.UTF_8);
        Recommendation both = Recommender.builder().catalog(catalogWith(dir.resolve("a"),
                "    costNote: \"Free for everyone.\"\n    costNoteNl: \"Gratis voor iedereen.\"")).build().recommend(profile);
        assertEquals(new nl.wielwijzer.bcw.Coded.Labels("costNote", "Gratis voor iedereen.", "Free for everyone."),
                card(both, "gem-maatwerkafspraken").costNote());
        String dutch = Recommender.toJson(both, nl.wielwijzer.result.Explain.STANDARD, nl.wielwijzer.bcw.Language.NL);
        assertTrue(dutch.contains("\"costNote\":{\"nl\":\"Gratis voor iedereen.\"}"), dutch);
        String english = Recommender.toJson(both, nl.wielwijzer.result.Explain.STANDARD, nl.wielwijzer.bcw.Language.EN);
        assertTrue(english.contains("\"costNote\":{\"en\":\"Free for everyone.\"}"), english);

        Recommendation englishOnly = Recommender.builder().catalog(catalogWith(dir.resolve("b"),
                "    costNote: \"Free for everyone.\"")).build().recommend(profile);
        String dutchAsked = Recommender.toJson(englishOnly, nl.wielwijzer.result.Explain.STANDARD, nl.wielwijzer.bcw.Language.NL);
        assertTrue(dutchAsked.contains("\"costNote\":{\"en\":\"Free for everyone.\"}"), dutchAsked);
    }

    @Test
    void aDutchCostNoteWithoutTheEnglishOneIsRefused(@TempDir Path dir) throws Exception {
        InvalidKnowledgeException e = assertThrows(InvalidKnowledgeException.class,
                () -> Recommender.builder().catalog(catalogWith(dir, "    costNoteNl: \"Gratis.\"")).build());
        assertEquals(1, e.problems().size(), e.problems().toString());
        Problem p = e.problems().get(0);
        assertEquals(addedLine(), p.line(), p.toString());
        assertTrue(p.field().matches("instruments\\[\\d+]\\.costNoteNl"), p.field());
        assertEquals("there is a Dutch cost note but no costNote", p.message());
    }

    @Test
    void everyBundledCostNoteHasItsDutchWording() {
        List<String> without = Bundled.recommender().knowledge().catalog().instruments().stream()
                .filter(i -> i.costNote() != null && i.costNoteNl() == null).map(Instrument::id).toList();
        assertEquals(List.of(), without);
    }

    /** The one problem loading the catalogue reports, on the added label's line and field. */
    private static Problem refusedLabel(Path catalog) throws Exception {
        InvalidKnowledgeException e = assertThrows(InvalidKnowledgeException.class,
                () -> Recommender.builder().catalog(catalog).build());
        assertEquals(1, e.problems().size(), e.problems().toString());
        Problem p = e.problems().get(0);
        assertEquals(addedLine(), p.line(), p.toString());
        assertTrue(p.field().matches("instruments\\[\\d+]\\.label"), p.field());
        return p;
    }
}
