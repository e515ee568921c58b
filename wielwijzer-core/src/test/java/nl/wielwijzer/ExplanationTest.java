package nl.wielwijzer;

import java.util.ArrayList;
import java.util.List;
import nl.wielwijzer.internal.knowledge.RuleInfo;
import nl.wielwijzer.internal.knowledge.SeedLibrary;
import nl.wielwijzer.result.Citation;
import nl.wielwijzer.result.Explanation;
import nl.wielwijzer.result.Recommendation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every recommendation is explained, in both languages, by rules whose sources really say what they cite. */
class ExplanationTest {

    @Test
    void everyRecommendationOfTheExamplesIsExplainedAndSourced() throws Exception {
        for (String example : List.of("examples/vvt-employee.json", "examples/vvt-employer.json")) {
            Recommendation r = Bundled.recommender().recommend(Bundled.file(example));
            assertFalse(r.interventionFunctions().isEmpty(), example);
            assertFalse(r.policyCategories().isEmpty(), example);
            assertFalse(r.instruments().isEmpty(), example);
            List<List<Explanation>> all = new ArrayList<>();
            r.interventionFunctions().forEach(f -> all.add(f.explanations()));
            r.policyCategories().forEach(c -> all.add(c.explanations()));
            r.instruments().forEach(i -> all.add(i.explanations()));
            r.excluded().forEach(e -> all.add(e.explanations()));
            for (List<Explanation> explanations : all) {
                assertFalse(explanations.isEmpty(), example + ": something is recommended without an explanation");
                explanations.forEach(ExplanationTest::wellFormed);
            }
        }
    }

    private static void wellFormed(Explanation x) {
        assertNotNull(x.rule());
        assertTrue(x.nl() != null && !x.nl().isBlank(), x.rule() + " has no Dutch text");
        assertTrue(x.en() != null && !x.en().isBlank(), x.rule() + " has no English text");
        assertFalse(x.sources().isEmpty(), x.rule() + " has no source");
        for (Citation c : x.sources()) {
            assertTrue(SeedLibrary.bundled().check(c).isEmpty(), x.rule() + ": " + c);
        }
        x.trace().forEach(ExplanationTest::wellFormed);
    }

    @Test
    void everyRuleCitesTheSeedsTruly() {
        List<RuleInfo> rules = Bundled.recommender().knowledge().rules().ruleList();
        assertFalse(rules.isEmpty());
        for (RuleInfo rule : rules) {
            assertFalse(rule.sources().isEmpty(), rule.name());
            for (Citation c : rule.sources()) {
                assertTrue(SeedLibrary.bundled().check(c).isEmpty(), rule.name() + " cites " + c);
            }
        }
    }

    @Test
    void everyCatalogueEntryCitesTheSeedsTruly() {
        var catalog = Bundled.recommender().knowledge().catalog();
        assertTrue(catalog.size() > 0);
        catalog.instruments().forEach(i -> i.sources().forEach(c ->
                assertTrue(SeedLibrary.bundled().check(c).isEmpty(), i.id() + " cites " + c)));
    }

    @Test
    void aQuoteThatIsNotThereIsCaught() {
        Citation fake = new Citation("002_488956ea70b0741c.txt", 83, 85, "werkgevers worden altijd beloond voor alles");
        assertTrue(SeedLibrary.bundled().check(fake).isPresent());
        Citation real = new Citation("002_488956ea70b0741c.txt", 83, 85, "(1) te dwingen door middel van wet- en\nregelgeving");
        assertTrue(SeedLibrary.bundled().check(real).isEmpty());
        Citation gapped = new Citation("002_488956ea70b0741c.txt", 83, 86, "te dwingen … te belonen … te overtuigen");
        assertTrue(SeedLibrary.bundled().check(gapped).isEmpty());
        Citation outOfOrder = new Citation("002_488956ea70b0741c.txt", 83, 86, "te overtuigen … te dwingen door middel");
        assertTrue(SeedLibrary.bundled().check(outOfOrder).isPresent());
    }
}
