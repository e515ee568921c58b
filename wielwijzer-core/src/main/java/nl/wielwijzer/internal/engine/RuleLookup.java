package nl.wielwijzer.internal.engine;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import nl.wielwijzer.internal.knowledge.RuleInfo;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Each compiled rule's metadata, found by the rule object Drools hands over with a match. Rule names are whole
 * sentences, and a name map compares them character by character on every lookup (the name Drools holds is not the
 * instance the map was keyed with); the scope filter and the ledger look a rule up for every activation. Built once
 * per knowledge set, read-only after, so shared between calls and threads. A rule not found by identity is found by
 * name, so the lookup never depends on how Drools shares its rule objects.
 */
final class RuleLookup {

    private final Map<Rule, RuleInfo> byRule = new IdentityHashMap<>();
    private final Map<String, RuleInfo> byName;

    /** The rules of {@code packages} (a knowledge base's), with their metadata from {@code byName}. */
    RuleLookup(Collection<KiePackage> packages, Map<String, RuleInfo> byName) {
        this.byName = byName;
        for (KiePackage pkg : packages) {
            for (Rule rule : pkg.getRules()) {
                RuleInfo info = byName.get(rule.getName());
                if (info != null) {
                    byRule.put(rule, info);
                }
            }
        }
    }

    /** The metadata of {@code rule}, or null when none was loaded for it. */
    RuleInfo of(Rule rule) {
        RuleInfo info = byRule.get(rule);
        return info != null ? info : byName.get(rule.getName());
    }
}
