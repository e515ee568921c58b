package nl.wielwijzer;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.wielwijzer.bcw.ComB;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.bcw.PolicyCategory;
import nl.wielwijzer.internal.knowledge.BehaviourChangeWheel;
import nl.wielwijzer.internal.knowledge.RuleInfo;
import nl.wielwijzer.problem.InvalidProfileException;
import nl.wielwijzer.profile.Profile;
import nl.wielwijzer.profile.Sector;
import nl.wielwijzer.profile.Subject;
import nl.wielwijzer.result.RankedFunction;
import nl.wielwijzer.result.Recommendation;
import nl.wielwijzer.result.Step;
import nl.wielwijzer.result.TargetKind;
import nl.wielwijzer.result.Trace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The matrices as the rule files encode them: for every COM-B sub-component, the matrix rules pass points to
 * exactly the functions of the BCW guide (2014); for every function, to exactly its policy categories; and scores
 * grow with gap severity and with the number of gaps a function addresses.
 */
class BehaviourChangeWheelTest {

    private static Trace trace(Profile profile) throws InvalidProfileException {
        return Bundled.recommender().trace(profile);
    }

    private static boolean matrixRule(Step step, String matrix) {
        RuleInfo rule = Bundled.recommender().knowledge().rules().rules().get(step.rule());
        return matrix.equals(rule.matrix());
    }

    @ParameterizedTest
    @EnumSource(ComB.class)
    void eachComponentReachesExactlyItsFunctions(ComB component) throws Exception {
        for (Subject subject : Subject.values()) {
            Trace trace = trace(Profile.builder("m", subject, Sector.VVT).gap(component, 3).build());
            Set<InterventionFunction> reached = EnumSet.noneOf(InterventionFunction.class);
            trace.steps().stream()
                    .filter(s -> s.targetKind() == TargetKind.INTERVENTION_FUNCTION && matrixRule(s, "comB-function"))
                    .forEach(s -> {
                        assertEquals(3, s.points(), "a cell passes on the gap's severity: " + s);
                        reached.add(parseFunction(s.target()));
                    });
            assertEquals(BehaviourChangeWheel.FUNCTIONS_FOR.get(component), reached, component + " for " + subject);
        }
    }

    @ParameterizedTest
    @EnumSource(InterventionFunction.class)
    void eachFunctionReachesExactlyItsPolicyCategories(InterventionFunction function) throws Exception {
        ComB component = BehaviourChangeWheel.FUNCTIONS_FOR.entrySet().stream()
                .filter(e -> e.getValue().contains(function)).findFirst().orElseThrow().getKey();
        Trace trace = trace(Profile.builder("m", Subject.EMPLOYER, Sector.OTHER).gap(component, 2).build());
        Set<String> reached = trace.steps().stream()
                .filter(s -> s.targetKind() == TargetKind.POLICY_CATEGORY && matrixRule(s, "function-category"))
                .filter(s -> s.facts().stream().anyMatch(f -> f.startsWith("interventionFunctions." + function.code() + " ")))
                .map(Step::target).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = BehaviourChangeWheel.CATEGORIES_FOR.get(function).stream().map(PolicyCategory::code)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, reached, function.code());
    }

    @Test
    void scoresGrowWithSeverity() throws Exception {
        int previous = 0;
        for (int severity = 1; severity <= 3; severity++) {
            Recommendation r = Bundled.recommender().recommend(Profile.builder("s", Subject.EMPLOYER, Sector.OTHER)
                    .gap(ComB.PHYSICAL_CAPABILITY, severity).build());
            int score = score(r, InterventionFunction.TRAINING);
            assertTrue(score > previous, "training at severity " + severity + " scores " + score);
            previous = score;
        }
    }

    @Test
    void scoresGrowWithTheNumberOfGapsAFunctionAddresses() throws Exception {
        Recommendation one = Bundled.recommender().recommend(Profile.builder("g1", Subject.EMPLOYER, Sector.OTHER)
                .gap(ComB.PHYSICAL_CAPABILITY, 2).build());
        Recommendation two = Bundled.recommender().recommend(Profile.builder("g2", Subject.EMPLOYER, Sector.OTHER)
                .gap(ComB.PHYSICAL_CAPABILITY, 2).gap(ComB.PHYSICAL_OPPORTUNITY, 2).build());
        assertTrue(score(two, InterventionFunction.TRAINING) > score(one, InterventionFunction.TRAINING));
        assertTrue(score(two, InterventionFunction.ENABLEMENT) > score(one, InterventionFunction.ENABLEMENT));
    }

    @Test
    void aProfileWithoutGapsGetsNoFunctionsFromTheMatrix() throws Exception {
        Trace trace = trace(Profile.builder("none", Subject.EMPLOYER, Sector.OTHER)
                .gap(ComB.PHYSICAL_CAPABILITY, 0).build());
        assertTrue(trace.steps().stream().noneMatch(s -> matrixRule(s, "comB-function")));
    }

    private static int score(Recommendation r, InterventionFunction f) {
        return r.interventionFunctions().stream().filter(x -> x.function() == f).mapToInt(RankedFunction::score)
                .findFirst().orElse(0);
    }

    private static InterventionFunction parseFunction(String code) {
        return java.util.Arrays.stream(InterventionFunction.values()).filter(f -> f.code().equals(code)).findFirst()
                .orElseThrow();
    }
}
