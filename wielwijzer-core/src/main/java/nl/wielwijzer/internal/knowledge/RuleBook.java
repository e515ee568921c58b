package nl.wielwijzer.internal.knowledge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.wielwijzer.internal.io.SourceFile;
import org.kie.api.KieBase;

/**
 * A compiled, checked rule set: the Drools knowledge base, the metadata of every rule, and the vocabulary
 * the rules and profiles use. Immutable and thread-safe; sessions are created per call.
 */
public final class RuleBook {

    private final KieBase kieBase;
    private final Map<String, RuleInfo> rules;
    private final Vocabulary vocabulary;
    private final List<SourceFile> sources;
    private final java.util.Set<String> tabled;

    RuleBook(KieBase kieBase, Map<String, RuleInfo> rules, Vocabulary vocabulary, List<SourceFile> sources,
             java.util.Set<String> tabled) {
        this.kieBase = kieBase;
        this.rules = Collections.unmodifiableMap(rules);
        this.vocabulary = vocabulary;
        this.sources = List.copyOf(sources);
        this.tabled = Collections.unmodifiableSet(new java.util.LinkedHashSet<>(tabled));
    }

    /**
     * The names of the matrix rules that are not in the knowledge base because the engine applies them as a table
     * ({@link MatrixRules}): they are among {@link #rules()}, with their words and sources, like every other rule.
     */
    public java.util.Set<String> tabled() {
        return tabled;
    }

    /** The rule files as loaded, for checks that read the text (lint). */
    public List<SourceFile> sources() {
        return sources;
    }

    /**
     * The names of the rules whose actions give to every candidate with an attribute ({@code
     * advice.favourEach(1, Route.DEVELOPMENT)}), read from the rule files' text: broad findings, as a Candidate
     * pattern by attribute is.
     */
    public java.util.Set<String> choosingByAttributeInActions() {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (SourceFile file : sources) {
            if (file.text().contains("Each")) {
                for (RuleText rule : RuleText.of(file)) {
                    if (rules.containsKey(rule.name()) && DrlText.choosesByAttribute(rule.actions())) {
                        names.add(rule.name());
                    }
                }
            }
        }
        return java.util.Set.copyOf(names);
    }

    public KieBase kieBase() {
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

    /** Where a rule is explained as coming from, when that is not where its text was compiled from. */
    record Location(String file, int line) {
    }

    /**
     * The same rule book with the rows of a table that the engine evaluates natively ({@link FitTable}) listed among
     * its rules, in file order, so that explanations, coverage and the rules listing know them like any rule.
     * The caller has checked that no row has the name of a rule.
     */
    RuleBook withTable(List<RuleInfo> rows) {
        if (rows.isEmpty()) {
            return this;
        }
        Map<String, RuleInfo> merged = new LinkedHashMap<>();
        String tableFile = rows.get(0).file();
        boolean placed = false;
        for (RuleInfo rule : rules.values()) {
            if (!placed && rule.file().compareTo(tableFile) > 0) {
                rows.forEach(row -> merged.put(row.name(), row));
                placed = true;
            }
            merged.put(rule.name(), rule);
        }
        rows.forEach(row -> merged.putIfAbsent(row.name(), row));
        return new RuleBook(kieBase, merged, vocabulary, sources, tabled);
    }

    /** The same rule book with the rules that {@code where} places elsewhere (generated rules) moved there. */
    RuleBook relocated(Function<String, Optional<Location>> where) {
        Map<String, RuleInfo> moved = new LinkedHashMap<>();
        rules.forEach((name, info) -> moved.put(name, where.apply(name)
                .map(at -> info.at(at.file(), at.line())).orElse(info)));
        return new RuleBook(kieBase, moved, vocabulary, sources, tabled);
    }
}
