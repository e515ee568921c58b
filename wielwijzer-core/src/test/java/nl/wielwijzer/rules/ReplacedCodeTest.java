package nl.wielwijzer.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.wielwijzer.Bundled;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.problem.InvalidKnowledgeException;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.result.Explain;
import nl.wielwijzer.result.Recommendation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 item 9: overlapping vocabulary codes were merged (nightShifts into worksShifts, littleBoardSupport into
 * noStrategicOwnership). A profile may still use the older code: it is read as the code that replaced it, and the
 * result says so; a rule may not, and a vocabulary may not keep the older code as a code of its own.
 */
class ReplacedCodeTest {

    private static String employee(String situation) {
        return "{\"id\":\"p\",\"subject\":\"employee\",\"sector\":\"vvt\",\"comB\":{\"psychologicalCapability\":2},"
                + "\"employee\":{\"situations\":[\"" + situation + "\"]}}";
    }

    private static String employer(String situation) {
        return "{\"id\":\"p\",\"subject\":\"employer\",\"sector\":\"gemeente\",\"comB\":{\"socialOpportunity\":2},"
                + "\"organisation\":{\"situations\":[\"" + situation + "\"]}}";
    }

    @Test
    void aProfileWithAnOlderCodeGetsTheAdviceOfItsSuccessorAndIsToldSo() throws Exception {
        Recommender bundled = Bundled.recommender();
        Recommendation older = bundled.recommend("older.json", employee("nightShifts"));
        Recommendation current = bundled.recommend("current.json", employee("worksShifts"));
        // the same advice, explanations included: only the notice differs
        assertEquals(current.interventionFunctions(), older.interventionFunctions());
        assertEquals(current.policyCategories(), older.policyCategories());
        assertEquals(current.instruments(), older.instruments());
        assertEquals(current.excluded(), older.excluded());
        assertEquals(current.route(), older.route());
        assertEquals(current.phase(), older.phase());
        assertEquals(current.summary(), older.summary());
        assertTrue(older.instruments().stream().anyMatch(i -> i.id().equals("vvt-pr-workshops-voeding-nachtdiensten")),
                older.instruments().toString());
        assertEquals(List.of(), current.notices());
        assertEquals(1, older.notices().size());
        Coded.Labels notice = older.notices().get(0);
        assertEquals("employee.situations[0]", notice.code());
        assertTrue(notice.en().contains("'nightShifts' was replaced by 'worksShifts'"), notice.en());
        assertTrue(notice.nl().contains("'nightShifts' is vervangen door 'worksShifts'"), notice.nl());
        String json = Recommender.toJson(older, Explain.SUMMARY, nl.wielwijzer.bcw.Language.EN);
        assertTrue(json.contains("\"notices\""), json);
        assertTrue(json.contains("\"field\":\"employee.situations[0]\""), json);
    }

    @Test
    void theOlderBoardCodeReachesTheBoardFinding() throws Exception {
        Recommendation older = Bundled.recommender().recommend("older.json", employer("littleBoardSupport"));
        assertEquals("organisation.situations[0]", older.notices().get(0).code());
        assertTrue(older.instruments().stream().anyMatch(i -> i.id().equals("gem-bijeenkomst-directie")),
                older.instruments().toString());
    }

    @Test
    void aRuleThatUsesAnOlderCodeDoesNotLoad(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("rules/vocabulary.yaml"), dir.resolve("vocabulary.yaml"));
        Files.copy(Path.of("rules/vocabulary-seed-001.yaml"), dir.resolve("vocabulary-seed-001.yaml"));
        Files.writeString(dir.resolve("shifts.drl"), """
                package wielwijzer
                import nl.wielwijzer.rules.*
                import static nl.wielwijzer.bcw.InterventionFunction.*
                global Advice advice

                rule "Night workers learn about sleep"
                    @nl("Uitleg.")
                    @en("Explanation.")
                    @source("002_488956ea70b0741c.txt", "1602-1604", "workshops over voeding in combinatie met nachtdiensten")
                when
                    EmployeeSituation( code == "nightShifts" )
                then
                    advice.favour(EDUCATION, 1);
                end
                """);
        InvalidKnowledgeException e = assertThrows(InvalidKnowledgeException.class, () -> Recommender.builder()
                .rules(dir).catalog(Files.createDirectories(dir.resolve("catalog"))).build());
        Problem p = e.problems().stream().filter(x -> x.file().endsWith("shifts.drl")).findFirst()
                .orElseThrow(() -> new AssertionError(e.getMessage()));
        assertEquals(11, p.line());
        assertTrue(p.message().contains("\"nightShifts\" was replaced by \"worksShifts\""), p.message());
        assertTrue(p.hint().contains("write \"worksShifts\""), p.hint());
    }

    @Test
    void aVocabularyMayNotKeepAReplacedCodeAsACodeOfItsOwn(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("rules/vocabulary.yaml"), dir.resolve("vocabulary.yaml"));
        Files.writeString(dir.resolve("vocabulary-mine.yaml"), """
                employeeSituations:
                  - code: worksNights
                    nl: werkt 's nachts
                    en: works nights
                    replaces: [worksLate]
                    sources: []
                  - code: worksLate
                    nl: werkt laat
                    en: works late
                    sources: []
                """);
        Files.writeString(dir.resolve("empty.drl"), "package wielwijzer\n");
        InvalidKnowledgeException e = assertThrows(InvalidKnowledgeException.class, () -> Recommender.builder()
                .rules(dir).catalog(Files.createDirectories(dir.resolve("catalog"))).build());
        Problem p = e.problems().stream().filter(x -> x.file().endsWith("vocabulary-mine.yaml")).findFirst()
                .orElseThrow(() -> new AssertionError(e.getMessage()));
        assertEquals(5, p.line());
        assertEquals("employeeSituations[0].replaces[0]", p.field());
        assertTrue(p.message().contains("'worksLate' is still a code of its own, defined at"), p.message());
    }

    @Test
    void aCodeCloseToAnOlderOneSuggestsItsSuccessor() {
        nl.wielwijzer.problem.InvalidProfileException e = assertThrows(nl.wielwijzer.problem.InvalidProfileException.class,
                () -> Bundled.recommender().recommend("typo.json", employee("nightShift")));
        String message = e.problems().get(0).message();
        assertTrue(message.contains("did you mean worksShifts? it replaced nightShifts"), message);
    }
}
