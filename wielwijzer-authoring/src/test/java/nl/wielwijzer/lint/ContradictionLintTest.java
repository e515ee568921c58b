package nl.wielwijzer.lint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.wielwijzer.Bundled;
import nl.wielwijzer.Recommender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lint reports two rules with the same conditions and opposite effects, also on instruments named by id. */
class ContradictionLintTest {

    private static final String RULES = """
            package wielwijzer

            import nl.wielwijzer.rules.*
            import nl.wielwijzer.profile.*

            global Advice advice

            rule "Talent managers are favoured for testing"
                @nl("Een regel voor deze test.")
                @en("A rule for this test.")
                @source("002_488956ea70b0741c.txt", "84-85", "te belonen door stimulerende maatregelen")
            when
                Case( employee )
                EmployeeSituation( code == "leaveBacklog" )
            then
                advice.favour(2, "vvt-pr-talentmanager", "vvt-pr-stuwmeer-verlofuren");
            end

            rule "Talent managers are ruled out for testing"
                @nl("Een regel voor deze test.")
                @en("A rule for this test.")
                @source("002_488956ea70b0741c.txt", "84-85", "te belonen door stimulerende maatregelen")
            when
                Case( employee )
                EmployeeSituation( code == "leaveBacklog" )
            then
                advice.ruleOut("vvt-pr-talentmanager");
            end
            """;

    @Test
    void theBundledRulesHaveNone() {
        assertEquals(List.of(), Lint.contradictions(Bundled.recommender().knowledge()));
    }

    @Test
    void favouringAndRulingOutTheSameNamedInstrumentOnTheSameConditionsIsReported(@TempDir Path dir) throws Exception {
        Path rules = Bundled.copyRules(dir);
        Files.writeString(rules.resolve("zz-test.drl"), RULES);
        Recommender recommender = Recommender.builder().rules(rules).build();
        List<Finding> findings = Lint.contradictions(recommender.knowledge());
        assertEquals(1, findings.size(), findings.toString());
        String message = findings.get(0).problem().message();
        assertTrue(message.contains("Talent managers are favoured for testing"), message);
        assertTrue(message.endsWith("the opposite effect on vvt-pr-talentmanager"), message);
    }
}
