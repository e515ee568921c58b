package nl.wielwijzer.internal.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.wielwijzer.Bundled;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.internal.knowledge.Knowledge;
import nl.wielwijzer.result.Step;
import nl.wielwijzer.rules.Candidate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.runtime.KieSession;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * Candidates go into the session as facts only when a pattern of the rules can match one: the bundled rules name
 * instruments in their actions and insert none; a rule folder with a {@code Candidate( … )} pattern gets them as
 * before, and its rule fires on them.
 */
class CandidateFactsTest {

    private static final String RULE = """
            package wielwijzer

            import nl.wielwijzer.rules.*
            import nl.wielwijzer.catalog.Instrument

            global Advice advice

            rule "The talent manager is favoured for testing"
                @nl("Een regel voor deze test.")
                @en("A rule for this test.")
                @source("002_488956ea70b0741c.txt", "84-85", "te belonen door stimulerende maatregelen (dit blijkt vooral bij intrinsiek gemotiveerde werkgevers effectief te zijn)")
            when
                Case( employee )
                Candidate( $i : instrument, instrument.id == "vvt-pr-talentmanager" )
            then
                advice.favour($i, 3);
            end
            """;

    private static InstrumentIndex index(Recommender recommender) {
        Knowledge knowledge = recommender.knowledge();
        return InstrumentIndex.of(knowledge.rules().kieBase(), knowledge.catalog());
    }

    @Test
    void theBundledRulesInsertNoCandidate() throws Exception {
        Recommender bundled = Recommender.builder().build();
        assertFalse(InstrumentIndex.anyPatternMayMatch(bundled.knowledge().rules().kieBase(), Candidate.class),
                "no bundled rule matches a Candidate");
        InstrumentIndex index = index(bundled);
        assertFalse(index.insertsCandidates());
        KieSession session = mock(KieSession.class);
        assertNull(index.candidates(session), "no session to insert candidates into");
        verify(session, never()).insert(any());
    }

    @Test
    void aRuleFolderWithACandidatePatternStillGetsTheCandidatesAndItsRuleFires(@TempDir Path dir) throws Exception {
        Path folder = Bundled.copyRules(dir);
        Files.writeString(folder.resolve("zz-test.drl"), RULE);
        Recommender recommender = Recommender.builder().rules(folder).build();
        InstrumentIndex index = index(recommender);
        assertTrue(index.insertsCandidates());
        KieSession session = mock(KieSession.class);
        Candidate candidate = new Candidate(recommender.knowledge().catalog().instruments().get(0));
        index.candidates(session).accept(candidate);
        verify(session).insert(candidate);

        Path file = Path.of("examples", "vvt-employee.json");
        var trace = recommender.trace(recommender.readProfile(file.toString(), Files.readString(file)));
        List<Step> fired = trace.steps().stream()
                .filter(s -> s.rule().equals("The talent manager is favoured for testing")).toList();
        assertEquals(1, fired.size(), "the rule fired on its candidate: " + fired);
        assertEquals("vvt-pr-talentmanager", fired.get(0).target());
        assertEquals(3, fired.get(0).points());
        assertEquals(1, fired.get(0).facts().size(), "the Case, never the Candidate: " + fired.get(0).facts());
    }
}
