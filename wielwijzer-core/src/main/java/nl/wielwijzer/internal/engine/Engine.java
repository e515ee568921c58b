package nl.wielwijzer.internal.engine;

import com.google.common.collect.ListMultimap;
import com.google.common.collect.Multimaps;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.bcw.PolicyCategory;
import nl.wielwijzer.catalog.Instrument;
import nl.wielwijzer.internal.knowledge.Catalog;
import nl.wielwijzer.internal.knowledge.FitTable;
import nl.wielwijzer.internal.knowledge.ProfileDescription;
import nl.wielwijzer.internal.knowledge.RuleBook;
import nl.wielwijzer.internal.knowledge.RuleInfo;
import nl.wielwijzer.internal.knowledge.TechniqueBook;
import nl.wielwijzer.internal.knowledge.Vocabulary;
import nl.wielwijzer.internal.knowledge.Wheel;
import nl.wielwijzer.rules.ProfileValue;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.profile.Profile;
import nl.wielwijzer.result.Choice;
import nl.wielwijzer.result.Delivery;
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
import nl.wielwijzer.rules.EmployeeSituation;
import nl.wielwijzer.rules.Offered;
import nl.wielwijzer.rules.OrganisationSituation;
import nl.wielwijzer.rules.Pull;
import nl.wielwijzer.rules.Push;
import nl.wielwijzer.rules.Fact;
import nl.wielwijzer.rules.FunctionNeed;
import nl.wielwijzer.rules.Gap;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import nl.wielwijzer.profile.Sector;
import nl.wielwijzer.profile.Subject;
import nl.wielwijzer.rules.Case;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Runs the rules for one profile, in three stages with an APEASE stage after the first and the last, and ranks what
 * they said.
 *
 * <ol>
 *   <li><b>Functions.</b> The profile's facts go in; diagnosis, matrix and seed-finding rules score the nine
 *       intervention functions.</li>
 *   <li><b>APEASE on the functions.</b> The rules of agenda group {@code apease} (each names its criterion,
 *       {@code @apease}) rule out or lower what does not fit this profile: functions, and categories before they
 *       are scored. The functions are ranked and inserted as {@link FunctionNeed} facts.</li>
 *   <li><b>Categories.</b> Policy-category rules score the categories that can deliver the needed functions;
 *       they are ranked and inserted as {@link CategoryNeed} facts.</li>
 *   <li><b>Instruments.</b> The catalogue goes in; instrument rules make candidates, score and exclude them.</li>
 *   <li><b>APEASE on the instruments.</b> The same APEASE rules, now over the instrument candidates; then the
 *       generic fit is added and the instruments are ranked.</li>
 * </ol>
 *
 * <p>How points become scores is the ranking model in {@link Scoring}: the matrix gates and the seed findings
 * refine within bounds; categories are normalised; instruments are chosen by specific findings above a fit
 * threshold. Scores are whole numbers, ties are broken by a fixed order (the wheel's order for functions and
 * categories; evidence, then id, for instruments), and explanations are sorted, so the same profile, rules and
 * catalogue always give the same result. A fresh session per call keeps calls independent; the knowledge
 * base is shared.
 *
 * <p>Every call is bounded ({@link Bounds}): each stage, the APEASE stages included, may fire at most the firing
 * limit, and the call may take at most the time budget. A call that reaches either, whose rule throws, or whose
 * caller is interrupted, is halted and fails with a {@link RuleMisuseException} naming the rule (or, on
 * interrupt, a {@link CancellationException}). Where the session runs is the engine's {@link Threading}: rules
 * loaded at run time run on a worker thread while the caller waits at most the budget, so the caller's thread is
 * never held longer than that whatever the rules do; the bundled rules, which were tried out when they were
 * built, run on the caller's thread. Rule files cannot loop inside a consequence (the loader refuses loops,
 * recursion and any call outside the fact model), so a halted session ends as soon as its current firing does.
 */
public final class Engine {

    /** Where a call's session runs. */
    public enum Threading {
        /**
         * On a worker thread, while the caller waits at most the time budget: for rules loaded at run time, which
         * nothing has tried out, so that no rule can hold the caller's thread longer than that.
         */
        WORKER,
        /**
         * On the caller's thread, with the time budget, the firing limit and an interrupt checked before every
         * firing and after every stage: for the bundled rules, tried out on every example (on a worker) when
         * they were built. It saves the two thread hand-overs of a worker, which cost more than a tenth of a call.
         */
        CALLER
    }

    /** Runs sessions; daemon threads, so a runaway session can never keep the JVM from exiting. */
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(new java.util.concurrent.ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread t = new Thread(task, "wielwijzer-rules-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    });

    private final RuleBook book;
    /** The rules' metadata by the rule objects of the knowledge base. */
    private final RuleLookup lookup;
    private final Catalog catalog;
    private final int maxInstruments;
    private final ProfileDescription description;
    private final Bounds bounds;
    private final Threading threading;
    private final InstrumentIndex index;
    private final Summaries summaries;
    private final Vocabulary vocabulary;
    private final Scoring scoring;
    /** The fit table, scored natively per candidate after the instrument rules. */
    private final GenericFit fit;
    /** What each instrument of the catalogue has, as bits. */
    private final InstrumentBits bits;
    /** The matrix rules applied as a table rather than fired (none when the templates were edited). */
    private final MatrixTable matrix;
    /**
     * Sessions are reused: a finished call's session is reset (every fact, match and memory cleared, so the next
     * call starts exactly as a new session does) and taken by the next call, which skips building the network's
     * memories again. A session whose call failed is destroyed, never reused. One pool per subject: a reset walks
     * every node memory the session has made, and a session that only runs one subject's profiles makes only the
     * memories of the rules that subject's facts reach (in a batch of both subjects about 640 of the network's 1,400
     * nodes, against 440 for employers and 530 for employees alone: docs/benchmarks.md).
     */
    private final Map<Subject, KieSessionsPool> sessions = new EnumMap<>(Subject.class);

    /**
     * An engine that makes a profile's facts by {@code description}, the one the profile was read by, holds
     * every call to {@code bounds}, and runs each call's session where {@code threading} says.
     */
    public Engine(RuleBook book, Wheel wheel, Catalog catalog, Vocabulary vocabulary, TechniqueBook techniques,
                  FitTable fit, int maxInstruments, ProfileDescription description, Bounds bounds,
                  Threading threading) {
        this.book = book;
        this.lookup = new RuleLookup(book.kieBase().getKiePackages(), book.rules());
        this.bits = new InstrumentBits(catalog.instruments());
        this.fit = new GenericFit(fit, bits);
        this.matrix = new MatrixTable(book, wheel);
        this.scoring = new Scoring(wheel, BroadFindings.of(book.kieBase(), book.rules(), book.choosingByAttributeInActions()),
                book.rules().values());
        this.catalog = catalog;
        this.summaries = new Summaries(catalog, vocabulary, techniques);
        this.vocabulary = vocabulary;
        this.maxInstruments = maxInstruments;
        this.description = description;
        this.bounds = bounds;
        this.threading = Objects.requireNonNull(threading, "threading");
        this.index = InstrumentIndex.of(book.kieBase(), catalog);
        for (Subject subject : Subject.values()) {
            sessions.put(subject, book.kieBase().newKieSessionsPool(1));
        }
    }

    /** Recommends for a valid profile. */
    public Recommendation run(Profile profile) {
        return bounded(profile, false).recommendation();
    }

    /** Recommends for a valid profile and keeps every step the rules took. */
    public Trace trace(Profile profile) {
        return bounded(profile, true);
    }

    /** Watches one call: counts firings per stage, knows the rule running now, and can halt the session. */
    private final class Guard extends DefaultAgendaEventListener {
        private final Ledger ledger;
        private final long deadline;
        private volatile KieSession session;
        private volatile RuleInfo running;
        private volatile RuleInfo last;
        private volatile String breach;
        private volatile RuleInfo breaching;
        private int fired;
        /** The profile's sector decides which rules may fire at all (each rule's {@code @scope}). */
        private ScopeFilter scope;

        Guard(Ledger ledger, long deadline) {
            this.ledger = ledger;
            this.deadline = deadline;
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            RuleInfo rule = ledger.ruleOf(event.getMatch());
            running = rule;
            last = rule;
            ledger.begin(event.getMatch(), rule, event.getKieRuntime());
            if (++fired > bounds.firingLimit()) {
                stop("fired more than " + bounds.firingLimit() + " times in one stage (rules keep re-triggering "
                        + "each other or themselves)");
            } else {
                stopWhenLateOrInterrupted();
            }
        }

        /** Halts the call when its time budget ran out or its thread was interrupted. */
        private void stopWhenLateOrInterrupted() {
            if (System.nanoTime() - deadline > 0) {
                stop(overBudget());
            } else if (Thread.currentThread().isInterrupted()) {
                stop("was stopped");
            }
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            running = null;
            ledger.end();
        }

        void stage() {
            fired = 0;
        }

        /**
         * After a stage: a call whose time ran out, or whose thread was interrupted, between two firings (or
         * without any) stops here, as it would have at the next firing.
         */
        void staged() {
            stopWhenLateOrInterrupted();
            check();
        }

        /** A matrix cell the engine applies as a table is running now (null: none), as if its rule fired. */
        void naming(RuleInfo rule) {
            running = rule;
            if (rule != null) {
                last = rule;
            }
        }

        void stop(String why) {
            if (breach == null) {
                breaching = running;
                breach = why;
            }
            KieSession s = session;
            if (s != null) {
                try {
                    s.halt();
                } catch (RuntimeException e) {
                    // the session ended (and was disposed) at this very moment: nothing left to halt
                }
            }
        }

        /** Throws when the session was halted, naming the rule. */
        void check() {
            if (breach != null) {
                throw failure(breach);
            }
        }

        RuleMisuseException failure(String why) {
            RuleInfo named = breaching != null ? breaching : running;
            RuleInfo rule = named != null ? named : last;
            if (rule == null) {
                return new RuleMisuseException(new Problem(null, 0, 0, null, "the rules " + why, null),
                        why.startsWith("ran past"));
            }
            String hint = why.startsWith("fired more")
                    ? "a rule that changes or inserts what it matches fires again; match on facts it does not change"
                    : why.startsWith("ran past")
                    ? "look for a rule whose conditions join many facts with each other, or that fires very often"
                    : null;
            return new RuleMisuseException(new Problem(rule.file(), rule.line(), 0, "rule \"" + rule.name() + "\"",
                    (named != null ? "the rule " : "the rules, last the rule ") + "\"" + rule.name() + "\" " + why, hint),
                    why.startsWith("ran past"));
        }
    }

    private Trace bounded(Profile profile, boolean keepSteps) {
        // Future.get returns a finished result without looking at the interrupt, so a fast call would ignore it
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("the recommendation was interrupted before it started");
        }
        long budget = bounds.timeBudget().toNanos();
        long deadline = System.nanoTime() + budget;
        Ledger ledger = new Ledger(lookup, bits);
        Guard guard = new Guard(ledger, deadline);
        return threading == Threading.CALLER
                ? onCallersThread(profile, keepSteps, ledger, guard)
                : onWorker(profile, keepSteps, ledger, guard, budget);
    }

    private Trace onCallersThread(Profile profile, boolean keepSteps, Ledger ledger, Guard guard) {
        try {
            return evaluate(profile, keepSteps, ledger, guard);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // as on a worker: an interrupt is a cancellation (the thread keeps its interrupt), the rest names the rule
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("the recommendation was interrupted");
            }
            throw failed(e, guard);
        }
    }

    private Trace onWorker(Profile profile, boolean keepSteps, Ledger ledger, Guard guard, long budget) {
        Future<Trace> call = WORKERS.submit(() -> evaluate(profile, keepSteps, ledger, guard));
        try {
            return call.get(budget, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            guard.stop(overBudget());
            call.cancel(true);
            throw guard.failure(overBudget());
        } catch (InterruptedException e) {
            guard.stop("was stopped because the calling thread was interrupted");
            call.cancel(true);
            Thread.currentThread().interrupt();
            CancellationException cancelled = new CancellationException("the recommendation was interrupted");
            cancelled.initCause(e);
            throw cancelled;
        } catch (ExecutionException e) {
            throw failed(e.getCause(), guard);
        }
    }

    /** Why a call that ran out of time was halted (the failure names the rule before this). */
    private String overBudget() {
        return "ran past the time budget of " + bounds.timeBudget().toMillis() + " ms";
    }

    /** What a failure in the worker becomes for the caller: always a sentence that names the rule. */
    private static RuntimeException failed(Throwable cause, Guard guard) {
        Throwable c = cause;
        if (c instanceof ConsequenceException ce && ce.getCause() != null) {
            c = ce.getCause();
        }
        if (c instanceof RuleMisuseException misuse) {
            return new RuleMisuseException(misuse.problem(), misuse.timedOut());
        }
        if (c instanceof OutOfMemoryError) {
            return guard.failure("ran out of memory");
        }
        if (c instanceof StackOverflowError) {
            return guard.failure("recursed too deep (a stack overflow)");
        }
        String message = c.getMessage() == null ? "" : c.getMessage().strip();
        int cut = message.indexOf('\n');
        message = cut < 0 ? message : message.substring(0, cut);
        if (message.length() > 200) {
            message = message.substring(0, 200) + "…";
        }
        return guard.failure("failed while it ran: " + c.getClass().getSimpleName()
                + (message.isEmpty() ? "" : " (" + message + ")"));
    }

    private Trace evaluate(Profile profile, boolean keepSteps, Ledger ledger, Guard guard) {
        KieSession session = sessions.get(profile.subject()).newKieSession();
        guard.session = session;
        boolean reusable = false;
        try {
            session.setGlobal("advice", new LedgerAdvice(ledger));
            session.addEventListener(guard);
            guard.scope = new ScopeFilter(lookup, profile.sector());
            Sector sector = null;
            int cases = 0;
            List<Gap> gaps = new ArrayList<>(6);
            List<Case> caseFacts = new ArrayList<>(1);
            for (Fact given : description.facts(profile)) {
                Fact fact = current(given);
                if (fact instanceof Case c) {
                    sector = c.sector();
                    cases++;
                    caseFacts.add(c);
                } else if (fact instanceof Gap gap) {
                    gaps.add(gap);
                }
                session.insert(fact);
            }
            if (!profile.values().containsKey(ProfileDescription.TARGET_BEHAVIOUR)) {
                // the subject's general behaviour, so rules about the target see one whether the profile names it or not
                session.insert(ProfileValue.of(ProfileDescription.TARGET_BEHAVIOUR, Summaries.defaultTarget(profile.subject()), -1));
            }
            guard.check();
            matrix.closeGaps(gaps, ledger, guard::naming);
            fire(session, guard);
            ledger.enter(Ledger.Stage.FUNCTIONS_APEASE);
            apease(session, guard);

            Explanations why = new Explanations(ledger);
            List<RankedFunction> functions = rank(ledger.functions, InterventionFunction.class, why,
                    (f, contributions) -> scoring.function(contributions),
                    (f, rank, score, reasons) -> new RankedFunction(f, rank, score, reasons));
            ledger.enter(Ledger.Stage.CATEGORIES);
            List<FunctionNeed> needs = new ArrayList<>(functions.size());
            for (RankedFunction f : functions) {
                FunctionNeed need = new FunctionNeed(f.function(), wholePoints(f.score()), f.rank());
                needs.add(need);
                session.insert(need);
            }
            matrix.deliver(needs, ledger, guard::naming);
            fire(session, guard);

            List<RankedCategory> categories = rank(ledger.categories, PolicyCategory.class, why,
                    (c, contributions) -> scoring.category(c, contributions, functions),
                    (c, rank, score, reasons) -> new RankedCategory(c, rank, score, reasons));
            ledger.enter(Ledger.Stage.INSTRUMENTS);
            categories.forEach(c -> session.insert(new CategoryNeed(c.category(), wholePoints(c.score()), c.rank())));
            // the candidates of the table, then only the instruments a rule can match (InstrumentIndex)
            Sector only = cases == 1 ? sector : null;
            fit.consider(ledger, caseFacts, index.candidates(session));
            index.forSector(only).forEach(session::insert);
            fire(session, guard);
            ledger.enter(Ledger.Stage.INSTRUMENTS_APEASE);
            apease(session, guard);
            // after the APEASE stage, so that a rule of either stage may name its instruments by id
            ledger.applyNamed(catalog::contains, gaps);
            GenericFit.Scored table = fit.score(ledger, needs, gaps);

            List<Exclusion> excluded = new ArrayList<>();
            excluded.addAll(exclusions(TargetKind.INTERVENTION_FUNCTION, ledger.functions, Coded::code, why));
            excluded.addAll(exclusions(TargetKind.POLICY_CATEGORY, ledger.categories, Coded::code, why));
            List<RuleInfo> leads = new ArrayList<>(maxInstruments);
            List<RankedInstrument> instruments = instruments(ledger, table, why, excluded, leads);
            Choice<Route> route = choose(ledger.routes, Route.class, why);
            Choice<Phase> phase = choose(ledger.phases, Phase.class, why);
            // the adviser's layer (cards, techniques, summary) is written after ranking and never changes it
            Recommendation recommendation = summaries.complete(profile, new Recommendation(profile.id(), functions,
                    categories, instruments, excluded, route, phase, delivery(ledger, why), null), leads);
            Trace trace = new Trace(recommendation, keepSteps ? steps(ledger, table) : List.of());
            reusable = guard.breach == null;
            return trace;
        } finally {
            guard.session = null;
            session.removeEventListener(guard);
            if (reusable) {
                session.dispose(); // back to the pool, reset
            } else {
                ((StatefulKnowledgeSessionImpl) session).destroy();
            }
        }
    }

    /**
     * The fact with the current vocabulary code: a profile may still use an older code, which the rules know only
     * by the code that replaced it (the result's notices say so).
     */
    private Fact current(Fact fact) {
        if (fact instanceof Push p) {
            String now = vocabulary.current(Vocabulary.Kind.PUSH_FACTORS, p.code());
            return now.equals(p.code()) ? fact : new Push(now, p.index());
        } else if (fact instanceof Pull p) {
            String now = vocabulary.current(Vocabulary.Kind.PULL_FACTORS, p.code());
            return now.equals(p.code()) ? fact : new Pull(now, p.index());
        } else if (fact instanceof EmployeeSituation s) {
            String now = vocabulary.current(Vocabulary.Kind.EMPLOYEE_SITUATIONS, s.code());
            return now.equals(s.code()) ? fact : new EmployeeSituation(now, s.index());
        } else if (fact instanceof OrganisationSituation s) {
            String now = vocabulary.current(Vocabulary.Kind.ORGANISATION_SITUATIONS, s.code());
            return now.equals(s.code()) ? fact : new OrganisationSituation(now, s.index());
        } else if (fact instanceof Offered o && o.instrument() == null) {
            // the catalogue's instrument, so that a rule can look at it without joining every Candidate
            return catalog.find(o.instrumentId()).map(i -> (Fact) new Offered(o.instrumentId(), o.index(), i)).orElse(fact);
        }
        return fact;
    }

    /**
     * The delivery advice the rules gave, in the vocabulary's order (the order the policy designers wrote it in),
     * each once with every rule that gave it. The loader has checked every code a rule file names.
     */
    private List<Delivery> delivery(Ledger ledger, Explanations why) {
        for (Map.Entry<String, Ledger.Contribution> e : ledger.delivery.entries()) {
            if (!vocabulary.has(Vocabulary.Kind.DELIVERY, e.getKey())) {
                // only a code the loader could not see (not a literal) gets here: say so rather than drop it
                RuleInfo rule = e.getValue().firing().rule();
                throw new RuleMisuseException(rule.file() + ":" + rule.line() + ": the rule '" + rule.name()
                        + "' gives the delivery advice \"" + e.getKey() + "\", which the vocabulary does not define; "
                        + "write the code in quotes, as listed under 'delivery' in rules/vocabulary.yaml");
            }
        }
        List<Delivery> out = new ArrayList<>();
        for (Vocabulary.Term term : vocabulary.terms(Vocabulary.Kind.DELIVERY)) {
            List<Ledger.Contribution> given = ledger.delivery.get(term.code());
            if (!given.isEmpty()) {
                out.add(new Delivery(term.code(), term.nl(), term.en(), why.of(given)));
            }
        }
        return out;
    }

    /** One stage: fires at most the limit (and one more, to notice a breach), then says whether it was halted. */
    private void fire(KieSession session, Guard guard) {
        guard.stage();
        session.fireAllRules(guard.scope, bounds.firingLimit() + 1);
        guard.staged();
    }

    /**
     * An APEASE stage: the rules of agenda group {@code apease} fire over what the stage before left, with a firing
     * limit of their own. When the group is done, Drools returns to the main group, which has nothing left to fire.
     */
    private void apease(KieSession session, Guard guard) {
        org.kie.api.runtime.rule.AgendaGroup group = session.getAgenda().getAgendaGroup(RuleInfo.APEASE_GROUP);
        if (group != null) { // null in a rule set without APEASE rules: nothing to fire
            group.setFocus();
            fire(session, guard);
        }
    }

    private static List<Step> steps(Ledger ledger, GenericFit.Scored table) {
        List<Step> steps = new ArrayList<>();
        ledger.functions.forEach((k, c) -> steps.add(step(c, TargetKind.INTERVENTION_FUNCTION, k.code())));
        ledger.categories.forEach((k, c) -> steps.add(step(c, TargetKind.POLICY_CATEGORY, k.code())));
        for (String id : ledger.instrumentIds()) {
            for (Ledger.Contribution c : contributions(ledger, id, table)) {
                steps.add(step(c, TargetKind.INSTRUMENT, id));
            }
        }
        ledger.routes.forEach((k, c) -> steps.add(step(c, TargetKind.ROUTE, k.code())));
        ledger.phases.forEach((k, c) -> steps.add(step(c, TargetKind.PHASE, k.code())));
        ledger.delivery.forEach((k, c) -> steps.add(step(c, TargetKind.DELIVERY, k)));
        ledger.diagnoses.forEach((code, firings) -> firings.forEach(firing -> steps.add(
                step(new Ledger.Contribution(firing, Effect.DIAGNOSE, 0), TargetKind.DIAGNOSIS, code))));
        return steps;
    }

    private static Step step(Ledger.Contribution c, TargetKind kind, String target) {
        RuleInfo rule = c.firing().rule();
        return new Step(rule.name(), rule.file(), rule.line(), c.effect(), kind, target, c.points(), c.firing().shown());
    }

    /**
     * A score as the facts rules match on carry it ({@link FunctionNeed}, {@link CategoryNeed}): in whole points,
     * rounded half up, as rule writers think of points. The ranking itself keeps tenths.
     */
    private static int wholePoints(double score) {
        return (int) Math.round(score);
    }

    /** Builds one ranked entry. */
    private interface Entry<K, R> {
        R make(K key, int rank, double score, List<Explanation> explanations);
    }

    private static <K extends Enum<K>, R> List<R> rank(ListMultimap<K, Ledger.Contribution> book, Class<K> type,
                                                         Explanations why,
                                                         BiFunction<K, List<Ledger.Contribution>, Scoring.Tally> tally,
                                                         Entry<K, R> entry) {
        List<K> applying = new ArrayList<>();
        Map<K, Scoring.Tally> tallies = new EnumMap<>(type);
        for (K key : type.getEnumConstants()) {
            Scoring.Tally t = tally.apply(key, book.get(key));
            if (t.score() > 0 && !t.has(Effect.RULE_OUT)) {
                applying.add(key);
                tallies.put(key, t);
            }
        }
        // Higher score first; on a tie the wheel's own order (the enum order), so ranks never depend on timing.
        applying.sort(Comparator.comparing((K k) -> -tallies.get(k).score()).thenComparing(Enum::ordinal));
        List<R> ranked = new ArrayList<>();
        for (int i = 0; i < applying.size(); i++) {
            K key = applying.get(i);
            ranked.add(entry.make(key, i + 1, Scoring.points(tallies.get(key).score()), why.of(tallies.get(key))));
        }
        return ranked;
    }

    /**
     * Everything said of one instrument, in the order it was said: what the rules said, then, for a candidate, the
     * fit table's contributions (worked out last, after the APEASE stage).
     */
    private static List<Ledger.Contribution> contributions(Ledger ledger, String id, GenericFit.Scored table) {
        Ledger.Slot slot = ledger.instruments.get(id);
        if (slot != null && !slot.candidate) {
            return slot.contributions;
        }
        Instrument candidate = slot != null ? slot.instrument : ledger.candidates.find(id);
        List<Ledger.Contribution> all = new ArrayList<>(
                slot != null ? slot.contributions : ledger.saidOf(candidate));
        all.addAll(table.contributions(candidate));
        return all;
    }

    /**
     * An instrument's standing before it is explained: explanations are built for the top list only. The
     * contributions leave out the fit table's; the score includes their points. {@code counted} are the counts
     * before the caps ({@link Scoring#instrumentPart}). No tally is kept: most candidates that score are neither
     * listed nor lowered, and a call has about two hundred of them.
     */
    private record Standing(Instrument instrument, List<Ledger.Contribution> contributions, int[] counted, int score,
                            boolean betterUse, boolean specific) {
    }

    /**
     * The instruments listed, best first; what was excluded goes to {@code excluded}, and the rule each listed one's
     * card gives as its reason ({@link Explanations#lead}, null: none) to {@code leads}.
     */
    private List<RankedInstrument> instruments(Ledger ledger, GenericFit.Scored table, Explanations why,
                                               List<Exclusion> excluded, List<RuleInfo> leads) {
        Standings standings = new Standings();
        for (Ledger.Slot slot : ledger.instruments.values()) {
            // the fit table's points without its contributions; they are made for the listed ones only
            int fitPoints = slot.candidate ? table.points(bits.of(slot.instrument)) : 0;
            stand(slot.instrument, slot.contributions, null, fitPoints, why, standings);
        }
        // the candidates without a slot share their lists (the table's, or one of those with the selections by
        // attribute that reached them: Ledger.saidOf), and so what those say
        Map<List<Ledger.Contribution>, Said> shared = new java.util.IdentityHashMap<>();
        ledger.candidates.forEachNumbered((instrument, number) -> {
            if (!ledger.hasSlot(number)) {
                List<Ledger.Contribution> contributions = ledger.saidOf(number);
                Said said = shared.get(contributions);
                if (said == null) {
                    said = said(contributions);
                    shared.put(contributions, said);
                }
                stand(instrument, contributions, said, table.points(bits.at(number)), why, standings);
            }
        });
        int best = standings.best;
        // the fit threshold: fewer instruments, not weak ties; only those that pass it need an order
        List<Standing> fitting = new ArrayList<>();
        for (Standing s : standings.candidates) {
            if (Scoring.fits(s.score(), best, s.specific())) {
                fitting.add(s);
            }
        }
        List<RankedInstrument> ranked = new ArrayList<>();
        for (Standing s : first(fitting, maxInstruments)) {
            // the full tally decides the explanation
            Scoring.Tally full = scoring.instrument(contributions(ledger, s.instrument().id(), table));
            ranked.add(ranked(s, full, ranked.size() + 1, why));
            leads.add(Explanations.lead(full));
        }
        List<Exclusion> out = standings.out;
        out.addAll(removedByApease(standings.lowered, ranked, best, why));
        out.sort(Comparator.comparing(Exclusion::code)); // by id, whichever way each was removed
        excluded.addAll(out);
        return ranked;
    }

    /** What a list of contributions says of any instrument it is the list of, before the fit table's points. */
    private record Said(Scoring.Part part, boolean offered, boolean betterUse, boolean ruledOut, boolean apease) {
    }

    private Said said(List<Ledger.Contribution> contributions) {
        return new Said(scoring.instrumentPart(contributions), has(contributions, Effect.ALREADY_OFFERED),
                has(contributions, Effect.MAKE_BETTER_USE), ruledOut(contributions), apeaseLowered(contributions));
    }

    /**
     * The instruments of one call as they are scored, in {@link #stand}: those that score and may fit beside the best
     * one, those a rule of the APEASE stage lowered, and those excluded that would otherwise have scored.
     */
    private static final class Standings {
        /** Those that score, less those that did not fit beside the best so far (40-50 a call fit at the end). */
        final List<Standing> candidates = new ArrayList<>(64);
        final List<Standing> lowered = new ArrayList<>();
        final List<Exclusion> out = new ArrayList<>();
        /** The best score so far; at the end the best of all. */
        int best;
    }

    /**
     * Scores one instrument and files it in {@code standings}: as a candidate when it scores and fits beside the
     * best score so far, as lowered when a rule of the APEASE stage lowered it, as excluded when it is excluded but
     * would otherwise have scored. The best only grows, so a candidate that does not fit beside it now would not fit
     * at the end either: it needs no standing (four in five of a call's scoring candidates).
     *
     * @param shared    what {@code contributions} say when other candidates share the list; null for an instrument's
     *                  own list, which is read here (an object per instrument would cost more than it saves)
     * @param fitPoints the fit table's points for the instrument (0 when it is not a candidate), without their
     *                  contributions: those are made for the listed ones only
     */
    private void stand(Instrument instrument, List<Ledger.Contribution> contributions, Said shared, int fitPoints,
                       Explanations why, Standings standings) {
        Scoring.Part part = shared != null ? shared.part() : scoring.instrumentPart(contributions);
        int score = scoring.instrumentScore(part, fitPoints);
        boolean offered = shared != null ? shared.offered() : has(contributions, Effect.ALREADY_OFFERED);
        boolean betterUse = shared != null ? shared.betterUse() : has(contributions, Effect.MAKE_BETTER_USE);
        if ((shared != null ? shared.ruledOut() : ruledOut(contributions)) || (offered && !betterUse)) {
            // Only what would otherwise have been recommended is worth reporting as deliberately excluded.
            if (score > 0) {
                standings.out.add(new Exclusion(TargetKind.INSTRUMENT, instrument.id(), why.of(contributions.stream()
                        .filter(c -> c.effect() == Effect.RULE_OUT || c.effect() == Effect.ALREADY_OFFERED)
                        .toList())));
            }
            return;
        }
        boolean apease = shared != null ? shared.apease() : apeaseLowered(contributions);
        if (score <= 0 && !apease) {
            return; // the common case for a weak candidate: nothing to rank, nothing APEASE took
        }
        boolean specific = scoring.specific(contributions, part.counted());
        boolean fits = Scoring.fits(score, Math.max(standings.best, score), specific);
        if (!fits && !apease) {
            return;
        }
        Standing standing = new Standing(instrument, contributions, part.counted(), score, offered, specific);
        if (fits) {
            standings.candidates.add(standing);
            standings.best = Math.max(standings.best, score);
        }
        if (apease) {
            standings.lowered.add(standing);
        }
    }

    /** A rule of the APEASE stage that lowered the target. */
    private static boolean apeaseLowers(Ledger.Contribution c) {
        return c.effect() == Effect.DISFAVOUR && c.firing().rule().apease() != null;
    }

    /** Whether a rule of the APEASE stage lowered the target (a loop: this runs for every candidate of every call). */
    private static boolean apeaseLowered(List<Ledger.Contribution> contributions) {
        for (int i = 0, n = contributions.size(); i < n; i++) {
            if (apeaseLowers(contributions.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What APEASE removed from the list: the instruments an APEASE rule lowered that are not listed but would have
     * been without that rule's points (they would fit beside the best and rank before the last one listed, or the
     * list had room). They go to {@code excluded} with the APEASE rules, so the result says what the criteria took.
     */
    private List<Exclusion> removedByApease(List<Standing> lowered, List<RankedInstrument> ranked, int best,
                                            Explanations why) {
        List<Exclusion> out = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        ranked.forEach(i -> listed.add(i.id()));
        int last = ranked.isEmpty() ? 0 : Scoring.tenths(ranked.get(ranked.size() - 1).score());
        for (Standing s : lowered) {
            if (listed.contains(s.instrument().id())) {
                continue;
            }
            List<Ledger.Contribution> apease = new ArrayList<>();
            int without = s.score();
            for (int i = 0; i < s.counted().length; i++) {
                Ledger.Contribution c = s.contributions().get(i);
                if (apeaseLowers(c)) {
                    apease.add(c);
                    without -= s.counted()[i]; // what it took away, as counted (negative)
                }
            }
            boolean room = ranked.size() < maxInstruments || without > last;
            if (room && Scoring.fits(without, Math.max(best, without), s.specific())) {
                out.add(new Exclusion(TargetKind.INSTRUMENT, s.instrument().id(), why.of(apease)));
            }
        }
        return out;
    }

    /** Higher score first; then stronger evidence; then id, so equal instruments always come out the same way. */
    private static final Comparator<Standing> BY_STANDING = (a, b) -> {
        int order = Integer.compare(b.score(), a.score());
        if (order == 0) {
            order = Integer.compare(a.instrument().evidence().ordinal(), b.instrument().evidence().ordinal());
        }
        return order != 0 ? order : a.instrument().id().compareTo(b.instrument().id());
    };

    /**
     * The first {@code k} of {@code all} in {@link #BY_STANDING} order, as sorting them all would give: the order is
     * total (ids differ), so the top of a heap of {@code k} is the top of the sorted list. Of 20-150 fitting
     * candidates a call lists ten.
     */
    private static List<Standing> first(List<Standing> all, int k) {
        if (all.size() <= 2 * k) {
            all.sort(BY_STANDING);
            return all.subList(0, Math.min(k, all.size()));
        }
        java.util.PriorityQueue<Standing> heap = new java.util.PriorityQueue<>(k + 1, BY_STANDING.reversed());
        for (Standing s : all) {
            heap.add(s);
            if (heap.size() > k) {
                heap.poll(); // the last of the k + 1 in standing order
            }
        }
        List<Standing> top = new ArrayList<>(heap);
        top.sort(BY_STANDING);
        return top;
    }

    private static RankedInstrument ranked(Standing s, Scoring.Tally full, int rank, Explanations why) {
        if (full.score() != s.score()) {
            throw new IllegalStateException("the instrument " + s.instrument().id() + " scored " + s.score()
                    + " when ranked and " + full.score() + " when explained");
        }
        Instrument instrument = s.instrument();
        return new RankedInstrument(instrument.id(), instrument.displayName(), instrument.nameEn(), rank,
                Scoring.points(s.score()), List.copyOf(instrument.functions().keySet()), instrument.evidence(),
                status(s),
                s.specific() ? RankedInstrument.Fit.SPECIFIC : RankedInstrument.Fit.GENERIC,
                why.of(full));
    }

    /**
     * Make better use of what the organisation offers; another organisation's own arrangement, which this one does
     * not offer, is an example to copy (an offered one only reaches the ranking through make better use); else new.
     * The status changes no points (docs/how-it-works.md, section 5).
     */
    private static RankedInstrument.Status status(Standing s) {
        if (s.betterUse()) {
            return RankedInstrument.Status.MAKE_BETTER_USE;
        }
        return s.instrument().isOrganisationSpecific() ? RankedInstrument.Status.EXAMPLE_TO_COPY
                : RankedInstrument.Status.NEW;
    }

    private static <K> List<Exclusion> exclusions(TargetKind kind, ListMultimap<K, Ledger.Contribution> book,
                                                  Function<K, String> code, Explanations why) {
        List<Exclusion> out = new ArrayList<>();
        Multimaps.asMap(book).forEach((key, contributions) -> {
            if (ruledOut(contributions)) {
                out.add(new Exclusion(kind, code.apply(key), why.of(contributions.stream()
                        .filter(c -> c.effect() == Effect.RULE_OUT).toList())));
            }
        });
        return out;
    }

    private <K extends Enum<K> & Coded> Choice<K> choose(ListMultimap<K, Ledger.Contribution> book, Class<K> type,
                                                         Explanations why) {
        Scoring.Tally best = null;
        K chosen = null;
        for (K key : type.getEnumConstants()) {
            Scoring.Tally t = scoring.plain(book.get(key));
            if (t.score() > (best == null ? 0 : best.score())) {
                chosen = key;
                best = t;
            }
        }
        return chosen == null ? null : new Choice<>(chosen, Scoring.points(best.score()), why.of(best));
    }

    private static boolean ruledOut(List<Ledger.Contribution> contributions) {
        return has(contributions, Effect.RULE_OUT);
    }

    private static boolean has(List<Ledger.Contribution> contributions, Effect effect) {
        for (int i = 0, n = contributions.size(); i < n; i++) {
            if (contributions.get(i).effect() == effect) {
                return true;
            }
        }
        return false;
    }
}
