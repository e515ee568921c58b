package nl.wielwijzer.rules;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import nl.wielwijzer.explanation.RuleInfo;
import org.kie.api.KieBase;

/**
 * A compiled, checked rule set: the Drools knowledge base, the metadata of every rule, and the vocabulary
 * the rules and profiles use. Immutable and thread-safe; sessions are created per call.
 */
public final class RuleBook {

    private final KieBase kieBase;
    private final Map<String, RuleInfo> rules;
    private final Vocabulary vocabulary;

    RuleBook(KieBase kieBase, Map<String, RuleInfo> rules, Vocabulary vocabulary) {
        this.kieBase = kieBase;
        this.rules = Collections.unmodifiableMap(rules);
        this.vocabulary = vocabulary;
    }

    KieBase kieBase() {
        return kieBase;
    }

    /** Every rule, by name, in file and line order. */
    public Map<String, RuleInfo> rules() {
        return rules;
    }

    public List<RuleInfo> ruleList() {
        return List.copyOf(rules.values());
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }
}
