package nl.wielwijzer.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.problem.InvalidKnowledgeException;
import nl.wielwijzer.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A policy designer's mistakes in a rule file, reported with file, line, column and a hint; never loaded. */
class RuleErrorsTest {

    private static final String HEADER = """
            package wielwijzer
            import nl.wielwijzer.rules.*
            import nl.wielwijzer.bcw.*
            import static nl.wielwijzer.bcw.InterventionFunction.*
            global Advice advice

            """;

    private static final String META = """
                @nl("Uitleg.")
                @en("Explanation.")
                @source("002_488956ea70b0741c.txt", "83", "te dwingen door middel van wet- en regelgeving")
            """;

    private static List<Problem> load(Path dir, String drl) throws Exception {
        Files.copy(Path.of("rules/vocabulary.yaml"), dir.resolve("vocabulary.yaml"));
        Files.writeString(dir.resolve("mine.drl"), HEADER + drl);
        InvalidKnowledgeException e = assertThrows(InvalidKnowledgeException.class,
                () -> Recommender.builder().rules(dir).catalog(Files.createDirectories(dir.resolve("catalog"))).build());
        return e.problems();
    }

    @Test
    void aSyntaxErrorNamesLineAndColumn(@TempDir Path dir) throws Exception {
        Problem p = load(dir, "rule \"Unclosed\"\n" + META + "when\n    Gap( severity >= 2\nthen\n    advice.favour(TRAINING, 1);\nend\n").get(0);
        assertEquals(dir.resolve("mine.drl").toString(), p.file());
        assertEquals(13, p.line());
        assertTrue(p.column() > 0);
        assertTrue(p.message().startsWith("the rule cannot be read at 'then'"), p.message());
        assertTrue(p.hint().contains("bracket"), p.hint());
    }

    @Test
    void anImportFromBeforeRelease02SaysWhereTheTypeIsNow(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("rules/vocabulary.yaml"), dir.resolve("vocabulary.yaml"));
        Files.writeString(dir.resolve("old.drl"), HEADER.replace("import static nl.wielwijzer.bcw.InterventionFunction.*",
                "import static nl.wielwijzer.profile.InterventionFunction.*"));
        InvalidKnowledgeException e = assertThrows(InvalidKnowledgeException.class,
                () -> Recommender.builder().rules(dir).catalog(Files.createDirectories(dir.resolve("catalog"))).build());
        Problem p = e.problems().get(0);
        assertEquals("the import 'nl.wielwijzer.profile.InterventionFunction' names nothing that exists", p.message());
        assertEquals("InterventionFunction is now nl.wielwijzer.bcw.InterventionFunction (moved in release 0.2); "
                + "import that instead", p.hint());
    }

    @Test
    void anUnknownFactTypeSuggestsTheRightOne(@TempDir Path dir) throws Exception {
        Problem p = load(dir, "rule \"Typo in type\"\n" + META + "when\n    Gapp( severity >= 2 )\nthen\n    advice.favour(TRAINING, 1);\nend\n").get(0);
        assertEquals(12, p.line());
        assertEquals("there is no fact type 'Gapp'", p.message());
        assertTrue(p.hint().startsWith("did you mean Gap?"), p.hint());
    }

    @Test
    void theFactOfAFieldWithoutOneOfItsOwnIsKnownToTheHints(@TempDir Path dir) throws Exception {
        Problem p = load(dir, "rule \"Typo in a field\"\n" + META
                + "when\n    ProfileValue( feild == \"employee.age\" )\nthen\n    advice.favour(TRAINING, 1);\nend\n").get(0);
        assertEquals("ProfileValue has no field 'feild'", p.message());
        assertEquals("did you mean 'field'? the fields of ProfileValue are: field, index, number, text", p.hint());
    }

    @Test
    void anUnknownConstantIsExplained(@TempDir Path dir) throws Exception {
        Problem p = load(dir, "rule \"Typo in action\"\n" + META + "when\n    Gap( severity >= 2 )\nthen\n    advice.favour(TRAINNG, 1);\nend\n").get(0);
        assertEquals("'TRAINNG' is not a known name", p.message());
        assertTrue(p.hint().startsWith("did you mean TRAINING?"), p.hint());
        assertEquals(14, p.line());
    }

    @Test
    void anUnknownActionListsTheActions(@TempDir Path dir) throws Exception {
        Problem p = load(dir, "rule \"Typo in advice\"\n" + META + "when\n    Gap( severity >= 2 )\nthen\n    advice.favor(TRAINING, 1);\nend\n").get(0);
        assertEquals("advice has no action 'favor'", p.message());
        assertTrue(p.hint().startsWith("did you mean favour?"), p.hint());
    }

    @Test
    void aCodeNoVocabularyDefinesIsAnError(@TempDir Path dir) throws Exception {
        Problem p = load(dir, "rule \"Unknown code\"\n" + META + "when\n    Push( code == \"reorganisaton\" )\nthen\n    advice.favour(TRAINING, 1);\nend\n").get(0);
        assertEquals(12, p.line());
        assertEquals(19, p.column());
        assertEquals("\"reorganisaton\" is not a known push factor (did you mean reorganisation?)", p.message());
    }

    @Test
    void aRuleWithoutSourcesOrExplanationIsRefused(@TempDir Path dir) throws Exception {
        List<Problem> problems = load(dir, "rule \"Unsourced\"\nwhen\n    Gap( severity >= 2 )\nthen\n    advice.favour(TRAINING, 1);\nend\n");
        assertEquals(List.of("rule \"Unsourced\": has no @en explanation", "rule \"Unsourced\": has no @nl explanation",
                "rule \"Unsourced\": has no @source"), problems.stream().map(Problem::fieldMessage).toList());
        assertTrue(problems.stream().allMatch(p -> p.line() == 7));
    }

    @Test
    void aQuoteThatIsNotInItsLinesIsRefused(@TempDir Path dir) throws Exception {
        Problem p = load(dir, """
                rule "Misquoted"
                    @nl("Uitleg.")
                    @en("Explanation.")
                    @source("002_488956ea70b0741c.txt", "83", "werkgevers moeten altijd worden beloond")
                when
                    Gap( severity >= 2 )
                then
                    advice.favour(TRAINING, 1);
                end
                """).get(0);
        assertEquals(10, p.line());
        assertEquals("rule \"Misquoted\" @source: the quote is not in 002_488956ea70b0741c.txt lines 83", p.fieldMessage());
        assertTrue(p.hint().contains("copy the words exactly"), p.hint());
    }

    @Test
    void twoRulesWithOneNameAreRefused(@TempDir Path dir) throws Exception {
        String rule = "rule \"Twice\"\n" + META + "when\n    Gap( severity >= 2 )\nthen\n    advice.favour(TRAINING, 1);\nend\n";
        Problem p = load(dir, rule + "\n" + rule).get(0);
        assertTrue(p.message().startsWith("this rule name is already used at"), p.message());
    }

    @Test
    void aFieldTypoIsReportedAtTheLineOfTheTypoNotAtTheRuleOrAWordInItsExplanation(@TempDir Path dir) throws Exception {
        Problem p = load(dir, """
                rule "Social gaps"
                    @nl("Een componnent van het gedrag: sociale kansen.")
                    @en("A componnent of behaviour: social opportunity.")
                    @source("002_488956ea70b0741c.txt", "83", "te dwingen door middel van wet- en regelgeving")
                when
                    Gap( severity >= 2,
                         componnent == ComB.SOCIAL_OPPORTUNITY )
                then
                    advice.favour(TRAINING, 1);
                end
                """).get(0);
        assertEquals("Gap has no field 'componnent'", p.message());
        assertEquals(13, p.line(), "the line of the typo, not the rule (7) or the explanations (8, 9)");
        assertEquals(10, p.column());
    }

    @Test
    void aStatedEffectThatDisagreesWithTheActionsIsRefusedAtItsLine(@TempDir Path dir) throws Exception {
        Problem p = load(dir, """
                rule "Stale effect"
                    @nl("Uitleg.")
                    @en("Explanation.")
                    @source("002_488956ea70b0741c.txt", "83", "te dwingen door middel van wet- en regelgeving")
                    @effect("training +3")
                when
                    Gap( severity >= 2 )
                then
                    advice.favour(TRAINING, 4);
                end
                """).get(0);
        assertEquals(dir.resolve("mine.drl").toString(), p.file());
        assertEquals(11, p.line());
        assertEquals("rule \"Stale effect\" @effect: @effect says +3, but the rule's actions give +4 (training +4)",
                p.fieldMessage());
        assertTrue(p.hint().contains("leave the points out of @effect"), p.hint());
    }

    @Test
    void aMisspeltFieldOfACollectedListIsReportedWhenTheRulesLoad(@TempDir Path dir) throws Exception {
        List<Problem> problems = load(dir, "import java.util.List\n\nrule \"Typo in a list\"\n" + META
                + "when\n    List( sise >= 2 ) from collect( Strategy( score <= 2 ) )\nthen\n    advice.favour(TRAINING, 1);\nend\n");
        assertEquals(1, problems.size(), problems.toString());
        Problem p = problems.get(0);
        assertEquals(14, p.line());
        assertEquals("a collected list has no field 'sise'", p.message());
        assertEquals("a list has size and isEmpty(); a condition on the items goes inside collect( … ), e.g. "
                + "List( size >= 2 ) from collect( Strategy( score <= 2 ) )", p.hint());
    }

    @Test
    void aConditionOnAnItemOfACollectedListIsToldToGoInsideCollect(@TempDir Path dir) throws Exception {
        List<Problem> problems = load(dir, "import java.util.List\n\nrule \"Item of a list\"\n" + META
                + "when\n    List( size == 1, get(0).score <= 2 ) from collect( Strategy() )\nthen\n    advice.favour(TRAINING, 1);\nend\n");
        assertEquals(1, problems.size(), "one problem, not a second that Drools could not analyse it: " + problems);
        Problem p = problems.get(0);
        assertEquals(14, p.line());
        assertEquals("an item of a collected list has no field 'score' in a condition", p.message());
        assertTrue(p.hint().startsWith("the items of a list have no type there; a condition on the items goes inside collect"),
                p.hint());
    }
}
