package nl.wielwijzer.internal.engine;

import com.google.common.collect.ListMultimap;
import com.google.common.collect.Multimaps;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.bcw.PolicyCategory;
import nl.wielwijzer.catalog.Instrument;
import nl.wielwijzer.internal.knowledge.Catalog;
import nl.wielwijzer.internal.knowledge.ProfileDescription;
import nl.wielwijzer.internal.knowledge.RuleBook;
import nl.wielwijzer.internal.knowledge.RuleInfo;
import nl.wielwijzer.profile.Profile;
import nl.wielwijzer.result.Choice;
import nl.wielwijzer.result.Effect;
import nl.wielwijzer.result.Exclusion;
import nl.wielwijzer.result.Explanation;
import nl.wielwijzer.result.Phase;
import nl.wielwijzer.result.RankedCategory;
import nl.wielwijzer.result.RankedFunction;
import nl.wielwijzer.result.RankedInstrument;
import nl.wielwijzer.result.Recommendation;
import nl.wielwijzer.result.Route;
import nl.wielwijzer.result.Step;
import nl.wielwijzer.result.TargetKind;
import nl.wielwijzer.result.Trace;
import nl.wielwijzer.rules.Candidate;
import nl.wielwijzer.rules.CategoryNeed;
import nl.wielwijzer.rules.Diagnosis;
import nl.wielwijzer.rules.Fact;
import nl.wielwijzer.rules.FunctionNeed;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Runs the rules for one profile, in three stages, and ranks what they said.
 *
 * <ol>
 *   <li><b>Functions.</b> The profile's facts go in; diagnosis, matrix and seed-finding rules score the nine
 *       intervention functions. The functions are ranked and inserted as {@link FunctionNeed} facts.</li>
 *   <li><b>Categories.</b> Policy-category rules score the categories that can deliver the needed functions;
 *       they are ranked and inserted as {@link CategoryNeed} facts.</li>
 *   <li><b>Instruments.</b> The catalogue goes in; instrument rules score and exclude instruments.</li>
 * </ol>
 *
 * <p>Scores are integer sums, ties are broken by a fixed order (the wheel's order for functions and
 * categories; evidence, then id, for instruments), and explanations are sorted, so the same profile, rules and
 * catalogue always give the same result. A fresh session per call keeps calls independent; the knowledge
 * base is shared.
 */
public final class Engine {

    private final RuleBook book;
    private final Catalog catalog;
    private final int maxInstruments;
    private final ProfileDescription description;

    /** An engine that makes a profile's facts by {@code description}, the one the profile was read by. */
    public Engine(RuleBook book, Catalog catalog, int maxInstruments, ProfileDescription description) {
        this.book = book;
        this.catalog = catalog;
        this.maxInstruments = maxInstruments;
        this.description = description;
    }

    /** Recommends for a valid profile. */
    public Recommendation run(Profile profile) {
        return evaluate(profile, false).recommendation();
    }

    /** Recommends for a valid profile and keeps every step the rules took. */
    public Trace trace(Profile profile) {
        return evaluate(profile, true);
    }

    private Trace evaluate(Profile profile, boolean keepSteps) {
        Ledger ledger = new Ledger(book.rules());
        KieSession session = book.kieBase().newKieSession();
        try {
            session.setGlobal("advice", new LedgerAdvice(ledger));
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void beforeMatchFired(BeforeMatchFiredEvent event) {
                    ledger.begin(event.getMatch(), event.getKieRuntime());
                }

                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    ledger.end();
                }
            });
            description.facts(profile).forEach(session::insert);
            session.fireAllRules();

            List<RankedFunction> functions = rank(ledger.functions, InterventionFunction.class,
                    (f, rank, score, why) -> new RankedFunction(f, rank, score, why));
            ledger.enter(Ledger.Stage.CATEGORIES);
            functions.forEach(f -> session.insert(new FunctionNeed(f.function(), f.score(), f.rank())));
            session.fireAllRules();

            List<RankedCategory> categories = rank(ledger.categories, PolicyCategory.class,
                    (c, rank, score, why) -> new RankedCategory(c, rank, score, why));
            ledger.enter(Ledger.Stage.INSTRUMENTS);
            categories.forEach(c -> session.insert(new CategoryNeed(c.category(), c.score(), c.rank())));
            catalog.instruments().forEach(session::insert);
            session.fireAllRules();

            List<Exclusion> excluded = new ArrayList<>();
            excluded.addAll(exclusions(TargetKind.INTERVENTION_FUNCTION, ledger.functions, Coded::code));
            excluded.addAll(exclusions(TargetKind.POLICY_CATEGORY, ledger.categories, Coded::code));
            List<RankedInstrument> instruments = instruments(ledger, excluded);
            Recommendation recommendation = new Recommendation(profile.id(), functions, categories, instruments,
                    excluded, choose(ledger.routes, Route.class), choose(ledger.phases, Phase.class));
            return new Trace(recommendation, keepSteps ? steps(ledger) : List.of());
        } finally {
            session.dispose();
        }
    }

    private static List<Step> steps(Ledger ledger) {
        List<Step> steps = new ArrayList<>();
        ledger.functions.forEach((k, c) -> steps.add(step(c, TargetKind.INTERVENTION_FUNCTION, k.code())));
        ledger.categories.forEach((k, c) -> steps.add(step(c, TargetKind.POLICY_CATEGORY, k.code())));
        ledger.instruments.forEach((k, c) -> steps.add(step(c, TargetKind.INSTRUMENT, k)));
        ledger.routes.forEach((k, c) -> steps.add(step(c, TargetKind.ROUTE, k.code())));
        ledger.phases.forEach((k, c) -> steps.add(step(c, TargetKind.PHASE, k.code())));
        ledger.diagnoses.forEach((code, firings) -> firings.forEach(firing -> steps.add(
                step(new Ledger.Contribution(firing, Effect.DIAGNOSE, 0), TargetKind.DIAGNOSIS, code))));
        return steps;
    }

    private static Step step(Ledger.Contribution c, TargetKind kind, String target) {
        RuleInfo rule = c.firing().rule();
        List<String> facts = c.firing().facts().stream()
                .filter(f -> !(f instanceof Candidate)).map(Fact::describe).toList();
        return new Step(rule.name(), rule.file(), rule.line(), c.effect(), kind, target, c.points(), facts);
    }

    /** Builds one ranked entry. */
    private interface Entry<K, R> {
        R make(K key, int rank, int score, List<Explanation> explanations);
    }

    private static <K extends Enum<K>, R> List<R> rank(ListMultimap<K, Ledger.Contribution> book, Class<K> type,
                                                         Entry<K, R> entry) {
        List<K> applying = new ArrayList<>();
        Map<K, Integer> scores = new EnumMap<>(type);
        for (K key : type.getEnumConstants()) {
            List<Ledger.Contribution> contributions = book.get(key);
            int score = score(contributions);
            if (score > 0 && !ruledOut(contributions)) {
                applying.add(key);
                scores.put(key, score);
            }
        }
        // Higher score first; on a tie the wheel's own order (the enum order), so ranks never depend on timing.
        applying.sort(Comparator.comparing((K k) -> -scores.get(k)).thenComparing(Enum::ordinal));
        List<R> ranked = new ArrayList<>();
        for (int i = 0; i < applying.size(); i++) {
            K key = applying.get(i);
            ranked.add(entry.make(key, i + 1, scores.get(key), explain(book.get(key))));
        }
        return ranked;
    }

    /** An instrument's standing before it is explained: explanations are built for the top list only. */
    private record Standing(Instrument instrument, int score, boolean betterUse, List<Ledger.Contribution> contributions) {
    }

    private List<RankedInstrument> instruments(Ledger ledger, List<Exclusion> excluded) {
        List<Standing> candidates = new ArrayList<>();
        for (Map.Entry<String, List<Ledger.Contribution>> e : Multimaps.asMap(ledger.instruments).entrySet()) {
            Instrument instrument = catalog.find(e.getKey()).orElseThrow();
            List<Ledger.Contribution> contributions = e.getValue();
            int score = score(contributions);
            boolean offered = has(contributions, Effect.ALREADY_OFFERED);
            boolean betterUse = has(contributions, Effect.MAKE_BETTER_USE);
            if (ruledOut(contributions) || (offered && !betterUse)) {
                // Only what would otherwise have been recommended is worth reporting as deliberately excluded.
                if (score > 0) {
                    excluded.add(new Exclusion(TargetKind.INSTRUMENT, instrument.id(), explain(contributions.stream()
                            .filter(c -> c.effect() == Effect.RULE_OUT || c.effect() == Effect.ALREADY_OFFERED)
                            .toList())));
                }
            } else if (score > 0) {
                candidates.add(new Standing(instrument, score, offered, contributions));
            }
        }
        // Higher score first; then stronger evidence; then id, so equal instruments always come out the same way.
        candidates.sort(Comparator.comparing((Standing s) -> -s.score())
                .thenComparing(s -> s.instrument().evidence().ordinal())
                .thenComparing(s -> s.instrument().id()));
        List<RankedInstrument> ranked = new ArrayList<>();
        for (int i = 0; i < Math.min(maxInstruments, candidates.size()); i++) {
            Standing s = candidates.get(i);
            Instrument instrument = s.instrument();
            ranked.add(new RankedInstrument(instrument.id(), instrument.displayName(), instrument.nameEn(), i + 1,
                    s.score(), List.copyOf(instrument.functions().keySet()), instrument.evidence(),
                    s.betterUse() ? RankedInstrument.Status.MAKE_BETTER_USE : RankedInstrument.Status.NEW, explain(s.contributions())));
        }
        return ranked;
    }

    private static <K> List<Exclusion> exclusions(TargetKind kind, ListMultimap<K, Ledger.Contribution> book,
                                                  Function<K, String> code) {
        List<Exclusion> out = new ArrayList<>();
        Multimaps.asMap(book).forEach((key, contributions) -> {
            if (ruledOut(contributions)) {
                out.add(new Exclusion(kind, code.apply(key), explain(contributions.stream()
                        .filter(c -> c.effect() == Effect.RULE_OUT).toList())));
            }
        });
        return out;
    }

    private static <K extends Enum<K> & Coded> Choice<K> choose(ListMultimap<K, Ledger.Contribution> book, Class<K> type) {
        K best = null;
        int bestScore = 0;
        for (K key : type.getEnumConstants()) {
            int score = score(book.get(key));
            if (score > bestScore) {
                best = key;
                bestScore = score;
            }
        }
        return best == null ? null : new Choice<>(best, bestScore, explain(book.get(best)));
    }

    private static int score(List<Ledger.Contribution> contributions) {
        return contributions.stream().mapToInt(Ledger.Contribution::points).sum();
    }

    private static boolean ruledOut(List<Ledger.Contribution> contributions) {
        return has(contributions, Effect.RULE_OUT);
    }

    private static boolean has(List<Ledger.Contribution> contributions, Effect effect) {
        return contributions.stream().anyMatch(c -> c.effect() == effect);
    }

    /** Explanations, largest effect first, then by rule name and facts: stable whatever the firing order. */
    static List<Explanation> explain(List<Ledger.Contribution> contributions) {
        return contributions.stream()
                .map(c -> explanation(c.firing(), c.effect(), c.points()))
                .sorted(Comparator.comparingInt((Explanation x) -> -Math.abs(x.points()))
                        .thenComparing(Explanation::rule)
                        .thenComparing(x -> String.join("|", x.facts())))
                .toList();
    }

    private static Explanation explanation(Ledger.Firing firing, Effect effect, int points) {
        RuleInfo rule = firing.rule();
        List<String> facts = new ArrayList<>();
        List<Explanation> trace = new ArrayList<>();
        for (Fact fact : firing.facts()) {
            if (fact instanceof Candidate) {
                continue; // the instrument is the subject of the explanation, not a reason for it
            }
            facts.add(fact.describe());
            if (fact instanceof Diagnosis diagnosis) {
                firing.premisesOf(diagnosis).forEach(d -> trace.add(explanation(d, Effect.DIAGNOSE, 0)));
            }
        }
        trace.sort(Comparator.comparing(Explanation::rule).thenComparing(x -> String.join("|", x.facts())));
        return new Explanation(rule.name(), rule.file(), rule.line(), effect, points, rule.nl(), rule.en(),
                facts, rule.sources(), rule.references(), trace);
    }
}
