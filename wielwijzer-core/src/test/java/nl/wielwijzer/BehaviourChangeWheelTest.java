package nl.wielwijzer;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.wielwijzer.bcw.ComB;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.bcw.PolicyCategory;
import nl.wielwijzer.internal.knowledge.RuleInfo;
import nl.wielwijzer.internal.knowledge.Wheel;
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

import static nl.wielwijzer.bcw.InterventionFunction.*;
import static nl.wielwijzer.bcw.PolicyCategory.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The matrices as the bundled rules encode them: for every COM-B sub-component, the matrix rules pass points to
 * exactly the functions of the BCW guide (2014); for every function, to exactly its policy categories; and scores
 * grow with gap severity and with the number of gaps a function addresses.
 *
 * <p>The expected matrices are written here from the publications, independently of rules/bcw-wheel.yaml, so a
 * wrong cell in the table fails this test.
 */
class BehaviourChangeWheelTest {

    /** Michie, Atkins &amp; West (2014), Table 2.3: COM-B sub-component to intervention functions. */
    private static final Map<ComB, Set<InterventionFunction>> GUIDE_2014 = Map.of(
            ComB.PHYSICAL_CAPABILITY, EnumSet.of(TRAINING, ENABLEMENT),
            ComB.PSYCHOLOGICAL_CAPABILITY, EnumSet.of(EDUCATION, TRAINING, ENABLEMENT),
            ComB.PHYSICAL_OPPORTUNITY, EnumSet.of(TRAINING, RESTRICTION, ENVIRONMENTAL_RESTRUCTURING, ENABLEMENT),
            ComB.SOCIAL_OPPORTUNITY, EnumSet.of(RESTRICTION, ENVIRONMENTAL_RESTRUCTURING, MODELLING, ENABLEMENT),
            ComB.REFLECTIVE_MOTIVATION, EnumSet.of(EDUCATION, PERSUASION, INCENTIVISATION, COERCION),
            ComB.AUTOMATIC_MOTIVATION, EnumSet.of(PERSUASION, INCENTIVISATION, COERCION, TRAINING,
                    ENVIRONMENTAL_RESTRUCTURING, MODELLING, ENABLEMENT));

    /** The three cells the 2014 guide adds to Michie, van Stralen &amp; West (2011), Table 2. */
    private static final Set<String> ADDED_IN_2014 = Set.of("comB-function: physicalOpportunity -> training",
            "comB-function: socialOpportunity -> modelling", "comB-function: automaticMotivation -> training");

    /** Michie, van Stralen &amp; West (2011), Table 3: intervention function to policy categories. */
    private static final Map<InterventionFunction, Set<PolicyCategory>> POLICY_2011 = Map.of(
            EDUCATION, EnumSet.of(COMMUNICATION_MARKETING, GUIDELINES, REGULATION, LEGISLATION, SERVICE_PROVISION),
            PERSUASION, EnumSet.of(COMMUNICATION_MARKETING, GUIDELINES, REGULATION, LEGISLATION, SERVICE_PROVISION),
            INCENTIVISATION, EnumSet.of(COMMUNICATION_MARKETING, GUIDELINES, FISCAL_MEASURES, REGULATION, LEGISLATION,
                    SERVICE_PROVISION),
            COERCION, EnumSet.of(COMMUNICATION_MARKETING, GUIDELINES, FISCAL_MEASURES, REGULATION, LEGISLATION,
                    SERVICE_PROVISION),
            TRAINING, EnumSet.of(GUIDELINES, FISCAL_MEASURES, REGULATION, LEGISLATION, SERVICE_PROVISION),
            RESTRICTION, EnumSet.of(GUIDELINES, REGULATION, LEGISLATION),
            ENVIRONMENTAL_RESTRUCTURING, EnumSet.of(GUIDELINES, FISCAL_MEASURES, REGULATION, LEGISLATION,
                    ENVIRONMENTAL_SOCIAL_PLANNING),
            MODELLING, EnumSet.of(COMMUNICATION_MARKETING, SERVICE_PROVISION),
            ENABLEMENT, EnumSet.of(GUIDELINES, FISCAL_MEASURES, REGULATION, LEGISLATION, ENVIRONMENTAL_SOCIAL_PLANNING,
                    SERVICE_PROVISION));

    @Test
    void theTableMarksExactlyTheCellsTheGuideAdded() {
        Set<String> marked = Bundled.recommender().knowledge().wheel().cells().stream()
                .filter(c -> c.edition() == Wheel.Edition.Y2014).map(Wheel.Cell::label)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(ADDED_IN_2014), marked);
    }

    @Test
    void aGeneratedMatrixRuleIsExplainedAtItsCellOfTheTable() {
        RuleInfo rule = Bundled.recommender().knowledge().rules().rules()
                .get("Modelling can close a gap in social opportunity");
        assertEquals("rules/bcw-wheel.yaml", rule.file());
        assertTrue(rule.en().endsWith("This cell is in the 2014 guide, not in the 2011 matrix."), rule.en());
        assertEquals(List.of("Michie, Atkins & West (2014), The Behaviour Change Wheel: a guide to designing "
                + "interventions, Table 2.3"), rule.references());
    }

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
                        assertEquals(6, s.points(), "a cell gives two points per level of the gap's severity: " + s);
                        reached.add(parseFunction(s.target()));
                    });
            assertEquals(GUIDE_2014.get(component), reached, component + " for " + subject);
        }
    }

    @ParameterizedTest
    @EnumSource(InterventionFunction.class)
    void eachFunctionReachesExactlyItsPolicyCategories(InterventionFunction function) throws Exception {
        ComB component = GUIDE_2014.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(e -> e.getValue().contains(function)).findFirst().orElseThrow().getKey();
        Trace trace = trace(Profile.builder("m", Subject.EMPLOYER, Sector.OTHER).gap(component, 2).build());
        Set<String> reached = trace.steps().stream()
                .filter(s -> s.targetKind() == TargetKind.POLICY_CATEGORY && matrixRule(s, "function-category"))
                .filter(s -> s.facts().stream().anyMatch(f -> f.startsWith("interventionFunctions." + function.code() + " ")))
                .map(Step::target).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = POLICY_2011.get(function).stream().map(PolicyCategory::code)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, reached, function.code());
    }

    @Test
    void scoresGrowWithSeverity() throws Exception {
        double previous = 0;
        for (int severity = 1; severity <= 3; severity++) {
            Recommendation r = Bundled.recommender().recommend(Profile.builder("s", Subject.EMPLOYER, Sector.OTHER)
                    .gap(ComB.PHYSICAL_CAPABILITY, severity).build());
            double score = score(r, InterventionFunction.TRAINING);
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

    private static double score(Recommendation r, InterventionFunction f) {
        return r.interventionFunctions().stream().filter(x -> x.function() == f).mapToDouble(RankedFunction::score)
                .findFirst().orElse(0);
    }

    private static InterventionFunction parseFunction(String code) {
        return java.util.Arrays.stream(InterventionFunction.values()).filter(f -> f.code().equals(code)).findFirst()
                .orElseThrow();
    }
}
