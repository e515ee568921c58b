package nl.wielwijzer.internal.knowledge;

import java.util.List;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.internal.io.SourceFile;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.result.Technique;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** rules/bct.yaml: read with every link's basis, and every mistake reported with file, line and field. */
class TechniqueBookTest {

    private static final String GOOD = """
            techniques:
              "1.4": {en: "Action planning", nl: "Actieplan maken"}
              "16.3": {en: "Vicarious consequences", nl: "Gevolgen bij anderen zien"}
            functions:
              enablement:
                - {bct: "1.4", basis: bcwGuide}
            instruments:
              vvt-pr-delen-van-successen:
                - bct: "16.3"
                  source: {seed: 002_488956ea70b0741c.txt, lines: "2641-2642", quote: "Het delen van successen en de mensen daarbij zelf aan het woord laten"}
              lb-pop-gesprek:
                - {bct: "1.4", basis: editorsJudgement}
            identifiers:
              functions:
                source: a made-up source for this test
                ids:
                  enablement: {id: "BCIO:037019", label: "enablement behaviour change inervention"}
            """;

    private static final Catalog CATALOG = Bundled.catalog();

    @Test
    void aGoodFileGivesEachLinkItsBasisAndSource() {
        TechniqueBook.Loaded loaded = load(GOOD);
        assertEquals(List.of(), loaded.problems());
        TechniqueBook book = loaded.book();
        Technique planning = book.of(InterventionFunction.ENABLEMENT).get(0);
        assertEquals(new Technique("1.4", "Actieplan maken", "Action planning", Technique.Basis.BCW_GUIDE, null), planning);
        Technique vicarious = book.of("vvt-pr-delen-van-successen").get(0);
        assertEquals(Technique.Basis.SEED, vicarious.basis());
        assertEquals("2641-2642", vicarious.source().lines());
        assertEquals(Technique.Basis.EDITORS_JUDGEMENT, book.of("lb-pop-gesprek").get(0).basis());
        assertNull(book.of("lb-pop-gesprek").get(0).source());
        assertEquals(List.of(), book.of(InterventionFunction.TRAINING));
        assertEquals("BCIO:037019", book.bcio("enablement").orElseThrow());
        assertTrue(book.bcio("training").isEmpty(), "an id the file does not give is not guessed");
        assertEquals(3, book.entries().size());
        assertEquals("bct.yaml:6", book.entries().get(0).file() + ":" + book.entries().get(0).line());
    }

    @Test
    void aQuoteThatIsNotInItsLinesIsNamedAtItsField() {
        List<String> problems = problems(GOOD.replace("Het delen van successen en", "Het delen van alle successen en"));
        assertEquals(List.of("bct.yaml:10:75: instruments.vvt-pr-delen-van-successen[0].source.quote: the quote is not in "
                + "002_488956ea70b0741c.txt lines 2641-2642"), problems);
    }

    @Test
    void anUnknownNumberAndAnUnknownInstrumentGetADidYouMean() {
        List<String> problems = problems(GOOD.replace("- {bct: \"1.4\", basis: bcwGuide}", "- {bct: \"1.5\", basis: bcwGuide}")
                .replace("lb-pop-gesprek:", "lb-pop-gesprekk:"));
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("bct.yaml:6:13: functions.enablement[0].bct: BCT 1.5 is not under "
                + "'techniques' (did you mean 1.4?)"), problems.get(0));
        assertTrue(problems.get(1).startsWith("bct.yaml:12:5: instruments.lb-pop-gesprekk: \"lb-pop-gesprekk\" is not an "
                + "instrument in the catalogue (did you mean lb-pop-gesprek?)"), problems.get(1));
    }

    @Test
    void aLinkWithNeitherSourceNorJudgementIsRefusedByTheSchema() {
        List<String> problems = problems(GOOD.replace("- {bct: \"1.4\", basis: editorsJudgement}", "- {bct: \"1.4\"}"));
        assertFalse(problems.isEmpty());
        assertTrue(problems.stream().allMatch(p -> p.startsWith("bct.yaml:12:7: instruments.lb-pop-gesprek[0]")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.endsWith("basis: is required but missing")), problems.toString());
    }

    @Test
    void aTechniqueListedTwiceForOneTargetIsNamed() {
        List<String> problems = problems(GOOD.replace("- {bct: \"1.4\", basis: bcwGuide}",
                "- {bct: \"1.4\", basis: bcwGuide}\n    - {bct: \"1.4\", basis: editorsJudgement}"));
        assertEquals(List.of("bct.yaml:7:13: functions.enablement[1].bct: BCT 1.4 is listed twice for enablement"), problems);
    }

    @Test
    void onlyTheNinetyThreeNumbersOfTheTaxonomyAreTechniques() {
        int count = 0;
        for (int group = 0; group <= 17; group++) {
            for (int item = 0; item <= 12; item++) {
                if (TechniqueBook.inTaxonomy(group + "." + item)) {
                    count++;
                }
            }
        }
        assertEquals(93, count, "BCT Taxonomy v1 has 93 techniques in 16 groups");
        for (String number : List.of("1.9", "2.7", "10.11", "14.10", "16.3")) {
            assertTrue(TechniqueBook.inTaxonomy(number), number);
        }
        for (String number : List.of("1.10", "2.8", "10.12", "16.4", "17.1", "0.1", "01.1", "1.01", "1", "x.1")) {
            assertFalse(TechniqueBook.inTaxonomy(number), number);
        }
    }

    @Test
    void aNumberThatIsNotInTheTaxonomyIsRefusedAtItsLine() {
        List<String> problems = problems(GOOD.replace("techniques:\n", "techniques:\n  \"9.4\": {en: \"Made up\", nl: \"Verzonnen\"}\n"));
        assertEquals(List.of("bct.yaml:2:10: techniques.9.4: 9.4 is not a technique of BCT Taxonomy v1 (its group 9 numbers "
                + "9.1 to 9.3)"), problems);
    }

    private static TechniqueBook.Loaded load(String text) {
        return TechniqueBook.load(new SourceFile("bct.yaml", text), CATALOG, SeedLibrary.bundled());
    }

    private static List<String> problems(String text) {
        return load(text).problems().stream().map(Problem::toString).map(p -> p.lines().findFirst().orElse(p)).toList();
    }

    /** The bundled catalogue, loaded once. */
    private static final class Bundled {
        static Catalog catalog() {
            return nl.wielwijzer.Bundled.recommender().knowledge().catalog();
        }
    }
}
