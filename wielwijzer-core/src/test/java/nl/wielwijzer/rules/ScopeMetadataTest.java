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

/** A seed rule must say where its finding holds; the loader refuses a missing or unknown scope. */
class ScopeMetadataTest {

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
                @evidence("advice")
                @source("002_488956ea70b0741c.txt", "83", "te dwingen door middel van wet- en regelgeving")
            """;

    private static final String BODY = "when\n    Gap( severity >= 2 )\nthen\n    advice.favour(TRAINING, 1);\nend\n";

    private static List<Problem> load(Path dir, String file, String drl) throws Exception {
        Files.copy(Path.of("rules/vocabulary.yaml"), dir.resolve("vocabulary.yaml"));
        Files.writeString(dir.resolve(file), HEADER + drl);
        InvalidKnowledgeException e = assertThrows(InvalidKnowledgeException.class,
                () -> Recommender.builder().rules(dir).catalog(Files.createDirectories(dir.resolve("catalog"))).build());
        return e.problems();
    }

    private static Recommender build(Path dir, String file, String drl) throws Exception {
        Files.copy(Path.of("rules/vocabulary.yaml"), dir.resolve("vocabulary.yaml"));
        Files.writeString(dir.resolve(file), HEADER + drl);
        return Recommender.builder().rules(dir).catalog(Files.createDirectories(dir.resolve("catalog"))).build();
    }

    @Test
    void aSeedRuleWithoutScopeIsRefusedWithFileLineAndField(@TempDir Path dir) throws Exception {
        List<Problem> problems = load(dir, "seed-009-mine.drl", "rule \"No scope\"\n" + META + BODY);
        assertEquals(1, problems.size(), problems.toString());
        Problem p = problems.get(0);
        assertEquals(dir.resolve("seed-009-mine.drl").toString(), p.file());
        assertEquals(7, p.line());
        assertEquals("rule \"No scope\" @scope", p.field());
        assertTrue(p.message().startsWith("has no @scope"), p.message());
        assertTrue(p.hint().contains("@scope(\"vvt\")") && p.hint().contains("@generalises"), p.hint());
    }

    @Test
    void anUnknownSectorIsRefusedWithASuggestion(@TempDir Path dir) throws Exception {
        List<Problem> problems = load(dir, "seed-009-mine.drl",
                "rule \"Wrong scope\"\n    @scope(\"vvt\", \"gemeentes\")\n" + META + BODY);
        assertEquals(1, problems.size(), problems.toString());
        Problem p = problems.get(0);
        assertEquals(8, p.line());
        assertTrue(p.column() > 0, "column " + p.column());
        assertEquals("rule \"Wrong scope\" @scope", p.field());
        assertEquals("\"gemeentes\" is not a sector Wielwijzer knows", p.message());
        assertTrue(p.hint().startsWith("did you mean \"gemeente\"?") && p.hint().contains("vvt, gemeente, other, any"), p.hint());
    }

    @Test
    void anyWithSectorsIsRefused(@TempDir Path dir) throws Exception {
        Problem p = load(dir, "seed-009-mine.drl", "rule \"Both\"\n    @scope(\"any\", \"vvt\")\n" + META + BODY).get(0);
        assertEquals("names \"any\" together with sectors", p.message());
    }

    @Test
    void otherFilesDefaultToAnyAndSeedScopesAreRead(@TempDir Path dir) throws Exception {
        Recommender plain = build(dir, "mine.drl", "rule \"Plain\"\n" + META + BODY);
        assertEquals(List.of("any"), plain.knowledge().rules().rules().get("Plain").scopeCodes());
        Path second = Files.createDirectories(dir.resolve("second"));
        Recommender seed = build(second, "seed-009-mine.drl", "rule \"Scoped\"\n    @scope(\"vvt\", \"other\")\n"
                + "    @generalises(\"the seed's cases include care organisations outside VVT\")\n" + META + BODY);
        assertEquals(List.of("vvt", "other"), seed.knowledge().rules().rules().get("Scoped").scopeCodes());
        assertEquals("the seed's cases include care organisations outside VVT",
                seed.knowledge().rules().rules().get("Scoped").generalises());
    }
}
