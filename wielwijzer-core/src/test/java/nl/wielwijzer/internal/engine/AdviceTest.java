package nl.wielwijzer.internal.engine;

import java.util.List;
import java.util.Map;
import nl.wielwijzer.bcw.ComB;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.internal.knowledge.RuleInfo;
import nl.wielwijzer.result.Citation;
import nl.wielwijzer.rules.Advice;
import nl.wielwijzer.rules.Diagnosis;
import nl.wielwijzer.rules.EmployeeSituation;
import nl.wielwijzer.rules.Fact;
import nl.wielwijzer.rules.Gap;
import nl.wielwijzer.rules.Push;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieRuntime;
import org.kie.api.runtime.rule.Match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * What {@code advice} records while a rule's consequence runs, with the Drools match and session mocked: every
 * contribution carries the rule and the facts it fired on, a diagnosis is inserted once however many rules reach
 * it, and a rule cannot change what has already been ranked.
 */
class AdviceTest {

    private static final RuleInfo RULE = new RuleInfo("A test rule", "rules/test.drl", 7, "Uitleg.", "Explanation.",
            List.of(new Citation("002_488956ea70b0741c.txt", 83, 83, "te dwingen door middel van wet- en regelgeving")),
            List.of(), "training +2", null, null);

    private Ledger ledger;
    private Advice advice;
    private KieRuntime session;

    @BeforeEach
    void setUp() {
        ledger = new Ledger(new RuleLookup(List.of(), Map.of(RULE.name(), RULE)), new InstrumentBits(List.of()));
        advice = new LedgerAdvice(ledger);
        session = mock(KieRuntime.class);
    }

    private void fire(Object... facts) {
        Rule rule = mock(Rule.class);
        when(rule.getName()).thenReturn(RULE.name());
        Match match = mock(Match.class);
        when(match.getRule()).thenReturn(rule);
        when(match.getObjects()).thenAnswer(invocation -> List.of(facts));
        ledger.begin(match, ledger.ruleOf(match), session);
    }

    @Test
    void aContributionRemembersTheRuleAndTheFactsItFiredOn() {
        Gap gap = new Gap(ComB.PHYSICAL_CAPABILITY, 2);
        fire(gap, "not a fact");
        advice.favour(InterventionFunction.TRAINING, 2);
        ledger.end();
        Ledger.Contribution c = ledger.functions.get(InterventionFunction.TRAINING).get(0);
        assertEquals(RULE, c.firing().rule());
        assertEquals(List.of(gap), c.firing().facts());
        assertEquals(2, c.points());
    }

    @Test
    void theFactsOfACollectedListAndOfThePatternsAfterItAreAllKept() {
        // "from collect" hands over one list among the match's objects; the patterns after it bring more facts
        // than the match has objects (seed-004-moeten-willen.drl: three health pushes, then the situation)
        List<Push> pushes = List.of(new Push("physicalComplaints", 2), new Push("psychologicalComplaints", 1),
                new Push("illness", 0));
        EmployeeSituation situation = new EmployeeSituation("noFitInCurrentJob", 0);
        fire("the initial fact", pushes, situation);
        advice.diagnose("mustChangeJobs");
        ledger.end();
        List<Fact> expected = new java.util.ArrayList<>(pushes);
        expected.add(situation);
        assertEquals(expected, ledger.diagnoses.get("mustChangeJobs").get(0).facts());
    }

    @Test
    void aDiagnosisIsInsertedOnceHoweverManyRulesReachIt() {
        fire(new Gap(ComB.SOCIAL_OPPORTUNITY, 3));
        advice.diagnose("hardToReach");
        advice.diagnose("hardToReach");
        verify(session, times(1)).insert(any(Diagnosis.class));
        assertEquals(2, ledger.diagnoses.get("hardToReach").size());
    }

    @Test
    void pointsOutsideOneToTenAreRefused() {
        fire();
        assertThrows(IllegalArgumentException.class, () -> advice.favour(InterventionFunction.TRAINING, 0));
        assertThrows(IllegalArgumentException.class, () -> advice.favour(InterventionFunction.TRAINING, 11));
    }

    @Test
    void aRuleCannotChangeAFunctionAfterTheFunctionsAreRanked() {
        ledger.enter(Ledger.Stage.CATEGORIES);
        fire();
        RuleMisuseException e = assertThrows(RuleMisuseException.class,
                () -> advice.favour(InterventionFunction.TRAINING, 1));
        assertTrue(e.getMessage().startsWith("rules/test.drl:7: the rule 'A test rule' changes intervention functions"),
                e.getMessage());
    }

    @Test
    void adviceOutsideAConsequenceIsAnError() {
        assertThrows(IllegalStateException.class, () -> advice.favour(InterventionFunction.TRAINING, 1));
    }
}
