package nl.wielwijzer.internal.engine;

import com.google.common.collect.ListMultimap;
import com.google.common.collect.MultimapBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.bcw.PolicyCategory;
import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.catalog.Instrument;
import nl.wielwijzer.internal.knowledge.RuleInfo;
import nl.wielwijzer.result.Effect;
import nl.wielwijzer.result.Phase;
import nl.wielwijzer.result.Route;
import nl.wielwijzer.rules.Candidate;
import nl.wielwijzer.rules.Diagnosis;
import nl.wielwijzer.rules.Fact;
import org.drools.core.rule.consequence.InternalMatch;
import org.kie.api.runtime.KieRuntime;
import org.kie.api.runtime.rule.Match;

/**
 * Everything the rules said during one recommendation: every contribution to a score, every exclusion, every
 * diagnosis, each with the rule firing that made it. One ledger per call; never shared between threads.
 *
 * <p>Scores are plain sums of integer points, so the order in which rules fire cannot change a result.
 */
final class Ledger {

    /**
     * The stages of a recommendation, in order; a rule may only change what is not yet ranked. The two APEASE stages
     * fire the rules of agenda group {@code apease} ({@code @apease}), which narrow what the stage before found:
     * after the function rules and before the functions are ranked, and after the instrument rules.
     */
    enum Stage { FUNCTIONS, FUNCTIONS_APEASE, CATEGORIES, INSTRUMENTS, INSTRUMENTS_APEASE }

    /**
     * One rule firing: the rule and the facts it matched, in the order of its patterns, and for each diagnosis
     * among those facts the firings that concluded it (a live list: a later derivation still joins the trace).
     * Never changed after it is made, but for the descriptions of its facts and what scoring asks of its rule, each
     * made once, when first asked for.
     */
    static final class Firing {
        private final RuleInfo rule;
        private final List<Fact> facts;
        private final Map<String, List<Firing>> premises;
        /** The call's descriptions of its facts ({@link Ledger#descriptions}), shared by all its firings. */
        private final Map<Fact, String> descriptions;
        /** The rule's name and each fact described, the firing's place in the fixed order; made when first compared. */
        private List<String> key;
        /** The facts an explanation lists, described; made when first explained, then shared by its explanations. */
        private List<String> shown;
        /**
         * What scoring asks of the rule for every contribution: whether it is generic matching, whether it chooses
         * candidates by attribute ({@link #YES}, {@link #NO}, 0 not yet asked). Asked once per firing, not once per
         * contribution: one firing's contributions reach many candidates. Per call, one thread, like the firing.
         */
        byte generic;
        byte broad;
        static final byte YES = 1;
        static final byte NO = 2;

        /**
         * The firing's place among the call's rule firings ({@link Ledger#begin}), from 0; 0 for a row of a table,
         * which is never a premise. An explanation made later reads a diagnosis's premises up to the place where
         * its target was ranked ({@link #premisesOf(Diagnosis, int)}).
         */
        private final int place;

        Firing(RuleInfo rule, List<Fact> facts, Map<String, List<Firing>> premises, Map<Fact, String> descriptions) {
            this(rule, facts, premises, descriptions, 0);
        }

        private Firing(RuleInfo rule, List<Fact> facts, Map<String, List<Firing>> premises,
                       Map<Fact, String> descriptions, int place) {
            this.rule = rule;
            this.facts = facts;
            this.premises = premises;
            this.descriptions = descriptions;
            this.place = place;
        }

        RuleInfo rule() {
            return rule;
        }

        List<Fact> facts() {
            return facts;
        }

        /**
         * The firings that concluded this diagnosis before the call's {@code before}th rule firing, as far as this
         * firing relied on it: a diagnosis reached again later joins the traces of what is ranked after that. The
         * list grows in firing order, so those firings are its start.
         */
        List<Firing> premisesOf(Diagnosis diagnosis, int before) {
            List<Firing> all = premises.getOrDefault(diagnosis.getCode(), List.of());
            int n = 0;
            while (n < all.size() && all.get(n).place < before) {
                n++;
            }
            return n == all.size() ? all : all.subList(0, n);
        }

        /**
         * The facts an explanation of this firing lists, described, in the order of the rule's patterns: every fact
         * but the candidate, which is the subject of the explanation rather than a reason for it. Made once.
         */
        List<String> shown() {
            if (shown == null) {
                List<String> texts = new ArrayList<>(facts.size());
                for (int i = 0; i < facts.size(); i++) {
                    if (!(facts.get(i) instanceof Candidate)) {
                        texts.add(described(i));
                    }
                }
                shown = List.copyOf(texts);
            }
            return shown;
        }

        /** Whether a diagnosis is among the facts: only then does an explanation trace how it was reached. */
        boolean reliesOnDiagnosis() {
            return !premises.isEmpty();
        }

        /** The description of the {@code i}th fact ({@link Fact#describe}), made once. */
        String described(int i) {
            return key().get(i + 1);
        }

        /**
         * The rule's name followed by every fact described: among equal points, firings are ordered as these texts
         * joined by {@code |} compare ({@link JoinedOrder}).
         */
        List<String> key() {
            if (key == null) {
                String[] texts = new String[facts.size() + 1];
                texts[0] = rule.name();
                for (int i = 0; i < facts.size(); i++) {
                    texts[i + 1] = descriptions.computeIfAbsent(facts.get(i), Fact::describe);
                }
                key = java.util.Arrays.asList(texts);
            }
            return key;
        }
    }

    /** One change a firing made to one recommendation. */
    record Contribution(Firing firing, Effect effect, int points) {
    }

    /**
     * One instrument's contributions, with the instrument itself, so ranking needs no catalogue lookup. A candidate's
     * list starts with what the candidate table said of it ({@link Candidates}), after anything said before the
     * candidates were known, as if each row had been a rule that fired then.
     */
    static final class Slot {
        final Instrument instrument;
        final List<Contribution> contributions = new ArrayList<>(4);
        /** Whether the instrument is a candidate of this call. */
        boolean candidate;

        private Slot(Instrument instrument) {
            this.instrument = instrument;
        }
    }

    /** Adds a contribution to {@code instrument}. */
    void instrument(Instrument instrument, Contribution contribution) {
        Slot slot = instruments.get(instrument.id());
        if (slot == null) {
            slot = new Slot(instrument);
            instruments.put(instrument.id(), slot);
            int number = bits.of(instrument).number();
            if (number >= 0) {
                slotted.set(number);
            }
            if (candidatesKnown && candidates.contains(instrument)) {
                joinTable(slot, number);
            }
        }
        slot.contributions.add(contribution);
    }

    /**
     * Marks the slot's instrument a candidate and adds what was said of it before it had a slot: what the candidate
     * table said, and what selections by attribute added to that ({@link #reached}), which the slot holds from now.
     *
     * @param number the instrument's number in the catalogue, -1 for one outside it
     */
    private void joinTable(Slot slot, int number) {
        slot.candidate = true;
        if (number < 0) {
            slot.contributions.addAll(candidates.contributions(slot.instrument));
            return;
        }
        slot.contributions.addAll(saidOf(number));
        if (reached != null) {
            reached[number] = null;
        }
    }

    /** Whether the catalogue's instrument with this number has a slot: something was said of it in particular. */
    boolean hasSlot(int number) {
        return slotted.get(number);
    }

    /**
     * Everything said of a candidate without a slot: the list it shares with the candidates the same rows and
     * selections reached ({@link #reached}), or else what the candidate table said of it.
     */
    List<Contribution> saidOf(Instrument candidate) {
        return saidOf(bits.of(candidate).number());
    }

    /** {@link #saidOf(Instrument)} of the candidate with this number. */
    List<Contribution> saidOf(int number) {
        List<Contribution> shared = reached == null ? null : reached[number];
        return shared != null ? shared : candidates.contributions(number);
    }

    /**
     * Records the candidate table's candidates, once, before the instrument rules fire; an instrument something was
     * already said of gets the table's contributions after that. Each new candidate goes to {@code insert} (null: no
     * facts), in the order the table made them.
     */
    void considered(Candidates made, java.util.function.Consumer<? super Candidate> insert) {
        candidates = made;
        candidatesKnown = true;
        for (Slot slot : instruments.values()) {
            if (candidates.contains(slot.instrument)) {
                joinTable(slot, bits.of(slot.instrument).number());
            }
        }
        if (insert != null) {
            candidates.forEach(instrument -> {
                if (!madeByRules.containsKey(instrument.id())) {
                    insert.accept(new Candidate(instrument));
                }
            });
        }
    }

    /**
     * Records that {@code firing} makes {@code instrument} a candidate ({@code advice.consider}, in a rule folder
     * that makes its candidates by rule); the first time, hands its {@link Candidate} to {@code insert} for the
     * session. Considering an instrument twice adds a contribution, not a second fact.
     */
    void consider(Instrument instrument, Firing firing, java.util.function.Consumer<? super Candidate> insert) {
        boolean already = isCandidate(instrument.id());
        instrument(instrument, new Contribution(firing, Effect.CONSIDER, 0));
        if (!already) {
            madeByRules.put(instrument.id(), instrument);
            instruments.get(instrument.id()).candidate = true;
            insert.accept(new Candidate(instrument));
        }
    }

    /** Whether the instrument with this id is a candidate of this call. */
    boolean isCandidate(String id) {
        return candidates.find(id) != null || madeByRules.containsKey(id);
    }

    /** The candidate with this id, or null. */
    private Instrument candidate(String id) {
        Instrument made = candidates.find(id);
        return made != null ? made : madeByRules.get(id);
    }

    /**
     * Each candidate of this call once, with its number in the catalogue (-1 for one outside it): the table's, then
     * those rules made.
     */
    void forEachCandidate(java.util.function.ObjIntConsumer<Instrument> action) {
        candidates.forEachNumbered(action);
        madeByRules.values().forEach(instrument -> {
            if (!candidates.contains(instrument)) {
                action.accept(instrument, bits.of(instrument).number());
            }
        });
    }

    /** The ids of the instruments anything was said of (every candidate among them), sorted: the trace's order. */
    List<String> instrumentIds() {
        List<String> ids = new ArrayList<>(instruments.keySet());
        candidates.forEach(instrument -> {
            if (!instruments.containsKey(instrument.id())) {
                ids.add(instrument.id());
            }
        });
        ids.sort(null);
        return ids;
    }

    // Keys in enum order (delivery codes sorted), values in firing order: iteration is always the same.
    final ListMultimap<InterventionFunction, Contribution> functions =
            MultimapBuilder.enumKeys(InterventionFunction.class).arrayListValues().build();
    final ListMultimap<PolicyCategory, Contribution> categories =
            MultimapBuilder.enumKeys(PolicyCategory.class).arrayListValues().build();
    final ListMultimap<Route, Contribution> routes = MultimapBuilder.enumKeys(Route.class).arrayListValues().build();
    final ListMultimap<Phase, Contribution> phases = MultimapBuilder.enumKeys(Phase.class).arrayListValues().build();
    /**
     * What the rules said of each instrument, by id, in firing order. Not sorted: ranking orders the instruments
     * itself, and {@link #instrumentIds()} gives the ids in order where one shows (the trace). A candidate nothing
     * else was said of has no slot: what the table said of it is in {@link #candidates}.
     */
    final Map<String, Slot> instruments = new HashMap<>(64); // rules name 0-70 instruments a call (median 16, the examples 27-39)
    /** Delivery advice by code; the result orders it by the vocabulary, not by firing. */
    final ListMultimap<String, Contribution> delivery = MultimapBuilder.treeKeys().arrayListValues().build();
    /** Each diagnosis reached, with the firings that reached it, in the order first reached. */
    final Map<String, List<Firing>> diagnoses = new LinkedHashMap<>();
    /**
     * Each fact of this call described ({@link Fact#describe}), made the first time a firing on it is explained or
     * compared: the same few facts (a gap, a needed function) are what most firings of a call fired on.
     */
    final Map<Fact, String> descriptions = new java.util.IdentityHashMap<>(32);
    /** The candidates of this call, once known ({@link #considered}). */
    Candidates candidates = Candidates.NONE;
    /**
     * What was said of each candidate that only the candidate table and the selections by attribute
     * ({@link #applyNamed}) said anything of, by number: one list per set of table rows and selections, shared
     * by every candidate that set reached, so ranking scores it once, as it does the table's own lists. Such a
     * candidate has no slot; if something names it afterwards, its slot starts from this list ({@link #joinTable}).
     */
    private List<Contribution>[] reached; // by number; made when first needed
    /** The catalogue's instruments with a slot, by number ({@link #hasSlot}). */
    private final java.util.BitSet slotted = new java.util.BitSet();
    private boolean candidatesKnown;
    /**
     * The instruments rules made candidates themselves ({@code advice.consider}: a rule folder that makes its
     * candidates by rule), by id, in the order made; each has a slot.
     */
    private final Map<String, Instrument> madeByRules = new LinkedHashMap<>(0);
    /**
     * What rules said about instruments they name by id ({@code advice.favour(2, "a", "b")}), held in firing order
     * until the candidates are known: such a rule has no Candidate pattern, so it may fire in any stage.
     */
    private final List<Named> named = new ArrayList<>();

    /** A contribution to the instrument with this id, if it turns out to be a candidate. */
    private record Named(String instrumentId, Contribution contribution) {
    }

    /**
     * Contributions to every candidate that targets only COM-B components without a gap
     * ({@code advice.disfavourWhereNoGap}), held in firing order until the candidates are known.
     */
    private final List<Contribution> whereNoGap = new ArrayList<>(1);

    /**
     * What rules said about every candidate with an attribute ({@code advice.favourEach(1, Route.DEVELOPMENT)}), held
     * in firing order until the candidates are known: one firing, one contribution, shared by every candidate it
     * reaches.
     */
    private final List<Each> each = new ArrayList<>(0);

    /**
     * A contribution to every candidate a selection reaches: one with at least one of the attributes (or, for the
     * exclusions by the employee's age, work ability or placement phase, one the test picks), that delivers one of
     * the functions of each {@code thatDeliver} and has none of the attributes of any {@code unless}; or one that
     * {@code andAlso} names. Narrowed by the rule's consequence right after it is made, applied by {@link #applyNamed}.
     */
    static final class Each {
        /** The attributes it chooses by, as {@link InstrumentBits} ({@code test} instead when null). */
        private final long attributes;
        private final java.util.function.Predicate<Instrument> test;
        private final Contribution contribution;
        /** Each {@code thatDeliver}'s functions, as bits: a candidate delivers one of each. */
        private int[] deliver = new int[0];
        /** Each {@code unless}'s attributes, as bits: a candidate has none of any. */
        private long[] unless = new long[0];
        private java.util.Set<String> ids;

        Each(Coded[] attributes, java.util.function.Predicate<Instrument> test, Contribution contribution) {
            this.attributes = attributes == null ? 0 : InstrumentBits.bits(attributes);
            this.test = test;
            this.contribution = contribution;
        }

        Contribution contribution() {
            return contribution;
        }

        void thatDeliver(InterventionFunction[] functions) {
            deliver = Arrays.copyOf(deliver, deliver.length + 1);
            deliver[deliver.length - 1] = InstrumentBits.bits(functions);
        }

        void unless(Coded[] except) {
            unless = Arrays.copyOf(unless, unless.length + 1);
            unless[unless.length - 1] = InstrumentBits.bits(except);
        }

        void andAlso(String[] instrumentIds) {
            ids = ids == null ? new java.util.LinkedHashSet<>() : ids;
            ids.addAll(List.of(instrumentIds));
        }

        boolean reaches(Instrument instrument, InstrumentBits.Bits has) {
            if (ids != null && ids.contains(instrument.id())) {
                return true;
            }
            if (test != null ? !test.test(instrument) : (has.attributes() & attributes) == 0) {
                return false;
            }
            for (int functions : deliver) {
                if ((has.delivers() & functions) == 0) {
                    return false;
                }
            }
            for (long except : unless) {
                if ((has.attributes() & except) != 0) {
                    return false;
                }
            }
            return true;
        }
    }

    private final RuleLookup rules;
    private Stage stage = Stage.FUNCTIONS;
    private Firing current;
    /** The rule firings begun so far ({@link #begin}). */
    private int firings;
    /** The rule that fired last and its metadata: a rule often fires many times in a row. */
    private org.kie.api.definition.rule.Rule lastRule;
    private RuleInfo lastInfo;
    private KieRuntime runtime;

    /** What each instrument has, as bits: what selections by attribute are applied with. */
    private final InstrumentBits bits;

    Ledger(RuleLookup rules, InstrumentBits bits) {
        this.rules = rules;
        this.bits = bits;
    }

    /** Records that {@code firing} concluded {@code code}; true the first time, when the fact must go in. */
    boolean derive(String code, Firing firing) {
        List<Firing> firings = diagnoses.get(code);
        if (firings != null) {
            firings.add(firing);
            return false;
        }
        diagnoses.put(code, new ArrayList<>(List.of(firing)));
        return true;
    }

    /** How many rule firings have begun in this call: an explanation made later reads its traces up to here. */
    int firings() {
        return firings;
    }

    void enter(Stage next) {
        this.stage = next;
    }

    /**
     * Called by the session's agenda listener just before a rule's consequence runs: remembers the rule and
     * the facts it matched, so that what the consequence asks of {@link Advice} is recorded with them.
     */
    void begin(Match match, RuleInfo info, KieRuntime session) {
        List<Fact> facts = facts(match);
        Map<String, List<Firing>> premises = Map.of();
        for (int i = 0, n = facts.size(); i < n; i++) {
            if (facts.get(i) instanceof Diagnosis diagnosis) {
                List<Firing> reached = diagnoses.getOrDefault(diagnosis.getCode(), List.of());
                if (premises.isEmpty()) {
                    premises = Map.of(diagnosis.getCode(), reached); // most firings on a diagnosis are on one
                } else {
                    premises = new HashMap<>(premises);
                    premises.put(diagnosis.getCode(), reached);
                }
            }
        }
        // never changed after this; Firing is internal
        current = new Firing(info, facts, premises, descriptions, firings++);
        runtime = session;
    }

    /** The metadata of the rule a match is of; asked first, so that a failure while it fires can name the rule. */
    RuleInfo ruleOf(Match match) {
        org.kie.api.definition.rule.Rule rule = match.getRule();
        RuleInfo info = lastRule == rule ? lastInfo : rules.of(rule);
        if (info == null) {
            throw new IllegalStateException("No metadata was loaded for the rule '" + rule.getName() + "'");
        }
        lastRule = rule;
        lastInfo = info;
        return info;
    }

    /**
     * The facts a match fired on, in the order of its patterns. A match of a session hands over its objects as one
     * array ({@code toObjects}), where {@link Match#getObjects} would copy them three times: this runs for every
     * firing of every call.
     */
    private static List<Fact> facts(Match match) {
        Object[] objects = match instanceof InternalMatch internal
                ? internal.getTuple().toObjects(false) : match.getObjects().toArray();
        Fact[] facts = new Fact[objects.length];
        int n = 0;
        for (Object o : objects) {
            if (o instanceof Fact fact) {
                facts = room(facts, n); // a collected list before this pattern may have filled the array
                facts[n++] = fact;
            } else if (o instanceof Iterable<?> collected) {
                // "from collect" hands over a list: the facts in it are what the rule fired on
                for (Object item : collected) {
                    if (item instanceof Fact fact) {
                        facts = room(facts, n);
                        facts[n++] = fact;
                    }
                }
            }
        }
        return Arrays.asList(n == facts.length ? facts : Arrays.copyOf(facts, n));
    }

    /** The array, or a copy twice as long when it has no room at {@code n}. */
    private static Fact[] room(Fact[] facts, int n) {
        return n < facts.length ? facts : Arrays.copyOf(facts, facts.length * 2 + 1);
    }

    void end() {
        current = null;
        runtime = null;
    }

    /** The firing whose consequence is running now. */
    Firing current() {
        if (current == null) {
            throw new IllegalStateException("advice can only be used from a rule's consequence");
        }
        return current;
    }

    /** Holds a contribution to an instrument a rule named by id, until {@link #applyNamed} knows the candidates. */
    void name(String instrumentId, Contribution contribution) {
        named.add(new Named(instrumentId, contribution));
    }

    /** Holds a contribution to every candidate a selection reaches, until {@link #applyNamed}; returns it to narrow. */
    Each each(Coded[] attributes, java.util.function.Predicate<Instrument> test, Contribution contribution) {
        Each e = new Each(attributes, test, contribution);
        each.add(e);
        return e;
    }

    /** Holds a contribution to every candidate that targets only components without a gap, until {@link #applyNamed}. */
    void whereNoGap(Contribution contribution) {
        whereNoGap.add(contribution);
    }

    /**
     * Once the instrument rules have fired: each contribution to the candidates a selection reaches ({@link Each}:
     * by attribute, narrowed by {@code thatDeliver}, {@code unless} and {@code andAlso}, or by the exclusion's test)
     * joins every candidate it reaches, exactly as if the rule had matched that Candidate with the same conditions
     * (the Candidate fact is never part of an explanation, so the one firing explains them all). Every contribution
     * to a named instrument that is a candidate joins its contributions, exactly as if the rule had matched its
     * Candidate; the others are dropped, as a rule matching a
     * Candidate by id would not have fired for them. {@code known} says whether an id is in the catalogue at all;
     * one that is not (only a computed id can get past the loader) fails the call, naming the rule. Then each
     * contribution for the candidates that target only components without a gap joins every such candidate, as if
     * the rule had matched it with {@code exists Gap( severity == 0, $i.targets(component) )} and {@code not Gap(
     * severity >= 1, $i.targets(component) )} over {@code gaps}, the profile's known gaps.
     */
    void applyNamed(java.util.function.Predicate<String> known, List<nl.wielwijzer.rules.Gap> gaps) {
        if (!each.isEmpty()) {
            for (Each e : each) {
                if (e.ids != null) {
                    for (String id : e.ids) {
                        requireKnown(known, id, e.contribution());
                    }
                }
            }
            applyEach();
            each.clear();
        }
        if (!whereNoGap.isEmpty()) {
            applyWhereNoGap(gaps);
            whereNoGap.clear();
        }
        for (Named n : named) {
            Instrument candidate = candidate(n.instrumentId());
            if (candidate != null) {
                instrument(candidate, n.contribution());
            } else {
                requireKnown(known, n.instrumentId(), n.contribution());
            }
        }
        named.clear();
    }

    /**
     * The selections by attribute, applied to every candidate they reach. A candidate without a slot shares its list
     * with the others of the same table rows that the same selections reach ({@link #reached}).
     */
    private void applyEach() {
        // the shared lists: by the table's list, then by the selections that reach them, as bits
        Map<List<Contribution>, Map<Long, List<Contribution>>> shared = new java.util.IdentityHashMap<>();
        forEachCandidate((instrument, number) -> {
            InstrumentBits.Bits has = bitsOf(instrument, number);
            if (each.size() > Long.SIZE || number < 0 || hasSlot(number)) {
                for (int i = 0, n = each.size(); i < n; i++) {
                    Each e = each.get(i);
                    if (e.reaches(instrument, has)) {
                        instrument(instrument, e.contribution());
                    }
                }
                return;
            }
            long which = 0;
            for (int i = 0, n = each.size(); i < n; i++) {
                if (each.get(i).reaches(instrument, has)) {
                    which |= 1L << i;
                }
            }
            if (which != 0) {
                List<Contribution> table = candidates.contributions(number);
                Map<Long, List<Contribution>> byWhich = shared.computeIfAbsent(table, t -> new HashMap<>());
                List<Contribution> list = byWhich.get(which);
                if (list == null) { // not computeIfAbsent: its function would be made for every candidate
                    list = joined(table, which);
                    byWhich.put(which, list);
                }
                reach(number, list);
            }
        });
    }

    /** The contributions for candidates that target only components without a gap, applied to every such candidate. */
    private void applyWhereNoGap(List<nl.wielwijzer.rules.Gap> gaps) {
        Map<List<Contribution>, List<Contribution>> shared = new java.util.IdentityHashMap<>();
        forEachCandidate((instrument, number) -> {
            InstrumentBits.Bits has = bitsOf(instrument, number);
            if (!targetsOnlyWithoutGap(has.targets(), gaps)) {
                return;
            }
            if (number < 0 || hasSlot(number)) {
                for (Contribution c : whereNoGap) {
                    instrument(instrument, c);
                }
                return;
            }
            List<Contribution> before = saidOf(number);
            List<Contribution> list = shared.get(before);
            if (list == null) {
                list = joined(before, whereNoGap);
                shared.put(before, list);
            }
            reach(number, list);
        });
    }

    /** A candidate's bits: by its number, or looked up for one outside the catalogue (-1). */
    private InstrumentBits.Bits bitsOf(Instrument instrument, int number) {
        return number >= 0 ? bits.at(number) : bits.of(instrument);
    }

    /** Files the shared list of the slot-less candidate with this number ({@link #reached}). */
    @SuppressWarnings("unchecked")
    private void reach(int number, List<Contribution> list) {
        if (reached == null) {
            reached = (List<Contribution>[]) new List<?>[bits.size()];
        }
        reached[number] = list;
    }

    /** {@code before}, then the contributions of the selections {@code which} holds, in the order they were made. */
    private List<Contribution> joined(List<Contribution> before, long which) {
        List<Contribution> out = new ArrayList<>(before.size() + Long.bitCount(which));
        out.addAll(before);
        for (int i = 0; i < each.size(); i++) {
            if ((which & 1L << i) != 0) {
                out.add(each.get(i).contribution());
            }
        }
        return out;
    }

    /** {@code before}, then {@code after}. */
    private static List<Contribution> joined(List<Contribution> before, List<Contribution> after) {
        List<Contribution> out = new ArrayList<>(before.size() + after.size());
        out.addAll(before);
        out.addAll(after);
        return out;
    }

    /** Fails the call, naming the rule, when a rule names an id that is not in the catalogue at all. */
    private static void requireKnown(java.util.function.Predicate<String> known, String id, Contribution contribution) {
        if (!known.test(id)) {
            RuleInfo rule = contribution.firing().rule();
            throw new RuleMisuseException(rule.file() + ":" + rule.line() + ": the rule '" + rule.name()
                    + "' names the instrument \"" + id + "\", which is not in the catalogue; "
                    + "write the id in quotes, as the catalogue (catalog/*.yaml) spells it");
        }
    }

    /** At least one component the instrument targets has a gap of 0, and none a gap of 1 or more. */
    private static boolean targetsOnlyWithoutGap(int targets, List<nl.wielwijzer.rules.Gap> gaps) {
        boolean withoutGap = false;
        for (nl.wielwijzer.rules.Gap gap : gaps) {
            if ((targets & 1 << gap.component().ordinal()) != 0) {
                if (gap.severity() >= 1) {
                    return false;
                }
                withoutGap |= gap.severity() == 0;
            }
        }
        return withoutGap;
    }

    /** Inserts a derived fact into the session whose rule is firing now. */
    void insert(Fact fact) {
        current();
        runtime.insert(fact);
    }

    /** Fails loudly when a rule tries to change a score that has already been ranked. */
    void requireStage(Stage latest, Firing firing, String what) {
        if (stage.compareTo(latest) > 0) {
            RuleInfo rule = firing.rule();
            throw new RuleMisuseException(rule.file() + ":" + rule.line() + ": the rule '" + rule.name()
                    + "' changes " + what + " after they were ranked. A rule that looks at FunctionNeed, "
                    + "CategoryNeed or Instrument facts may only change policy categories (after functions), "
                    + "instruments, routes and phases.");
        }
    }
}
