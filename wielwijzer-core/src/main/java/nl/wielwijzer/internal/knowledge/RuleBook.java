package nl.wielwijzer.internal.knowledge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.wielwijzer.internal.io.SourceFile;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

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

    /**
     * A knowledge base of the rules whose {@code @scope} includes {@code sector} (and of rules without metadata,
     * which the engine names when they fire): the same rules fire for a profile of that sector as in {@link
     * #kieBase()} under the engine's scope filter, but the network holds none of the others, so a call joins and
     * resets less. Made from a copy of the packages, since Drools changes a package it removes a rule from, and
     * the packages of {@link #kieBase()} stay in use. Costs about as much as loading the precompiled rules.
     */
    public KieBase kieBaseFor(nl.wielwijzer.profile.Sector sector) {
        List<KiePackage> copies = copy(kieBase.getKiePackages());
        for (KiePackage pkg : copies) {
            for (org.kie.api.definition.rule.Rule rule : List.copyOf(pkg.getRules())) {
                RuleInfo info = rules.get(rule.getName());
                if (info != null && !info.appliesTo(sector)) {
                    leaveOut((InternalKnowledgePackage) pkg, (RuleImpl) rule);
                }
            }
        }
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
        base.addPackages(copies);
        return base;
    }

    /**
     * Takes a rule out of a package copy before the package joins a base. Not {@code KieBase.removeRule} on a built
     * base: in Drools 10.2 that leaves the network's segment prototypes short of the removed rule's path, and the
     * next insert fails inside Drools. A package read back has no consequence wired yet, and removing a rule from it
     * looks its compiled class up by the consequence's class: a stand-in consequence, whose class the package does
     * not hold, makes the removal take the rule out of the package and leave the compiled classes alone.
     */
    private static void leaveOut(InternalKnowledgePackage pkg, RuleImpl rule) {
        rule.setConsequence(LEFT_OUT);
        pkg.removeRule(rule);
    }

    /** The stand-in consequence of a rule left out of a package copy; it never runs. */
    private static final org.drools.base.rule.consequence.Consequence LEFT_OUT = new LeftOut();

    private static final class LeftOut implements org.drools.base.rule.consequence.Consequence {
        @Override
        public String getName() {
            return "leftOut";
        }

        @Override
        public void evaluate(org.drools.base.rule.consequence.ConsequenceContext context,
                             org.drools.base.base.ValueResolver resolver) {
            throw new IllegalStateException("a rule left out of a sector's knowledge base ran");
        }
    }

    /** The packages written out and read back: new objects throughout, the same rules. */
    private static List<KiePackage> copy(java.util.Collection<KiePackage> packages) {
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.io.ObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
                out.writeInt(packages.size());
                for (KiePackage p : packages) {
                    out.writeObject(p);
                }
            }
            List<KiePackage> copies = new java.util.ArrayList<>();
            try (java.io.ObjectInputStream in = new DroolsObjectInputStream(
                    new java.io.ByteArrayInputStream(bytes.toByteArray()), RuleBook.class.getClassLoader())) {
                for (int n = in.readInt(); n > 0; n--) {
                    copies.add((KiePackage) in.readObject());
                }
            }
            return copies;
        } catch (java.io.IOException | ClassNotFoundException e) {
            throw new IllegalStateException("The compiled rules could not be copied", e);
        }
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
