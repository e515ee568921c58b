package nl.wielwijzer.internal.engine;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.bcw.PolicyCategory;
import nl.wielwijzer.internal.knowledge.FitTable;
import nl.wielwijzer.internal.knowledge.RuleInfo;
import nl.wielwijzer.internal.knowledge.Wheel;
import nl.wielwijzer.result.Effect;
import nl.wielwijzer.result.FindingEvidence;
import nl.wielwijzer.result.RankedFunction;
import nl.wielwijzer.rules.Fact;
import nl.wielwijzer.rules.FunctionNeed;

/**
 * The ranking model (v2, issue 9): how the points the rules gave become scores. The rules say what they find
 * ({@link Ledger}); this class decides how much each finding counts. Every contribution keeps the points its rule
 * gave and gets the points that were <em>counted</em>, so an explanation can show what was capped and why.
 *
 * <p>The Behaviour Change Wheel uses its matrix to decide which functions are candidates for the diagnosed gaps;
 * the findings of the seeds then refine that choice. So:
 *
 * <ol>
 *   <li><b>Count once.</b> One rule's contributions to one target count once, however many firings or diagnoses
 *       lead to it (a finding reached through {@code hardToReach} and through {@code lowSelfLeadership} is still one
 *       finding): the largest counts, the others count 0. The generic matching rules of instruments are exempt:
 *       their firings are different matches (one per needed function or gap), capped together instead.</li>
 *   <li><b>The matrix gates.</b> A function's <em>base</em> is the sum of its COM-B matrix cells (the diagnosis).
 *       A function with a base above 0 is a candidate; one without is a candidate only when a seed finding names
 *       it, and then ranks on its bounded seed points alone.</li>
 *   <li><b>The seeds refine, within bounds.</b> The positive points of seed findings on one target count at most
 *       {@value #SEED_PER_FILE} per rule file (one finding family) and {@value #SEED_TOTAL} in total, and for a
 *       gated target at least a point less than its base, so the diagnosis always supplies the larger part. The
 *       largest findings are counted first. Points taken away (disfavour) are not bounded, and rule-outs always
 *       apply.</li>
 *   <li><b>Categories by fit, not breadth.</b> What a category must deliver are the profile's top functions: the
 *       first {@value #TOP_FUNCTIONS} ranked, and any tied with the last of them. Its matrix part is the harmonic
 *       mean of its coverage (the share of the top functions' scores it can deliver) and its focus (how much of
 *       what it can deliver at all, per the wheel, is a top function, each weighted by its score relative to the
 *       best), times {@value #CATEGORY_SCALE}. A category that delivers every function scores high on coverage
 *       only; one that delivers just what this profile needs scores high on both. The matrix part is shared out
 *       over the category's matrix steps in proportion to the function scores they carry; the steps of functions
 *       below the top count 0. Seed findings on categories then adjust it within the same bounds.</li>
 *   <li><b>Instruments by specific findings.</b> The generic matching ({@value FitTable#FILE}: an
 *       instrument delivers a needed function, targets a gap) give one instrument at most {@value #GENERIC_CAP}
 *       points together; findings that choose instruments by attribute rather than by name (a phase, a route, an
 *       outcome: {@link BroadFindings}) give it at most {@value #BROAD_CAP} together; findings that name it decide
 *       the rest (broad findings count once per rule file). An instrument that no finding naming it scored fits
 *       only generically. Only instruments that score at least {@value #FIT_PERCENT}% of the best instrument's
 *       score ({@value #GENERIC_FIT_PERCENT}% for a generic fit) are returned: fewer instruments rather than a list
 *       padded with weak ties.</li>
 * </ol>
 *
 * <p><b>Evidence weighs.</b> After counting once, a seed finding's points weigh by how strongly its seed supports it
 * ({@code @evidence}, {@link #WEIGHT}): in full for a measured effect, several organisations or cases that agree,
 * earlier research, and the seed's own advice or conclusion (drawn from its whole study); two thirds for one case
 * or organisation; half for the opinion of interviewees. This holds on functions, categories, routes and phases,
 * and on the broad findings of instruments; a finding that names an instrument for this case counts in full (point 5).
 * Rules without {@code @evidence} (the matrix, the diagnosis, the generic matching) count in full. The bounds above
 * then apply to the weighed points.
 *
 * <p>Scores are kept in whole tenths of a point ({@value #TENTHS} to the point), so weighing needs no floating
 * point and every score is exact; the result shows them with one decimal. Every choice between equals goes by a
 * fixed order (points, then rule name, then facts), so the order in which rules fire never changes a score or an
 * explanation. Stateless apart from what it reads once from the knowledge (the wheel's table, which rules are broad);
 * shared between threads.
 */
final class Scoring {

    /** Scores are counted in tenths of a point: this many to the point. */
    static final int TENTHS = 10;
    /** The most one rule file's findings (one finding family) count on one target, in points. */
    static final int SEED_PER_FILE = 3;
    /** The most all seed findings together count on one target (and, for a gated target, a point less than its base). */
    static final int SEED_TOTAL = 4;
    /** The most the generic matching rules together give one instrument, in points. */
    static final int GENERIC_CAP = 6;
    /** The most the broad findings (instruments chosen by attribute, not by name) together give one instrument. */
    static final int BROAD_CAP = 3;
    /**
     * What share (percent) of its points a seed finding counts, by the strength of what its seed reports: what rests
     * on more than one case, and the seed's own conclusions, count in full; one case or organisation two thirds; the
     * opinion of interviewees half (docs/how-it-works.md, section 4, "evidence weighs").
     */
    static final Map<FindingEvidence, Integer> WEIGHT = Map.of(
            FindingEvidence.MEASURED, 100,
            FindingEvidence.SEVERAL, 100,
            FindingEvidence.LITERATURE, 100,
            FindingEvidence.SINGLE, 67,
            FindingEvidence.ADVICE, 100,
            FindingEvidence.OPINION, 50);
    /** {@link #WEIGHT} by the evidence's ordinal: read for every contribution of every call. */
    private static final int[] WEIGHT_BY_ORDINAL = new int[FindingEvidence.values().length];

    static {
        WEIGHT.forEach((evidence, percent) -> WEIGHT_BY_ORDINAL[evidence.ordinal()] = percent);
    }

    /** An instrument is returned only when its score is at least this share (percent) of the best one's. */
    static final int FIT_PERCENT = 50;
    /** The same for an instrument that fits only generically: breadth alone must come close to the best. */
    static final int GENERIC_FIT_PERCENT = 75;
    /** How many of the best-ranked functions (and those tied with the last) a category is measured against. */
    static final int TOP_FUNCTIONS = 3;
    /** A category's matrix part runs from 0 to this many points. */
    static final int CATEGORY_SCALE = 100;
    /**
     * The rule file of the generic matching rules of instruments; their points come from the fit table
     * ({@link FitTable#FILE}) in the bundled set, and from rules in this file in a rule set written before it.
     */
    static final String GENERIC_FILE = "instruments.drl";

    /**
     * What each contribution counted, in the ledger's order, and their sum; all in tenths of a point.
     *
     * @param base the part of the score the matrix gave (function and category stages; 0 elsewhere)
     */
    record Tally(List<Ledger.Contribution> contributions, int[] counted, int score, int base) {

        boolean has(Effect effect) {
            for (Ledger.Contribution c : contributions) {
                if (c.effect() == effect) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * How many functions each category can deliver at all, per the wheel's table, by the category's ordinal (0 for a
     * category the table does not name). Focus needs only this count.
     */
    private final int[] deliverable = new int[PolicyCategory.values().length];
    /** The rules that choose instruments by attribute rather than by name ({@link BroadFindings}). */
    private final Set<String> broad;
    /**
     * Whether each rule of the rule book is in {@link #broad}, by the rule itself: decided once, then read for every
     * contribution of every candidate without comparing names (rule names are whole sentences, and the name a rule
     * holds is not the instance the set was made with, so the set compares them character by character). A rule not
     * found here is looked up by name, as {@link RuleLookup} does.
     */
    private final Map<RuleInfo, Boolean> broadRules = new IdentityHashMap<>();
    /** {@link #broad(Ledger.Contribution)} as a predicate, made once rather than on every call. */
    private final java.util.function.Predicate<Ledger.Contribution> broadFinding = this::broad;

    /** {@link #Scoring(Wheel, Set, Collection)} without the rules: every rule is looked up by name. */
    Scoring(Wheel wheel, Set<String> broad) {
        this(wheel, broad, List.of());
    }

    /**
     * @param wheel the rule set's wheel table; without one, focus counts only the functions that fired
     * @param broad the names of the rules that choose instruments by attribute only
     * @param rules the rules of the rule book ({@link nl.wielwijzer.internal.knowledge.RuleBook#rules}), each
     *              decided broad or not here, once
     */
    Scoring(Wheel wheel, Set<String> broad, Collection<RuleInfo> rules) {
        this.broad = Set.copyOf(broad);
        for (RuleInfo rule : rules) {
            broadRules.put(rule, this.broad.contains(rule.name()));
        }
        Map<PolicyCategory, Set<InterventionFunction>> map = new EnumMap<>(PolicyCategory.class);
        for (Wheel.Cell cell : wheel.cells()) {
            if (cell.matrix() == Wheel.Matrix.FUNCTION_CATEGORY) {
                PolicyCategory category = Coded.parse(PolicyCategory.class, cell.to()).orElseThrow();
                InterventionFunction function = Coded.parse(InterventionFunction.class, cell.from()).orElseThrow();
                map.computeIfAbsent(category, k -> EnumSet.noneOf(InterventionFunction.class)).add(function);
            }
        }
        map.forEach((category, functions) -> deliverable[category.ordinal()] = functions.size());
    }

    // --- the stages --------------------------------------------------------------------------------------

    /** An intervention function: count once; the matrix is the base; seed findings bounded by it. */
    Tally function(List<Ledger.Contribution> contributions) {
        int[] counted = weigh(contributions, countOnce(contributions, c -> false));
        int base = sum(contributions, counted, Scoring::comBCell);
        bound(contributions, counted, c -> !comBCell(c), base);
        return new Tally(contributions, counted, sum(counted), base);
    }

    /**
     * A policy category: the matrix part normalised for this profile's needs (see the class comment), shared out
     * over its matrix steps; seed findings bounded as for functions.
     *
     * @param ranked the ranked functions, whose scores the matrix steps carry
     */
    Tally category(PolicyCategory category, List<Ledger.Contribution> contributions, List<RankedFunction> ranked) {
        long top = top(ranked);
        int[] counted = weigh(contributions, countOnce(contributions, c -> false));
        long total = 0;
        long best = 0;
        for (RankedFunction f : ranked) {
            if (in(top, f.function())) {
                int score = tenths(f.score());
                total += score;
                best = Math.max(best, score);
            }
        }
        int[] cells = new int[Long.bitCount(top)]; // one step per top function at most
        int steps = 0;
        long reached = 0;
        long delivered = 0;
        for (int i = 0; i < contributions.size(); i++) {
            InterventionFunction f = policyCell(contributions.get(i));
            if (f != null && counted[i] > 0 && in(top, f) && !in(reached, f)) {
                reached |= bit(f);
                // the step carries the function's score in tenths, not the whole points the rule passed on
                counted[i] = scoreOf(ranked, f);
                cells[steps++] = i;
                delivered += counted[i];
            } else if (f != null) {
                counted[i] = 0; // below the top functions, or the same function through a second cell rule
            }
        }
        int breadth = Math.max(deliverable[category.ordinal()], Long.bitCount(reached));
        int base = 0;
        if (delivered > 0 && total > 0) {
            // harmonic mean of coverage S/T and focus S/(|D|·m) is 2S/(T + |D|·m); rounded half up to whole points
            // (a tenth of a point on a scale of 100 would be false precision), kept in tenths like every score
            long denominator = total + breadth * best;
            base = TENTHS * (int) ((2L * CATEGORY_SCALE * 2 * delivered + denominator) / (2 * denominator));
        }
        share(contributions, counted, cells, steps, base / TENTHS);
        for (int k = 0; k < steps; k++) {
            counted[cells[k]] *= TENTHS; // shared out in whole points, like the matrix part itself
        }
        bound(contributions, counted, c -> policyCell(c) == null, base);
        return new Tally(contributions, counted, sum(counted), base);
    }

    /**
     * The first {@value #TOP_FUNCTIONS} ranked functions, and any tied with the last of them, as bits by ordinal
     * ({@link #bit}): a category is measured against these. Bits rather than a list or set, as every category of
     * every call asks.
     */
    static long top(List<RankedFunction> ranked) {
        boolean all = ranked.size() <= TOP_FUNCTIONS;
        double last = all ? 0 : ranked.get(TOP_FUNCTIONS - 1).score();
        long top = 0;
        for (RankedFunction f : ranked) {
            if (all || f.score() >= last) {
                top |= bit(f.function());
            }
        }
        return top;
    }

    /** A function as a bit of a set of functions held in a long (there are nine). */
    private static long bit(InterventionFunction f) {
        return 1L << f.ordinal();
    }

    /** Whether {@code f} is among {@code functions} (bits by ordinal). */
    private static boolean in(long functions, InterventionFunction f) {
        return (functions & bit(f)) != 0;
    }

    /** The score of a ranked function, in tenths (each function is ranked once). */
    private static int scoreOf(List<RankedFunction> ranked, InterventionFunction f) {
        for (RankedFunction r : ranked) {
            if (r.function() == f) {
                return tenths(r.score());
            }
        }
        throw new IllegalArgumentException("not ranked: " + f);
    }

    /**
     * An instrument: seed findings counted once; the generic matching rules capped together, and the broad
     * findings (by attribute) weighed by their evidence and capped together. A finding that names the instrument
     * counts in full: it is what the seeds say about this case, and weighing it would let breadth win again.
     */
    Tally instrument(List<Ledger.Contribution> contributions) {
        int[] counted = weigh(contributions, countOnce(contributions, Scoring::generic), broadFinding);
        cap(contributions, counted, Scoring::generic, GENERIC_CAP * TENTHS);
        oncePerFamily(contributions, counted, broadFinding);
        cap(contributions, counted, broadFinding, BROAD_CAP * TENTHS);
        return new Tally(contributions, counted, sum(counted), 0);
    }

    /**
     * What an instrument's own contributions add up to before the fit table's points, in its three capped groups:
     * the counts (before the caps), the points outside any cap, the generic matching and the broad findings. Depends
     * on the contributions alone, so candidates that share one list (those only the candidate table said anything
     * of) share one part.
     */
    record Part(int[] counted, int other, int generic, int broad) {
    }

    /** The {@link Part} of {@code contributions}: the counts {@link #instrumentScore} adds up. */
    Part instrumentPart(List<Ledger.Contribution> contributions) {
        int[] counted = countOnce(contributions, Scoring::generic);
        int generic = 0;
        int other = 0;
        int broadSum = 0;
        int broadCounting = 0; // broad findings that count, generic or not
        // weighs and sums in one pass, asking once per contribution whether it is broad (this runs for every candidate)
        for (int i = 0; i < counted.length; i++) {
            if (counted[i] == 0) {
                continue; // no points, or counted once elsewhere: weighs nothing and adds nothing
            }
            Ledger.Contribution c = contributions.get(i);
            boolean byAttribute = broad(c);
            counted[i] = weighed(counted[i], byAttribute ? percent(c) : 100);
            if (byAttribute && counted[i] > 0) {
                broadCounting++;
            }
            if (generic(c)) {
                generic += counted[i];
            } else if (byAttribute) {
                broadSum += counted[i];
            } else {
                other += counted[i];
            }
        }
        if (broadCounting > 1) {
            broadSum = largestPerFamily(contributions, counted); // a lone one is its family's largest
        }
        return new Part(counted, other, generic, broadSum);
    }

    /**
     * The score {@link #instrument} gives, without deciding which contributions the caps cut: a capped group counts
     * the smaller of its sum and its cap, and broad findings their largest per rule file, whatever the order. Every
     * candidate is ranked by this; only those listed are tallied in full, for their explanations.
     *
     * @param part  {@link #instrumentPart} of the instrument's contributions
     * @param table the points of the fit table ({@link GenericFit.Scored}), which are not among the contributions:
     *              generic matching, capped with the generic rules' points
     */
    int instrumentScore(Part part, int table) {
        return part.other() + Math.min(table * TENTHS + part.generic(), GENERIC_CAP * TENTHS)
                + Math.min(part.broad(), BROAD_CAP * TENTHS);
    }

    /** Of the broad findings that are not generic matching, the largest count of each rule file (finding family). */
    private int largestPerFamily(List<Ledger.Contribution> contributions, int[] counted) {
        int sum = 0;
        for (int i = 0; i < counted.length; i++) {
            Ledger.Contribution c = contributions.get(i);
            if (!generic(c) && broad(c)) {
                sum += largestOfFamilyAt(contributions, counted, i);
            }
        }
        return sum;
    }

    /**
     * The largest positive count of the broad findings from the rule file (finding family) of contribution {@code i},
     * if {@code i} is the first of them with a positive count; else 0. Summed over all contributions, this counts
     * each family's largest once, without a map: an instrument has only a few broad findings.
     */
    private int largestOfFamilyAt(List<Ledger.Contribution> contributions, int[] counted, int i) {
        if (counted[i] <= 0) {
            return 0;
        }
        String file = contributions.get(i).firing().rule().file();
        int largest = counted[i];
        for (int j = 0; j < counted.length; j++) {
            if (j != i && counted[j] > 0 && broad(contributions.get(j))
                    && contributions.get(j).firing().rule().file().equals(file)) {
                if (j < i) {
                    return 0; // an earlier one of the family counts it
                }
                largest = Math.max(largest, counted[j]);
            }
        }
        return largest;
    }

    /** Of the contributions {@code which} selects, only the largest per rule file (finding family) counts. */
    private static void oncePerFamily(List<Ledger.Contribution> contributions, int[] counted,
                                      java.util.function.Predicate<Ledger.Contribution> which) {
        int[] order = byPoints(contributions, counted, which);
        int families = 0; // order[0 .. families): the first, and largest, of each family, whose files are taken
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            if (taken(contributions, order, families, i)) {
                counted[i] = 0;
            } else {
                order[families++] = i;
            }
        }
    }

    /** Whether one of {@code order[0 .. n)} comes from the rule file of contribution {@code i}. */
    private static boolean taken(List<Ledger.Contribution> contributions, int[] order, int n, int i) {
        String file = contributions.get(i).firing().rule().file();
        for (int k = 0; k < n; k++) {
            if (contributions.get(order[k]).firing().rule().file().equals(file)) {
                return true;
            }
        }
        return false;
    }

    /** Cuts the positive points of the contributions {@code which} selects to {@code cap} together, largest first. */
    private static void cap(List<Ledger.Contribution> contributions, int[] counted,
                            java.util.function.Predicate<Ledger.Contribution> which, int cap) {
        if (sum(contributions, counted, which) <= cap) {
            return; // under the cap: nothing to cut, no order needed
        }
        int budget = cap;
        for (int i : byPoints(contributions, counted, which)) {
            int take = Math.min(counted[i], budget);
            counted[i] = take;
            budget -= take;
        }
    }

    /** A route or phase: every finding counted once, otherwise as given. */
    Tally plain(List<Ledger.Contribution> contributions) {
        int[] counted = weigh(contributions, countOnce(contributions, c -> false));
        return new Tally(contributions, counted, sum(counted), 0);
    }

    /**
     * Whether a seed finding that names the instrument gave it points: not only the generic matching rules, and
     * not only broad findings that choose instruments by attribute. {@code counted} may be before the caps
     * ({@link Part#counted}): the caps cut only the generic matching and the broad findings, which this passes over.
     */
    boolean specific(List<Ledger.Contribution> contributions, int[] counted) {
        for (int i = 0; i < counted.length; i++) {
            Ledger.Contribution c = contributions.get(i);
            if (counted[i] > 0 && !generic(c) && !chosenByAttribute(c.firing())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an instrument with {@code score} fits well enough beside the best one: {@value #FIT_PERCENT}% of its
     * score when a finding names it, {@value #GENERIC_FIT_PERCENT}% when it fits only generically.
     */
    static boolean fits(int score, int best, boolean specific) { // both in tenths; the share does not depend on the unit
        int percent = specific ? FIT_PERCENT : GENERIC_FIT_PERCENT;
        return score > 0 && 100L * score >= (long) percent * best;
    }

    // --- the parts ---------------------------------------------------------------------------------------

    /** Whole points counted once, in tenths, each weighed by its finding's evidence ({@link #WEIGHT}). */
    private static int[] weigh(List<Ledger.Contribution> contributions, int[] counted) {
        return weigh(contributions, counted, c -> true);
    }

    /**
     * Whole points counted once, in tenths; those of the findings {@code which} selects weighed by their evidence
     * ({@link #WEIGHT}), the others in full.
     */
    private static int[] weigh(List<Ledger.Contribution> contributions, int[] counted,
                               java.util.function.Predicate<Ledger.Contribution> which) {
        for (int i = 0; i < counted.length; i++) {
            Ledger.Contribution c = contributions.get(i);
            boolean weighs = c.firing().rule().evidence() != null && which.test(c); // no lookup without evidence
            counted[i] = weighed(counted[i], weighs ? percent(c) : 100);
        }
        return counted;
    }

    /** The share (percent) of its points a finding counts by its evidence ({@link #WEIGHT}); all without evidence. */
    private static int percent(Ledger.Contribution c) {
        FindingEvidence evidence = c.firing().rule().evidence();
        return evidence == null ? 100 : WEIGHT_BY_ORDINAL[evidence.ordinal()];
    }

    /** A finding that chooses instruments by attribute (a phase, a route, an outcome), giving points. */
    private boolean broad(Ledger.Contribution c) {
        return c.points() > 0 && chosenByAttribute(c.firing());
    }

    /**
     * Whether the firing's rule is in {@link #broad}: read for a rule of the book, by name for any other; asked once
     * per firing (one firing's contributions reach many candidates).
     */
    private boolean chosenByAttribute(Ledger.Firing firing) {
        if (firing.broad == 0) {
            RuleInfo rule = firing.rule();
            Boolean known = broadRules.get(rule);
            firing.broad = (known != null ? known : broad.contains(rule.name())) ? Ledger.Firing.YES : Ledger.Firing.NO;
        }
        return firing.broad == Ledger.Firing.YES;
    }

    /** {@code points} times {@code percent}, in tenths, rounded half away from zero. */
    static int weighed(int points, int percent) {
        long hundredths = (long) points * TENTHS * percent;
        long tenths = (Math.abs(hundredths) + 50) / 100;
        return (int) (hundredths < 0 ? -tenths : tenths);
    }

    /** A score in tenths of a point as the result shows it. */
    static double points(int tenths) {
        return tenths / (double) TENTHS;
    }

    /** A score as the result shows it, back in tenths (exact: it was made by {@link #points}). */
    static int tenths(double points) {
        return (int) Math.round(points * TENTHS);
    }

    /**
     * Points as given, except that of the contributions one rule made to this target in the same direction only
     * the largest counts (among equals the first by rule name and facts); {@code exempt} rules count every firing.
     */
    private static int[] countOnce(List<Ledger.Contribution> contributions, java.util.function.Predicate<Ledger.Contribution> exempt) {
        int n = contributions.size();
        int[] counted = new int[n];
        for (int i = 0; i < n; i++) {
            counted[i] = contributions.get(i).points();
        }
        if (n > SMALL && !repeats(contributions, exempt)) {
            return counted; // many contributions and no rule twice: found in one pass, not over every pair
        }
        // Every pair of one rule's findings in one direction: the one that comes second in the fixed order (points,
        // then rule name and facts) counts 0. Only the first of each rule wins all its pairs, as sorting would find,
        // and facts are described only where one rule repeats with equal points (most targets: nowhere).
        for (int i = 1; i < n; i++) {
            Ledger.Contribution c = contributions.get(i);
            if (c.points() == 0) {
                continue;
            }
            for (int j = 0; j < i; j++) {
                Ledger.Contribution d = contributions.get(j);
                if (sameRuleAndDirection(c, d) && !exempt.test(c) && !exempt.test(d)) {
                    counted[before(d, c) ? i : j] = 0;
                }
            }
        }
        return counted;
    }

    /** Whether {@code c} (with points) and {@code d} come from rules of one name and move the target the same way. */
    private static boolean sameRuleAndDirection(Ledger.Contribution c, Ledger.Contribution d) {
        if (d.points() == 0 || (d.points() > 0) != (c.points() > 0)) {
            return false;
        }
        String a = c.firing().rule().name();
        String b = d.firing().rule().name();
        // one rule gives one name (the same text); the hashes, kept by each text, tell most others apart unread
        return a == b || (a.hashCode() == b.hashCode() && a.equals(b));
    }

    /**
     * Whether {@code d}, earlier in the ledger, comes before {@code c} in the order of counting once: more points
     * (either way) first, then by rule name and facts, then the earlier.
     */
    private static boolean before(Ledger.Contribution d, Ledger.Contribution c) {
        int byPoints = Integer.compare(-Math.abs(d.points()), -Math.abs(c.points()));
        if (byPoints != 0) {
            return byPoints < 0;
        }
        return byRuleAndFacts(d.firing(), c.firing()) <= 0;
    }

    /**
     * Whether a rule (not {@code exempt}) gave the same target points more than once in the same direction, for
     * more than {@link #SMALL} contributions: a set is made only at the second rule name in a direction.
     */
    private static boolean repeats(List<Ledger.Contribution> contributions,
                                   java.util.function.Predicate<Ledger.Contribution> exempt) {
        Seen up = new Seen();
        Seen down = new Seen();
        for (int i = 0, n = contributions.size(); i < n; i++) {
            Ledger.Contribution c = contributions.get(i);
            if (c.points() != 0 && !exempt.test(c) && (c.points() > 0 ? up : down).again(c.firing().rule().name())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Up to this many contributions, {@link #countOnce} compares them pairwise, which allocates nothing (it runs
     * for every candidate); beyond, it first looks for a repeat through sets.
     */
    private static final int SMALL = 12;

    /** The rule names seen in one direction; a set is made only at the second name (most targets have one). */
    private static final class Seen {
        private String first;
        private Set<String> more;

        /** Whether {@code name} was seen before; remembers it. */
        boolean again(String name) {
            if (first == null) {
                first = name;
                return false;
            }
            if (more == null) {
                more = new HashSet<>();
                more.add(first);
            }
            return !more.add(name);
        }
    }

    /**
     * Caps the positive points of the contributions {@code seed} selects: at most {@value #SEED_PER_FILE} per rule
     * file, {@value #SEED_TOTAL} together, and below {@code base} when the target is gated (base above 0).
     */
    private static void bound(List<Ledger.Contribution> contributions, int[] counted,
                              java.util.function.Predicate<Ledger.Contribution> seed, int base) {
        int total = base > 0 ? Math.min(SEED_TOTAL * TENTHS, base - TENTHS) : SEED_TOTAL * TENTHS;
        int positive = 0;
        for (int i = 0; i < counted.length; i++) {
            if (counted[i] > 0 && seed.test(contributions.get(i))) {
                positive += counted[i];
            }
        }
        if (positive <= Math.min(total, SEED_PER_FILE * TENTHS)) {
            return; // within every bound whatever the order: each counts as it is (most targets)
        }
        int[] order = byPoints(contributions, counted, seed);
        int took = 0; // order[0 .. took): the findings that took points, the only ones a file's budget needs
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            int fileLeft = SEED_PER_FILE * TENTHS - takenFromFile(contributions, counted, order, took, i);
            int take = Math.max(0, Math.min(counted[i], Math.min(fileLeft, total)));
            counted[i] = take;
            total -= take;
            if (take > 0) {
                order[took++] = i;
            }
        }
    }

    /** What {@code order[0 .. n)} took from the rule file of contribution {@code i}. */
    private static int takenFromFile(List<Ledger.Contribution> contributions, int[] counted, int[] order, int n,
                                     int i) {
        String file = contributions.get(i).firing().rule().file();
        int taken = 0;
        for (int k = 0; k < n; k++) {
            if (contributions.get(order[k]).firing().rule().file().equals(file)) {
                taken += counted[order[k]];
            }
        }
        return taken;
    }

    /**
     * Shares {@code points} out over {@code cells[0 .. n)} in proportion to what they carry (largest remainder
     * first).
     */
    private static void share(List<Ledger.Contribution> contributions, int[] counted, int[] cells, int n, int points) {
        long carried = 0;
        for (int k = 0; k < n; k++) {
            carried += counted[cells[k]];
        }
        if (carried == 0) {
            return;
        }
        int left = points;
        long[] remainder = new long[counted.length];
        for (int k = 0; k < n; k++) {
            int i = cells[k];
            long exact = (long) points * counted[i];
            remainder[i] = exact % carried;
            counted[i] = (int) (exact / carried);
            left -= counted[i];
        }
        int[] order = Arrays.copyOf(cells, n);
        sort(order, i -> -remainder[i], contributions);
        for (int k = 0; k < left; k++) {
            counted[order[k]]++;
        }
    }

    /** The contributions {@code which} selects with positive counted points, largest first, then by rule name and facts. */
    private static int[] byPoints(List<Ledger.Contribution> contributions, int[] counted,
                                  java.util.function.Predicate<Ledger.Contribution> which) {
        int n = 0;
        for (int i = 0; i < counted.length; i++) {
            if (counted[i] > 0 && which.test(contributions.get(i))) {
                n++;
            }
        }
        int[] order = new int[n];
        for (int i = 0, k = 0; k < n; i++) {
            if (counted[i] > 0 && which.test(contributions.get(i))) {
                order[k++] = i;
            }
        }
        sort(order, i -> -counted[i], contributions);
        return order;
    }

    /** What orders contributions (by their index) before their rule name and facts do: the smaller first. */
    @FunctionalInterface
    interface Rank {
        long of(int i);
    }

    /**
     * Sorts the contribution indices {@code order} by {@code rank}, then by rule name and facts ({@link
     * Ledger.Firing#key}, as {@link JoinedOrder} compares them), equals keeping their order: the order a stable
     * sort of boxed indices gives. A binary insertion sort, as a target has a few contributions, and comparing
     * their facts costs more than moving indices.
     */
    static void sort(int[] order, Rank rank, List<Ledger.Contribution> contributions) {
        for (int k = 1; k < order.length; k++) {
            int i = order[k];
            int low = 0;
            int high = k; // order[0 .. k) is sorted; i goes after every one not after it
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (after(order[middle], i, rank, contributions)) {
                    high = middle;
                } else {
                    low = middle + 1;
                }
            }
            System.arraycopy(order, low, order, low + 1, k - low);
            order[low] = i;
        }
    }

    /** Whether contribution {@code i} comes after {@code j}: a larger rank, or an equal one and later rule or facts. */
    private static boolean after(int i, int j, Rank rank, List<Ledger.Contribution> contributions) {
        long a = rank.of(i);
        long b = rank.of(j);
        if (a != b) {
            return a > b;
        }
        return byRuleAndFacts(contributions.get(i).firing(), contributions.get(j).firing()) > 0;
    }

    /**
     * The fixed order among equal points: rule name, then the facts the rule fired on, as the texts
     * {@code rule|fact|fact} compare ({@link JoinedOrder}, on each firing's {@link Ledger.Firing#key}). The firings
     * of one rule hold the same name (a sentence, often long): past it and its {@code |}, their facts decide, so
     * they are compared without reading the name.
     */
    private static int byRuleAndFacts(Ledger.Firing a, Ledger.Firing b) {
        List<String> x = a.key();
        List<String> y = b.key();
        if (x.get(0) != y.get(0) || x.size() == 1 || y.size() == 1) {
            return JoinedOrder.compare(x, y); // another rule (or the same text held twice), or no facts to go on
        }
        return JoinedOrder.compare(x.subList(1, x.size()), y.subList(1, y.size()));
    }

    private static int sum(int[] counted) {
        int sum = 0;
        for (int points : counted) {
            sum += points;
        }
        return sum;
    }

    private static int sum(List<Ledger.Contribution> contributions, int[] counted,
                           java.util.function.Predicate<Ledger.Contribution> which) {
        int sum = 0;
        for (int i = 0; i < counted.length; i++) {
            if (which.test(contributions.get(i))) {
                sum += counted[i];
            }
        }
        return sum;
    }

    /** A cell of the COM-B to function matrix (the diagnosis). */
    private static boolean comBCell(Ledger.Contribution c) {
        return Wheel.Matrix.COMB_FUNCTION.code.equals(c.firing().rule().matrix()) && c.effect() == Effect.FAVOUR;
    }

    /** For a cell of the function to category matrix, the needed function it passes on; else null. */
    private static InterventionFunction policyCell(Ledger.Contribution c) {
        RuleInfo rule = c.firing().rule();
        if (!Wheel.Matrix.FUNCTION_CATEGORY.code.equals(rule.matrix()) || c.effect() != Effect.FAVOUR) {
            return null;
        }
        for (Fact fact : c.firing().facts()) {
            if (fact instanceof FunctionNeed need) {
                return need.interventionFunction();
            }
        }
        return null;
    }

    /** One of the generic matching rules of instruments, giving points. */
    static boolean generic(Ledger.Contribution c) {
        return c.points() > 0 && genericRule(c.firing());
    }

    /** Whether the firing's rule is one of the generic matching rules (or a row of the fit table); asked once. */
    private static boolean genericRule(Ledger.Firing firing) {
        if (firing.generic == 0) {
            firing.generic = genericFile(firing.rule().file()) ? Ledger.Firing.YES : Ledger.Firing.NO;
        }
        return firing.generic == Ledger.Firing.YES;
    }

    /** Whether a rule file (or the fit table) holds the generic matching of instruments. */
    static boolean genericFile(String file) {
        return file.endsWith(GENERIC_FILE) || file.endsWith(FitTable.FILE);
    }
}
