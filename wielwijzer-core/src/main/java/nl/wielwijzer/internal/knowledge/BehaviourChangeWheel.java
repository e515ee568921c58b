package nl.wielwijzer.internal.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wielwijzer.bcw.ComB;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.bcw.PolicyCategory;

import static nl.wielwijzer.bcw.InterventionFunction.COERCION;
import static nl.wielwijzer.bcw.InterventionFunction.EDUCATION;
import static nl.wielwijzer.bcw.InterventionFunction.ENABLEMENT;
import static nl.wielwijzer.bcw.InterventionFunction.ENVIRONMENTAL_RESTRUCTURING;
import static nl.wielwijzer.bcw.InterventionFunction.INCENTIVISATION;
import static nl.wielwijzer.bcw.InterventionFunction.MODELLING;
import static nl.wielwijzer.bcw.InterventionFunction.PERSUASION;
import static nl.wielwijzer.bcw.InterventionFunction.RESTRICTION;
import static nl.wielwijzer.bcw.InterventionFunction.TRAINING;
import static nl.wielwijzer.bcw.PolicyCategory.COMMUNICATION_MARKETING;
import static nl.wielwijzer.bcw.PolicyCategory.ENVIRONMENTAL_SOCIAL_PLANNING;
import static nl.wielwijzer.bcw.PolicyCategory.FISCAL_MEASURES;
import static nl.wielwijzer.bcw.PolicyCategory.GUIDELINES;
import static nl.wielwijzer.bcw.PolicyCategory.LEGISLATION;
import static nl.wielwijzer.bcw.PolicyCategory.REGULATION;
import static nl.wielwijzer.bcw.PolicyCategory.SERVICE_PROVISION;

/**
 * The two published matrices of the Behaviour Change Wheel, as a reference the rule files are checked against
 * (lint) and scenario runs are measured against (coverage). The rules themselves live in
 * {@code rules/bcw-matrix.drl} and {@code rules/bcw-policy.drl}, where policy designers can read and change them.
 *
 * <p>COM-B to functions: the BCW guide (Michie, Atkins &amp; West 2014, Table 2.3), which is Michie, van Stralen
 * &amp; West (2011) plus training for physical opportunity and for automatic motivation. Functions to policy
 * categories: Michie, van Stralen &amp; West (2011), unchanged in the guide.
 */
public final class BehaviourChangeWheel {

    /** Which intervention functions can address each COM-B sub-component (BCW guide 2014). */
    public static final Map<ComB, Set<InterventionFunction>> FUNCTIONS_FOR = functions();

    /** The two cells the 2014 guide adds to the 2011 matrix. */
    public static final Map<ComB, Set<InterventionFunction>> ADDED_IN_2014 = Map.of(
            ComB.PHYSICAL_OPPORTUNITY, Set.of(TRAINING), ComB.AUTOMATIC_MOTIVATION, Set.of(TRAINING));

    /** Which policy categories can deliver each intervention function. */
    public static final Map<InterventionFunction, Set<PolicyCategory>> CATEGORIES_FOR = categories();

    private BehaviourChangeWheel() {
    }

    /** Every cell of both matrices, as {@code comB-function: physicalCapability -> training} and the like. */
    public static List<String> cells() {
        List<String> cells = new ArrayList<>();
        FUNCTIONS_FOR.forEach((c, fs) -> fs.forEach(f -> cells.add(comBCell(c.code(), f.code()))));
        CATEGORIES_FOR.forEach((f, cs) -> cs.forEach(c -> cells.add(categoryCell(f.code(), c.code()))));
        return cells;
    }

    public static String comBCell(String component, String function) {
        return "comB-function: " + component + " -> " + function;
    }

    public static String categoryCell(String function, String category) {
        return "function-category: " + function + " -> " + category;
    }

    private static Map<ComB, Set<InterventionFunction>> functions() {
        Map<ComB, Set<InterventionFunction>> m = new EnumMap<>(ComB.class);
        m.put(ComB.PHYSICAL_CAPABILITY, EnumSet.of(TRAINING, ENABLEMENT));
        m.put(ComB.PSYCHOLOGICAL_CAPABILITY, EnumSet.of(EDUCATION, TRAINING, ENABLEMENT));
        m.put(ComB.PHYSICAL_OPPORTUNITY, EnumSet.of(TRAINING, RESTRICTION, ENVIRONMENTAL_RESTRUCTURING, ENABLEMENT));
        m.put(ComB.SOCIAL_OPPORTUNITY, EnumSet.of(RESTRICTION, ENVIRONMENTAL_RESTRUCTURING, MODELLING, ENABLEMENT));
        m.put(ComB.REFLECTIVE_MOTIVATION, EnumSet.of(EDUCATION, PERSUASION, INCENTIVISATION, COERCION));
        m.put(ComB.AUTOMATIC_MOTIVATION, EnumSet.of(PERSUASION, INCENTIVISATION, COERCION, TRAINING,
                ENVIRONMENTAL_RESTRUCTURING, MODELLING, ENABLEMENT));
        m.replaceAll((k, v) -> Collections.unmodifiableSet(v));
        return Collections.unmodifiableMap(m);
    }

    private static Map<InterventionFunction, Set<PolicyCategory>> categories() {
        Map<InterventionFunction, Set<PolicyCategory>> m = new EnumMap<>(InterventionFunction.class);
        Set<PolicyCategory> broad = EnumSet.of(COMMUNICATION_MARKETING, GUIDELINES, REGULATION, LEGISLATION, SERVICE_PROVISION);
        m.put(EDUCATION, broad);
        m.put(PERSUASION, broad);
        m.put(INCENTIVISATION, EnumSet.of(COMMUNICATION_MARKETING, GUIDELINES, FISCAL_MEASURES, REGULATION, LEGISLATION,
                SERVICE_PROVISION));
        m.put(COERCION, EnumSet.of(COMMUNICATION_MARKETING, GUIDELINES, FISCAL_MEASURES, REGULATION, LEGISLATION,
                SERVICE_PROVISION));
        m.put(TRAINING, EnumSet.of(GUIDELINES, FISCAL_MEASURES, REGULATION, LEGISLATION, SERVICE_PROVISION));
        m.put(RESTRICTION, EnumSet.of(GUIDELINES, REGULATION, LEGISLATION));
        m.put(ENVIRONMENTAL_RESTRUCTURING, EnumSet.of(GUIDELINES, FISCAL_MEASURES, REGULATION, LEGISLATION,
                ENVIRONMENTAL_SOCIAL_PLANNING));
        m.put(MODELLING, EnumSet.of(COMMUNICATION_MARKETING, SERVICE_PROVISION));
        m.put(ENABLEMENT, EnumSet.of(GUIDELINES, FISCAL_MEASURES, REGULATION, LEGISLATION, ENVIRONMENTAL_SOCIAL_PLANNING,
                SERVICE_PROVISION));
        m.replaceAll((k, v) -> Collections.unmodifiableSet(v));
        return Collections.unmodifiableMap(m);
    }
}
