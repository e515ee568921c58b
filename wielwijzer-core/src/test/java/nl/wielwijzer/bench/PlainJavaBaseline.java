package nl.wielwijzer.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.bcw.ComB;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.bcw.PolicyCategory;
import nl.wielwijzer.catalog.Instrument;
import nl.wielwijzer.internal.knowledge.Knowledge;
import nl.wielwijzer.internal.knowledge.Wheel;
import nl.wielwijzer.profile.EmployeeContext;
import nl.wielwijzer.profile.Profile;
import nl.wielwijzer.profile.Subject;

/**
 * A hand-coded, plain-Java evaluation of the same kind of work a call does, for the benchmarks' ratio: COM-B
 * gaps through the wheel's two matrices (the bundled tables), functions and categories ranked, every catalogue
 * instrument matched to the subject and sector, scored by the needed functions it delivers (stated and judged)
 * and the gaps it targets, ruled out by age, work ability and placement phase, and the top 10 kept, each entry
 * with the references (rule number, points) that explain it. It does not encode the ~350 seed-finding rules,
 * so it is a lower bound on the work, not the same result: docs/benchmarks.md says so next to the ratio.
 */
public final class PlainJavaBaseline {

    /** One reason for a score: which hand-coded rule, and how many points. */
    public record Why(int rule, int points) {
    }

    public record Ranked<K>(K key, int rank, int score, List<Why> why) {
    }

    public record Result(List<Ranked<InterventionFunction>> functions, List<Ranked<PolicyCategory>> categories,
                         List<Ranked<Instrument>> instruments) {
    }

    private final ComB[] components = ComB.values();
    private final InterventionFunction[] functions = InterventionFunction.values();
    private final PolicyCategory[] categories = PolicyCategory.values();
    /** comBToFunctions[c][f] and functionsToCategories[f][k]: whether the wheel links them. */
    private final boolean[][] comBToFunctions;
    private final boolean[][] functionsToCategories;
    private final List<Instrument> instruments;
    private final int max;

    public PlainJavaBaseline(Knowledge knowledge, int maxInstruments) {
        this.max = maxInstruments;
        this.instruments = knowledge.catalog().instruments();
        comBToFunctions = new boolean[components.length][functions.length];
        functionsToCategories = new boolean[functions.length][categories.length];
        for (Wheel.Cell cell : knowledge.wheel().cells()) {
            if (cell.matrix().code.equals("comB-function")) {
                comBToFunctions[Coded.parse(ComB.class, cell.from()).orElseThrow().ordinal()]
                        [Coded.parse(InterventionFunction.class, cell.to()).orElseThrow().ordinal()] = true;
            } else {
                functionsToCategories[Coded.parse(InterventionFunction.class, cell.from()).orElseThrow().ordinal()]
                        [Coded.parse(PolicyCategory.class, cell.to()).orElseThrow().ordinal()] = true;
            }
        }
    }

    public Result evaluate(Profile profile) {
        int[] gap = new int[components.length];
        for (Map.Entry<ComB, Integer> e : profile.comB().entrySet()) {
            gap[e.getKey().ordinal()] = e.getValue();
        }
        // functions: every gap through the COM-B matrix
        int[] fScore = new int[functions.length];
        List<List<Why>> fWhy = whys(functions.length);
        for (int c = 0; c < components.length; c++) {
            if (gap[c] < 1) {
                continue;
            }
            for (int f = 0; f < functions.length; f++) {
                if (comBToFunctions[c][f]) {
                    fScore[f] += gap[c];
                    fWhy.get(f).add(new Why(c * 16 + f, gap[c]));
                }
            }
        }
        List<Ranked<InterventionFunction>> rankedFunctions = rank(functions, fScore, fWhy);
        int[] fRank = new int[functions.length];
        for (Ranked<InterventionFunction> r : rankedFunctions) {
            fRank[r.key().ordinal()] = r.rank();
        }
        // categories: every needed function through the policy matrix
        int[] kScore = new int[categories.length];
        List<List<Why>> kWhy = whys(categories.length);
        for (Ranked<InterventionFunction> r : rankedFunctions) {
            for (int k = 0; k < categories.length; k++) {
                if (functionsToCategories[r.key().ordinal()][k]) {
                    kScore[k] += r.score();
                    kWhy.get(k).add(new Why(1000 + r.key().ordinal() * 16 + k, r.score()));
                }
            }
        }
        List<Ranked<PolicyCategory>> rankedCategories = rank(categories, kScore, kWhy);
        // instruments: candidates by subject and sector, scored by needed functions and targeted gaps
        boolean employee = profile.subject() == Subject.EMPLOYEE;
        EmployeeContext person = profile.employee();
        List<Ranked<Instrument>> scored = new ArrayList<>();
        for (Instrument i : instruments) {
            if (!i.fits(profile.sector()) || i.isForTargetGroupOnly()) {
                continue;
            }
            boolean candidate = employee ? i.isForEmployees() : (i.isForEmployers() || i.isForEmployees());
            if (!candidate) {
                continue;
            }
            List<Why> why = new ArrayList<>(8);
            int score = 0;
            if (!employee && !i.isForEmployers()) {
                score -= 1;
                why.add(new Why(2002, -1));
            }
            for (Ranked<InterventionFunction> f : rankedFunctions) {
                if (i.states(f.key())) {
                    int p = Math.max(1, 6 - f.rank());
                    score += p;
                    why.add(new Why(2010 + f.key().ordinal(), p));
                } else if (i.delivers(f.key())) {
                    int p = Math.max(1, 4 - f.rank());
                    score += p;
                    why.add(new Why(2020 + f.key().ordinal(), p));
                }
            }
            for (ComB c : components) {
                if (gap[c.ordinal()] >= 1 && i.targets(c)) {
                    score += gap[c.ordinal()];
                    why.add(new Why(2030 + c.ordinal(), gap[c.ordinal()]));
                }
            }
            boolean out = person.age() != null && i.hasAgeRange() && !i.fitsAge(person.age())
                    || person.workAbility() != null && i.hasWorkAbilityLimit() && !i.fitsWorkAbility(person.workAbility())
                    || person.placementPhase() != null && i.hasPlacementPhases() && !i.fitsPlacement(person.placementPhase())
                    || profile.organisation().offered().contains(i.id());
            if (!out && score > 0) {
                scored.add(new Ranked<>(i, 0, score, why));
            }
        }
        scored.sort(Comparator.comparingInt((Ranked<Instrument> r) -> -r.score())
                .thenComparing(r -> r.key().evidence().ordinal()).thenComparing(r -> r.key().id()));
        List<Ranked<Instrument>> top = new ArrayList<>(max);
        for (int n = 0; n < Math.min(max, scored.size()); n++) {
            Ranked<Instrument> r = scored.get(n);
            top.add(new Ranked<>(r.key(), n + 1, r.score(), r.why()));
        }
        return new Result(rankedFunctions, rankedCategories, top);
    }

    private static List<List<Why>> whys(int n) {
        List<List<Why>> lists = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lists.add(new ArrayList<>(4));
        }
        return lists;
    }

    private static <K extends Enum<K>> List<Ranked<K>> rank(K[] keys, int[] score, List<List<Why>> why) {
        Integer[] order = new Integer[keys.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> -score[i]).thenComparingInt(i -> i));
        List<Ranked<K>> ranked = new ArrayList<>();
        for (Integer i : order) {
            if (score[i] > 0) {
                ranked.add(new Ranked<>(keys[i], ranked.size() + 1, score[i], why.get(i)));
            }
        }
        return ranked;
    }
}
