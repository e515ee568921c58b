package nl.wielwijzer.internal.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import nl.wielwijzer.bcw.ComB;
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
import nl.wielwijzer.rules.Gap;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * {@link Scoring} counts without boxed indices, sets or maps, and ranks a candidate instrument in one pass where it
 * can (issue 12). On random contributions, with repeats, ties, identical facts, evidence, generic matching and broad
 * findings, every count must equal what the plain way (sorting boxed indices, sets of names, a map per file, as the
 * scoring was first written and is kept here) gives: the fixed orders decide the same contributions. Functions,
 * categories (a wheel, ranked functions with ties and cells that pass on a need) and instruments.
 */
class ScoringTest {

    private static final String SEED_A = "rules/seed-900-a.drl";
    private static final String SEED_B = "rules/seed-900-b.drl";
    private static final String GENERIC = "rules/" + Scoring.GENERIC_FILE;
    private static final String TABLE = "rules/" + FitTable.FILE;
    private static final Set<String> BROAD = Set.of("broad a", "broad b", "broad c", "broad fit");

    /** Rules of every kind the scoring tells apart; the last has the name of the first, in another file. */
    private static final List<RuleInfo> RULES = List.of(
            rule("seed a", SEED_A, null, FindingEvidence.SINGLE),
            rule("seed b", SEED_B, null, FindingEvidence.OPINION),
            rule("seed c", SEED_B, null, null),
            rule("broad a", SEED_A, null, FindingEvidence.OPINION),
            rule("broad b", SEED_A, null, FindingEvidence.MEASURED),
            rule("broad c", SEED_B, null, FindingEvidence.SINGLE),
            rule("broad fit", TABLE, null, FindingEvidence.SINGLE),
            rule("generic", GENERIC, null, null),
            rule("fit", TABLE, null, null),
            rule("cell a", "rules/bcw-matrix.drl", Wheel.Matrix.COMB_FUNCTION.code, null),
            rule("cell b", "rules/bcw-matrix.drl", Wheel.Matrix.COMB_FUNCTION.code, null),
            rule("seed a", SEED_B, null, FindingEvidence.SEVERAL));

    private static final List<RuleInfo> POLICY_CELLS = List.of(
            rule("policy a", "rules/bcw-policy.drl", Wheel.Matrix.FUNCTION_CATEGORY.code, null),
            rule("policy b", "rules/bcw-policy.drl", Wheel.Matrix.FUNCTION_CATEGORY.code, null));
    private static final List<PolicyCategory> CATEGORIES = List.of(PolicyCategory.GUIDELINES,
            PolicyCategory.SERVICE_PROVISION, PolicyCategory.LEGISLATION);

    private final Scoring scoring = new Scoring(noWheel(), BROAD);

    @Test
    void functionsCountAsThePlainWayCounts() {
        Random random = new Random(9);
        for (int n = 0; n < 5_000; n++) {
            List<Ledger.Contribution> contributions = contributions(random);
            int[] counted = weigh(countOnce(contributions, c -> false), c -> true, contributions);
            int base = 0;
            for (int i = 0; i < counted.length; i++) {
                base += comBCell(contributions.get(i)) ? counted[i] : 0;
            }
            bound(contributions, counted, c -> !comBCell(c), base);
            Scoring.Tally tally = scoring.function(contributions);
            assertArrayEquals(counted, tally.counted(), contributions::toString);
            assertEquals(base, tally.base());
            assertEquals(sum(counted), tally.score());
        }
    }

    /** With the rules of the book decided broad or not once, by the rule itself, and without: by name. */
    @Test
    void instrumentsCountAsThePlainWayCounts() {
        Random random = new Random(10);
        for (Scoring each : List.of(new Scoring(noWheel(), BROAD, RULES), scoring)) {
            for (int n = 0; n < 5_000; n++) {
                List<Ledger.Contribution> contributions = contributions(random);
                int table = random.nextInt(8);
                // one part serves every candidate of the list, whatever its fit table points
                Scoring.Part part = each.instrumentPart(contributions);
                assertArrayEquals(instrumentScoreCounts(contributions), part.counted(), contributions::toString);
                assertEquals(instrumentScore(contributions, table), each.instrumentScore(part, table), contributions::toString);
                int other = random.nextInt(8);
                assertEquals(instrumentScore(contributions, other), each.instrumentScore(part, other),
                        contributions::toString);
                assertEquals(specific(contributions, part.counted()), each.specific(contributions, part.counted()),
                        contributions::toString);
                assertArrayEquals(instrumentCounts(contributions), each.instrument(contributions).counted(),
                        contributions::toString);
            }
        }
    }

    @Test
    void categoriesCountAsThePlainWayCounts() {
        Scoring withWheel = new Scoring(wheel(), BROAD);
        Random random = new Random(12);
        for (int n = 0; n < 5_000; n++) {
            List<RankedFunction> ranked = ranked(random);
            List<Ledger.Contribution> contributions = contributions(random);
            for (int k = random.nextInt(8); k > 0; k--) {
                contributions.add(random.nextInt(contributions.size() + 1), policyCell(random));
            }
            PolicyCategory category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
            Scoring.Tally tally = withWheel.category(category, contributions, ranked);
            int[] counted = weigh(countOnce(contributions, c -> false), c -> true, contributions);
            int base = category(category, contributions, ranked, counted);
            assertArrayEquals(counted, tally.counted(), () -> category + " " + ranked + " " + contributions);
            assertEquals(base, tally.base());
        }
    }

    @Test
    void sortingIndicesAgreesWithSortingBoxedOnes() {
        Random random = new Random(11);
        for (int n = 0; n < 5_000; n++) {
            List<Ledger.Contribution> contributions = contributions(random);
            int[] rank = random.ints(contributions.size(), -2, 3).toArray();
            List<Integer> boxed = new ArrayList<>();
            for (int i = 0; i < contributions.size(); i++) {
                boxed.add(i);
            }
            boxed.sort(Comparator.comparingInt((Integer i) -> rank[i]).thenComparing(byRuleAndFacts(contributions)));
            int[] order = IntStream.range(0, contributions.size()).toArray();
            Scoring.sort(order, i -> rank[i], contributions);
            assertArrayEquals(boxed.stream().mapToInt(Integer::intValue).toArray(), order);
        }
    }

    // --- random contributions -------------------------------------------------------------------------

    /** Up to 30 contributions (past the size where counting once looks for repeats through sets), often ties. */
    private static List<Ledger.Contribution> contributions(Random random) {
        int size = random.nextInt(4) == 0 ? random.nextInt(31) : random.nextInt(7);
        List<Ledger.Contribution> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            RuleInfo rule = RULES.get(random.nextInt(RULES.size()));
            List<Fact> facts = new ArrayList<>();
            for (int f = random.nextInt(3); f > 0; f--) {
                facts.add(new Gap(ComB.values()[random.nextInt(2)], 1 + random.nextInt(2)));
            }
            int points = random.nextInt(7) - 2;
            Effect effect = points > 0 ? Effect.FAVOUR : points < 0 ? Effect.DISFAVOUR : Effect.CONSIDER;
            out.add(new Ledger.Contribution(new Ledger.Firing(rule, facts, Map.of(), new java.util.IdentityHashMap<>()), effect, points));
        }
        return out;
    }

    /** Up to six functions ranked by score, often tied, some at 0. */
    private static List<RankedFunction> ranked(Random random) {
        List<InterventionFunction> functions = new ArrayList<>(List.of(InterventionFunction.values()));
        java.util.Collections.shuffle(functions, random);
        List<RankedFunction> ranked = new ArrayList<>();
        for (InterventionFunction f : functions.subList(0, random.nextInt(7))) {
            ranked.add(new RankedFunction(f, 0, Scoring.points(10 * random.nextInt(4) + random.nextInt(2)), List.of(),
                    List.of()));
        }
        ranked.sort(Comparator.comparingDouble(RankedFunction::score).reversed());
        return ranked;
    }

    /** A cell of the function to category matrix passing on a need for one of the first five functions. */
    private static Ledger.Contribution policyCell(Random random) {
        RuleInfo rule = POLICY_CELLS.get(random.nextInt(POLICY_CELLS.size()));
        InterventionFunction f = InterventionFunction.values()[random.nextInt(5)];
        List<Fact> facts = List.of(new Gap(ComB.PHYSICAL_CAPABILITY, 1), new FunctionNeed(f, 3, 1));
        return new Ledger.Contribution(new Ledger.Firing(rule, facts, Map.of(), new java.util.IdentityHashMap<>()), Effect.FAVOUR, 1 + random.nextInt(2));
    }

    /** A wheel where guidelines deliver five functions and service provision two; legislation is not in it. */
    private static Wheel wheel() {
        List<Wheel.Cell> cells = new ArrayList<>();
        for (InterventionFunction f : List.of(InterventionFunction.values()).subList(0, 5)) {
            cells.add(cell(f, PolicyCategory.GUIDELINES));
        }
        cells.add(cell(InterventionFunction.EDUCATION, PolicyCategory.SERVICE_PROVISION));
        cells.add(cell(InterventionFunction.TRAINING, PolicyCategory.SERVICE_PROVISION));
        Wheel wheel = mock(Wheel.class);
        when(wheel.cells()).thenReturn(cells);
        return wheel;
    }

    private static Wheel.Cell cell(InterventionFunction from, PolicyCategory to) {
        return new Wheel.Cell(Wheel.Matrix.FUNCTION_CATEGORY, from.code(), to.code(), Wheel.Edition.Y2011, "bcw.yaml",
                1, 1);
    }

    private static RuleInfo rule(String name, String file, String matrix, FindingEvidence evidence) {
        return new RuleInfo(name, file, 1, "Uitleg.", "Explanation.", List.of(), List.of(), "+1", matrix, null,
                List.of(), null, evidence);
    }

    private static Wheel noWheel() {
        Wheel wheel = mock(Wheel.class);
        when(wheel.cells()).thenReturn(List.of());
        return wheel;
    }

    // --- the plain way ------------------------------------------------------------------------------------

    private static int[] countOnce(List<Ledger.Contribution> contributions, Predicate<Ledger.Contribution> exempt) {
        int[] counted = contributions.stream().mapToInt(Ledger.Contribution::points).toArray();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < counted.length; i++) {
            if (counted[i] != 0 && !exempt.test(contributions.get(i))) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingInt((Integer i) -> -Math.abs(contributions.get(i).points()))
                .thenComparing(byRuleAndFacts(contributions)));
        Set<String> keptUp = new HashSet<>();
        Set<String> keptDown = new HashSet<>();
        for (int i : order) {
            Ledger.Contribution c = contributions.get(i);
            if (!(c.points() > 0 ? keptUp : keptDown).add(c.firing().rule().name())) {
                counted[i] = 0;
            }
        }
        return counted;
    }

    private static int[] weigh(int[] counted, Predicate<Ledger.Contribution> which,
                               List<Ledger.Contribution> contributions) {
        for (int i = 0; i < counted.length; i++) {
            Ledger.Contribution c = contributions.get(i);
            FindingEvidence evidence = c.firing().rule().evidence();
            int percent = evidence == null || !which.test(c) ? 100 : Scoring.WEIGHT.get(evidence);
            counted[i] = Scoring.weighed(counted[i], percent);
        }
        return counted;
    }

    private static void bound(List<Ledger.Contribution> contributions, int[] counted,
                              Predicate<Ledger.Contribution> seed, int base) {
        int total = base > 0 ? Math.min(Scoring.SEED_TOTAL * Scoring.TENTHS, base - Scoring.TENTHS)
                : Scoring.SEED_TOTAL * Scoring.TENTHS;
        Map<String, Integer> perFile = new HashMap<>();
        for (int i : byPoints(contributions, counted, seed)) {
            String file = contributions.get(i).firing().rule().file();
            int fileLeft = Scoring.SEED_PER_FILE * Scoring.TENTHS - perFile.getOrDefault(file, 0);
            int take = Math.max(0, Math.min(counted[i], Math.min(fileLeft, total)));
            counted[i] = take;
            total -= take;
            perFile.merge(file, take, Integer::sum);
        }
    }

    /** The category stage as first written, on counts already counted once and weighed; returns the base. */
    private static int category(PolicyCategory category, List<Ledger.Contribution> contributions,
                                List<RankedFunction> ranked, int[] counted) {
        List<RankedFunction> needed = ranked;
        if (ranked.size() > Scoring.TOP_FUNCTIONS) {
            double last = ranked.get(Scoring.TOP_FUNCTIONS - 1).score();
            needed = ranked.stream().filter(f -> f.score() >= last).toList();
        }
        Map<InterventionFunction, Integer> scores = new EnumMap<>(InterventionFunction.class);
        long total = 0;
        long best = 0;
        for (RankedFunction f : needed) {
            int score = Scoring.tenths(f.score());
            scores.put(f.function(), score);
            total += score;
            best = Math.max(best, score);
        }
        List<Integer> cells = new ArrayList<>();
        Set<InterventionFunction> reached = EnumSet.noneOf(InterventionFunction.class);
        long delivered = 0;
        for (int i = 0; i < contributions.size(); i++) {
            InterventionFunction f = policyCell(contributions.get(i));
            if (f != null && counted[i] > 0 && scores.containsKey(f) && reached.add(f)) {
                counted[i] = scores.get(f);
                cells.add(i);
                delivered += counted[i];
            } else if (f != null) {
                counted[i] = 0;
            }
        }
        int all = category == PolicyCategory.GUIDELINES ? 5 : category == PolicyCategory.SERVICE_PROVISION ? 2 : 0;
        int breadth = Math.max(all, reached.size());
        int base = 0;
        if (delivered > 0 && total > 0) {
            long denominator = total + breadth * best;
            long doubled = 2L * Scoring.CATEGORY_SCALE * 2 * delivered;
            base = Scoring.TENTHS * (int) ((doubled + denominator) / (2 * denominator));
        }
        share(contributions, counted, cells, base / Scoring.TENTHS);
        cells.forEach(i -> counted[i] *= Scoring.TENTHS);
        bound(contributions, counted, c -> policyCell(c) == null, base);
        return base;
    }

    private static void share(List<Ledger.Contribution> contributions, int[] counted, List<Integer> cells, int points) {
        long carried = 0;
        for (int i : cells) {
            carried += counted[i];
        }
        if (carried == 0) {
            return;
        }
        int left = points;
        long[] remainder = new long[counted.length];
        for (int i : cells) {
            long exact = (long) points * counted[i];
            remainder[i] = exact % carried;
            counted[i] = (int) (exact / carried);
            left -= counted[i];
        }
        List<Integer> order = new ArrayList<>(cells);
        order.sort(Comparator.comparingLong((Integer i) -> -remainder[i]).thenComparing(byRuleAndFacts(contributions)));
        for (int k = 0; k < left; k++) {
            counted[order.get(k)]++;
        }
    }

    private static InterventionFunction policyCell(Ledger.Contribution c) {
        if (!Wheel.Matrix.FUNCTION_CATEGORY.code.equals(c.firing().rule().matrix()) || c.effect() != Effect.FAVOUR) {
            return null;
        }
        for (Fact fact : c.firing().facts()) {
            if (fact instanceof FunctionNeed need) {
                return need.interventionFunction();
            }
        }
        return null;
    }

    private static boolean generic(Ledger.Contribution c) {
        return Scoring.generic(c);
    }

    private static boolean broad(Ledger.Contribution c) {
        return c.points() > 0 && BROAD.contains(c.firing().rule().name());
    }

    private static int[] instrumentScoreCounts(List<Ledger.Contribution> contributions) {
        return weigh(countOnce(contributions, ScoringTest::generic), ScoringTest::broad, contributions);
    }

    private static int instrumentScore(List<Ledger.Contribution> contributions, int table) {
        int[] counted = instrumentScoreCounts(contributions);
        int generic = table * Scoring.TENTHS;
        int other = 0;
        int broadSum = 0;
        for (int i = 0; i < counted.length; i++) {
            Ledger.Contribution c = contributions.get(i);
            if (generic(c)) {
                generic += counted[i];
            } else if (broad(c)) {
                broadSum += largestOfFamilyAt(contributions, counted, i);
            } else {
                other += counted[i];
            }
        }
        return other + Math.min(generic, Scoring.GENERIC_CAP * Scoring.TENTHS)
                + Math.min(broadSum, Scoring.BROAD_CAP * Scoring.TENTHS);
    }

    private static boolean specific(List<Ledger.Contribution> contributions, int[] counted) {
        for (int i = 0; i < counted.length; i++) {
            Ledger.Contribution c = contributions.get(i);
            if (counted[i] > 0 && !generic(c) && !BROAD.contains(c.firing().rule().name())) {
                return true;
            }
        }
        return false;
    }

    private static int largestOfFamilyAt(List<Ledger.Contribution> contributions, int[] counted, int i) {
        if (counted[i] <= 0) {
            return 0;
        }
        String file = contributions.get(i).firing().rule().file();
        int largest = counted[i];
        for (int j = 0; j < counted.length; j++) {
            if (j != i && counted[j] > 0 && broad(contributions.get(j))
                    && contributions.get(j).firing().rule().file().equals(file)) {
                if (j < i) {
                    return 0;
                }
                largest = Math.max(largest, counted[j]);
            }
        }
        return largest;
    }

    private static int[] instrumentCounts(List<Ledger.Contribution> contributions) {
        int[] counted = instrumentScoreCounts(contributions);
        cap(contributions, counted, ScoringTest::generic, Scoring.GENERIC_CAP * Scoring.TENTHS);
        Set<String> families = new HashSet<>();
        for (int i : byPoints(contributions, counted, ScoringTest::broad)) {
            if (!families.add(contributions.get(i).firing().rule().file())) {
                counted[i] = 0;
            }
        }
        cap(contributions, counted, ScoringTest::broad, Scoring.BROAD_CAP * Scoring.TENTHS);
        return counted;
    }

    private static void cap(List<Ledger.Contribution> contributions, int[] counted,
                            Predicate<Ledger.Contribution> which, int cap) {
        int sum = 0;
        for (int i = 0; i < counted.length; i++) {
            sum += which.test(contributions.get(i)) ? counted[i] : 0;
        }
        if (sum <= cap) {
            return;
        }
        int budget = cap;
        for (int i : byPoints(contributions, counted, which)) {
            int take = Math.min(counted[i], budget);
            counted[i] = take;
            budget -= take;
        }
    }

    private static List<Integer> byPoints(List<Ledger.Contribution> contributions, int[] counted,
                                          Predicate<Ledger.Contribution> which) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < contributions.size(); i++) {
            if (counted[i] > 0 && which.test(contributions.get(i))) {
                out.add(i);
            }
        }
        out.sort(Comparator.comparingInt((Integer i) -> -counted[i]).thenComparing(byRuleAndFacts(contributions)));
        return out;
    }

    private static Comparator<Integer> byRuleAndFacts(List<Ledger.Contribution> contributions) {
        return (i, j) -> JoinedOrder.compare(contributions.get(i).firing().key(), contributions.get(j).firing().key());
    }

    private static boolean comBCell(Ledger.Contribution c) {
        return Wheel.Matrix.COMB_FUNCTION.code.equals(c.firing().rule().matrix()) && c.effect() == Effect.FAVOUR;
    }

    private static int sum(int[] counted) {
        int sum = 0;
        for (int points : counted) {
            sum += points;
        }
        return sum;
    }
}
