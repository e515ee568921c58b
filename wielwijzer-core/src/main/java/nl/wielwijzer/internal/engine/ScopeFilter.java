package nl.wielwijzer.internal.engine;

import nl.wielwijzer.internal.knowledge.RuleInfo;
import nl.wielwijzer.profile.Sector;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/**
 * Where every rule's {@code @scope} is enforced: a rule whose scope does not include the profile's sector does
 * not fire for it. One filter per call (it knows that call's sector), passed to each stage's
 * {@code fireAllRules}; rules do not repeat the sector in their conditions. The filter reads only immutable
 * metadata, so whether a rule fires depends on the profile and the rule set alone, never on timing.
 */
final class ScopeFilter implements AgendaFilter {

    private final RuleLookup rules;
    private final Sector sector;
    private Rule lastRule;
    private boolean lastAccepted;

    ScopeFilter(RuleLookup rules, Sector sector) {
        this.rules = rules;
        this.sector = sector;
    }

    @Override
    public boolean accept(Match match) {
        Rule rule = match.getRule();
        if (rule != lastRule) {
            RuleInfo info = rules.of(rule);
            // a rule without metadata is reported by the ledger when it fires; let it through to be named there
            lastAccepted = info == null || info.appliesTo(sector);
            lastRule = rule;
        }
        return lastAccepted;
    }
}
