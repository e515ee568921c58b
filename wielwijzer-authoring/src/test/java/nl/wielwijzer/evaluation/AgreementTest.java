package nl.wielwijzer.evaluation;

import java.util.List;
import java.util.Set;
import nl.wielwijzer.result.Phase;
import nl.wielwijzer.result.RankedInstrument.Status;
import nl.wielwijzer.result.Route;
import org.junit.jupiter.api.Test;

import static nl.wielwijzer.bcw.InterventionFunction.COERCION;
import static nl.wielwijzer.bcw.InterventionFunction.EDUCATION;
import static nl.wielwijzer.bcw.InterventionFunction.ENABLEMENT;
import static nl.wielwijzer.bcw.InterventionFunction.MODELLING;
import static nl.wielwijzer.bcw.InterventionFunction.PERSUASION;
import static nl.wielwijzer.bcw.InterventionFunction.RESTRICTION;
import static nl.wielwijzer.bcw.InterventionFunction.TRAINING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The measures on hand-made cases whose answers are worked out by hand in each test. */
class AgreementTest {

    private static final JudgedCase.Expected EXPECTED = new JudgedCase.Expected(
            Set.of(ENABLEMENT, TRAINING, MODELLING),
            List.of(new JudgedCase.Include("a", null), new JudgedCase.Include("b", null),
                    new JudgedCase.Include("c", Status.MAKE_BETTER_USE), new JudgedCase.Include("d", null)),
            List.of(JudgedCase.Forbidden.function(COERCION), JudgedCase.Forbidden.function(RESTRICTION),
                    JudgedCase.Forbidden.instrument("x"), JudgedCase.Forbidden.instrument("y")),
            new JudgedCase.Choice<>(Route.VITALISATION, Set.of(Route.JOB_REDESIGN)),
            new JudgedCase.Choice<>(Phase.CAN_MAY_DARE, Set.of()));

    private static Answer.Returned returned(String id) {
        return new Answer.Returned(id, Status.NEW);
    }

    @Test
    void aPerfectAnswerAgreesFully() {
        Answer answer = new Answer(List.of(MODELLING, ENABLEMENT, TRAINING, COERCION),
                List.of(returned("d"), returned("a"), new Answer.Returned("c", Status.MAKE_BETTER_USE), returned("b")),
                Route.VITALISATION, Phase.CAN_MAY_DARE, true);
        Agreement agreement = Agreement.of(EXPECTED, answer);
        for (Measure m : Measure.values()) {
            assertEquals(1.0, agreement.scores().get(m), m.code);
        }
        // coercion ranks fourth: a mustNot function counts only in the top three
        assertEquals(List.of(), agreement.misses());
    }

    @Test
    void aPartialAnswerScoresEachMeasureByItsOwnCount() {
        // top 3: enablement, coercion, education -> 1 of 3 expected; coercion violates a mustNot
        // instruments: a found, c returned as new (expected makeBetterUse: not found), x returned (violation)
        // route jobRedesign is acceptable (0.5); phase know is wrong (0)
        Answer answer = new Answer(List.of(ENABLEMENT, COERCION, EDUCATION, TRAINING, MODELLING),
                List.of(returned("a"), returned("c"), returned("x"), returned("z")), Route.JOB_REDESIGN, Phase.KNOW, true);
        Agreement agreement = Agreement.of(EXPECTED, answer);
        assertEquals(1 / 3.0, agreement.scores().get(Measure.TOP3), 1e-9);
        assertEquals(0.0, agreement.scores().get(Measure.TOP3_EXACT));
        assertEquals(0.25, agreement.scores().get(Measure.MUST_INCLUDE));
        assertEquals(0.5, agreement.scores().get(Measure.MUST_NOT));
        assertEquals(0.5, agreement.scores().get(Measure.ROUTE));
        assertEquals(0.0, agreement.scores().get(Measure.PHASE));
        assertEquals((1 / 3.0 + 0.25 + 0.5 + 0.5 + 0.0) / 5, agreement.scores().get(Measure.AGREEMENT), 1e-9);
        assertEquals((1 / 3.0 + 0.25 + 0.5) / 3, agreement.scores().get(Measure.SHARED), 1e-9);
        assertEquals(List.of("top-3 lacks training", "top-3 lacks modelling", "not returned: b",
                "not returned: c (makeBetterUse)", "not returned: d", "in the top 3 against the seeds: coercion",
                "returned against the seeds: x", "route jobRedesign is acceptable, expected vitalisation",
                "phase know, expected canMayDare"), agreement.misses());
    }

    @Test
    void noneExpectedAndNoneChosenAgree_butARecommenderWithoutARouteModelMisses() {
        JudgedCase.Expected none = new JudgedCase.Expected(Set.of(PERSUASION, EDUCATION, ENABLEMENT), List.of(), List.of(),
                new JudgedCase.Choice<>(null, Set.of()), new JudgedCase.Choice<>(null, Set.of()));
        Answer chooser = new Answer(List.of(PERSUASION), List.of(), null, null, true);
        Answer plain = new Answer(List.of(PERSUASION), List.of(), null, null, false);
        Agreement ours = Agreement.of(none, chooser);
        assertEquals(1.0, ours.scores().get(Measure.ROUTE));
        assertEquals(1.0, ours.scores().get(Measure.PHASE));
        assertEquals(0.0, Agreement.of(none, plain).scores().get(Measure.ROUTE));
        assertEquals(0.0, Agreement.of(none, plain).scores().get(Measure.PHASE));
        // empty mustInclude and mustNot lists are not measured, and the agreement averages what is:
        // top3 1/3 (only persuasion was ranked), route 1, phase 1
        assertFalse(ours.scores().containsKey(Measure.MUST_INCLUDE));
        assertFalse(ours.scores().containsKey(Measure.MUST_NOT));
        assertEquals((1 / 3.0 + 1 + 1) / 3, ours.scores().get(Measure.AGREEMENT), 1e-9);
        assertEquals(1 / 3.0, ours.scores().get(Measure.SHARED), 1e-9);
    }

    @Test
    void aRouteWhereNoneIsExpectedIsAMiss() {
        JudgedCase.Expected none = new JudgedCase.Expected(Set.of(PERSUASION, EDUCATION, ENABLEMENT), List.of(), List.of(),
                new JudgedCase.Choice<>(null, Set.of()), new JudgedCase.Choice<>(Phase.SUSTAIN, Set.of()));
        Agreement agreement = Agreement.of(none, new Answer(List.of(), List.of(), Route.MOBILITY, Phase.SUSTAIN, true));
        assertEquals(0.0, agreement.scores().get(Measure.ROUTE));
        assertEquals(1.0, agreement.scores().get(Measure.PHASE));
        assertEquals(0.0, agreement.scores().get(Measure.TOP3));
    }
}
