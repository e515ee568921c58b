package nl.wielwijzer.internal.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wielwijzer.internal.knowledge.RuleInfo;
import nl.wielwijzer.rules.Candidate;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.drools.mvel.MVELConstraint;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Which seed findings choose instruments by what they are (a phase, a route, an outcome, an audience, a cost)
 * rather than by name. Read once per knowledge set from the compiled rules: a rule outside the generic matching
 * file whose {@link Candidate} pattern never tests the instrument's id, or whose actions give to every candidate with
 * an attribute ({@code advice.favourEach(1, Route.DEVELOPMENT)}). A rule that names its instruments in its
 * actions ({@code advice.favour(2, "a", "b")}) has no Candidate pattern and is never broad: it names them.
 *
 * <p>Why it matters: such a finding holds for every instrument with that attribute (seed 003's "instruments that
 * give room and support for taking action suit a profile that may not or dare not act" lifts some fifty career
 * instruments at once), so it says less about one instrument than a finding that names it. {@link Scoring} caps
 * these broad findings together per instrument and does not let them alone make an instrument a specific fit;
 * without the cap the same few broad instruments filled most top-10 lists.
 */
final class BroadFindings {

    private BroadFindings() {
    }

    /**
     * The names of the rules in {@code base} that choose instruments by attribute only: by a Candidate pattern, or
     * by an action on every candidate with an attribute ({@code advice.favourEach(1, Route.DEVELOPMENT)}; {@code
     * inActions}, {@link nl.wielwijzer.internal.knowledge.RuleBook#choosingByAttributeInActions}).
     */
    static Set<String> of(KieBase base, Map<String, RuleInfo> rules, Set<String> inActions) {
        Set<String> broad = new HashSet<>();
        for (String name : inActions) {
            RuleInfo info = rules.get(name);
            if (info != null && !info.file().endsWith(Scoring.GENERIC_FILE)) {
                broad.add(name);
            }
        }
        for (KiePackage p : base.getKiePackages()) {
            for (Rule r : p.getRules()) {
                RuleInfo info = rules.get(r.getName());
                boolean generic = info != null && info.file().endsWith(Scoring.GENERIC_FILE);
                if (r instanceof RuleImpl rule && !generic && choosesByAttribute(rule.getLhs())) {
                    broad.add(rule.getName());
                }
            }
        }
        return Set.copyOf(broad);
    }

    /** Whether the conditions hold a Candidate pattern, and none of them tests the instrument's id. */
    private static boolean choosesByAttribute(RuleConditionElement lhs) {
        List<Pattern> candidates = new ArrayList<>();
        collectCandidates(lhs, candidates);
        return !candidates.isEmpty() && candidates.stream().noneMatch(BroadFindings::testsTheId);
    }

    private static void collectCandidates(RuleConditionElement element, List<Pattern> into) {
        if (element instanceof Pattern pattern && pattern.getObjectType() instanceof ClassObjectType type
                && type.getClassType() == Candidate.class) {
            into.add(pattern);
        }
        for (RuleConditionElement nested : element.getNestedElements()) {
            collectCandidates(nested, into);
        }
    }

    private static boolean testsTheId(Pattern candidate) {
        for (Constraint c : candidate.getConstraints()) {
            if (c instanceof MVELConstraint m && namesAnInstrument(m.getExpression())) {
                return true;
            }
        }
        return false;
    }

    /** {@code instrument.id == "…"}, {@code instrument.id in (…)}, {@code instrument.id() == "…"} and the like. */
    private static boolean namesAnInstrument(String expression) {
        return expression.replace(" ", "").matches("(?s).*\\binstrument\\.(id|getId)\\b.*");
    }
}
