package nl.wielwijzer.internal.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.wielwijzer.bcw.ComB;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.catalog.Instrument;
import nl.wielwijzer.internal.knowledge.FitTable;
import nl.wielwijzer.profile.Sector;
import nl.wielwijzer.result.Effect;
import nl.wielwijzer.rules.Candidate;
import nl.wielwijzer.rules.Case;
import nl.wielwijzer.rules.Diagnosis;
import nl.wielwijzer.rules.FunctionNeed;
import nl.wielwijzer.rules.Gap;

/**
 * Makes the candidates of one call and scores them by the fit table ({@link FitTable}). Candidates: every instrument
 * of the profile's sector that a row of {@code candidates} includes, recorded in the ledger as that row's firing on
 * the profile's case (and diagnosis), exactly as a rule with those patterns would have fired, and inserted into the
 * session for the rules that match {@code Candidate}. Fit: for every candidate, every needed function
 * it delivers and every gap it targets, the row's points, recorded in the ledger as the row's firing on the need or
 * gap, with the candidate as its subject, as a rule with those two patterns would have fired (explanations never
 * list the candidate). Runs after the instrument
 * rules, once the candidates are known; no rule reads these points, so the order changes nothing. Stateless.
 */
final class GenericFit {

    private final List<FitTable.Candidacy> candidacies;
    private final List<FitTable.Row> rows;
    /**
     * For each row of {@code candidates} (by position) and sector, the instruments it makes candidates, in
     * catalogue order: which ones depends on the instrument alone, so it is worked out once per knowledge set.
     */
    private final List<Map<Sector, Included>> included;

    /**
     * The instruments one row of {@code candidates} makes candidates in one sector: in catalogue order, their numbers
     * ({@link InstrumentBits}) in the same order, and by number whether it includes an instrument.
     */
    record Included(List<Instrument> instruments, int[] numbers, boolean[] members) {
    }

    /** What the fit table asks of each instrument: the functions it states and delivers, the components it targets. */
    private final InstrumentBits bits;

    /** The fit table over the catalogue {@code bits} numbers. */
    GenericFit(FitTable table, InstrumentBits bits) {
        this.bits = bits;
        this.candidacies = table.candidates();
        this.rows = table.rows();
        List<Map<Sector, Included>> byRow = new ArrayList<>(candidacies.size());
        for (FitTable.Candidacy row : candidacies) {
            Map<Sector, Included> bySector = new EnumMap<>(Sector.class);
            for (Sector sector : Sector.values()) {
                List<Instrument> in = new ArrayList<>();
                int[] numbers = new int[bits.size()];
                boolean[] members = new boolean[bits.size()];
                for (int number = 0; number < bits.size(); number++) {
                    Instrument instrument = bits.instrument(number);
                    if (instrument.sectors().contains(sector) && row.includes(instrument)) {
                        numbers[in.size()] = number;
                        in.add(instrument);
                        members[number] = true;
                    }
                }
                bySector.put(sector, new Included(List.copyOf(in), Arrays.copyOf(numbers, in.size()), members));
            }
            byRow.add(bySector);
        }
        this.included = List.copyOf(byRow);
    }

    /**
     * Makes the candidates for {@code cases} (each of its own sector), before the instrument rules run: records them
     * in the ledger ({@link Candidates}) and, when the rules can match them as facts, hands each once to
     * {@code insert} (null: none go into the session).
     */
    void consider(Ledger ledger, List<Case> cases, Consumer<Candidate> insert) {
        List<Candidates.Row> made = new ArrayList<>(2);
        for (int r = 0; r < candidacies.size(); r++) {
            FitTable.Candidacy row = candidacies.get(r);
            String code = row.whenDiagnosis();
            List<Ledger.Firing> premises = code == null ? null : ledger.diagnoses.get(code);
            if (code != null && premises == null) {
                continue; // the profile does not have the diagnosis the row asks for
            }
            for (Case c : cases) {
                if (c.subject() != row.subject()) {
                    continue;
                }
                Ledger.Firing firing = code == null
                        ? new Ledger.Firing(row.rule(), List.of(c), Map.of(), ledger.descriptions)
                        : new Ledger.Firing(row.rule(), List.of(new Diagnosis(code), c), Map.of(code, premises),
                                ledger.descriptions);
                made.add(new Candidates.Row(included.get(r).get(c.sector()), said(firing, row)));
            }
        }
        Candidates candidates = made.isEmpty() ? Candidates.NONE : new Candidates(List.copyOf(made), bits);
        ledger.considered(candidates, insert);
    }

    /** What one row's firing says of each instrument it makes a candidate: consider it, and maybe disfavour it. */
    private static List<Ledger.Contribution> said(Ledger.Firing firing, FitTable.Candidacy row) {
        Ledger.Contribution consider = new Ledger.Contribution(firing, Effect.CONSIDER, 0);
        return row.disfavour() > 0
                ? List.of(consider, new Ledger.Contribution(firing, Effect.DISFAVOUR, -row.disfavour()))
                : List.of(consider);
    }

    /**
     * The fit of this call's candidates on {@code needs} and {@code gaps}. Only the points are worked out for every
     * candidate; the contributions behind them are made for the instruments whose explanation is asked for.
     */
    Scored score(Ledger ledger, List<FunctionNeed> needs, List<Gap> gaps) {
        return new Scored(needs, gaps, ledger.descriptions);
    }

    /**
     * The generic fit of one call. Ranking needs only each candidate's points (all positive, counted together under
     * one cap); the contributions, one per row and need or gap an instrument matches, are what explains them, and
     * most candidates are never explained. Both read what an instrument matches from its {@link InstrumentBits}, so the
     * points always equal the sum of the contributions (ranking checks it for every listed instrument). Per call;
     * one thread.
     */
    final class Scored {
        private final List<FunctionNeed> needs;
        private final List<Gap> gaps;
        /** The call's descriptions of its facts (the ledger's). */
        private final Map<nl.wielwijzer.rules.Fact, String> descriptions;
        /** One firing per row and need or gap, made the first time an explanation needs it and then shared. */
        private final Ledger.Firing[][] firings;

        /**
         * For each function (by ordinal), the points the rows for stated functions give when it is needed: the
         * contributions' points, summed per function (and below per component) once for the call.
         */
        private final int[] forStated = new int[InterventionFunction.values().length];
        /** The same for the rows for functions judged only. */
        private final int[] forJudged = new int[InterventionFunction.values().length];
        /** For each COM-B component, the points of the gap rows when it has a gap. */
        private final int[] forTargeted = new int[ComB.values().length];

        private Scored(List<FunctionNeed> needs, List<Gap> gaps, Map<nl.wielwijzer.rules.Fact, String> descriptions) {
            this.needs = needs;
            this.gaps = gaps;
            this.descriptions = descriptions;
            this.firings = new Ledger.Firing[rows.size()][];
            for (FitTable.Row row : rows) {
                switch (row.when()) {
                    case NEEDED_FUNCTION_STATED, NEEDED_FUNCTION_JUDGED -> {
                        int[] to = row.when() == FitTable.When.NEEDED_FUNCTION_STATED ? forStated : forJudged;
                        for (FunctionNeed need : needs) {
                            to[need.interventionFunction().ordinal()] += row.forRank(need.rank());
                        }
                    }
                    case GAP_TARGETED -> {
                        for (Gap gap : gaps) {
                            if (gap.severity() >= 1) {
                                forTargeted[gap.component().ordinal()] += row.forSeverity(gap.severity());
                            }
                        }
                    }
                }
            }
        }

        /**
         * The points the table gives {@code instrument}, before the cap: the sum of {@link #contributions}' points,
         * from the instrument's bits and the call's points per function and component.
         */
        int points(InstrumentBits.Bits m) {
            return sum(m.stated(), forStated) + sum(m.judged(), forJudged) + sum(m.targets(), forTargeted);
        }

        private static int sum(int bits, int[] points) {
            int sum = 0;
            for (int b = bits; b != 0; b &= b - 1) {
                sum += points[Integer.numberOfTrailingZeros(b)];
            }
            return sum;
        }

        /**
         * The contributions behind {@link #points}, in the order the table lists its rows and the profile its
         * needs and gaps: the candidate is their subject (never one of the facts an explanation lists).
         */
        List<Ledger.Contribution> contributions(Instrument instrument) {
            InstrumentBits.Bits m = bits.of(instrument);
            List<Ledger.Contribution> out = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                FitTable.Row row = rows.get(r);
                switch (row.when()) {
                    case NEEDED_FUNCTION_STATED, NEEDED_FUNCTION_JUDGED -> {
                        int functions = row.when() == FitTable.When.NEEDED_FUNCTION_STATED ? m.stated() : m.judged();
                        for (int n = 0; n < needs.size(); n++) {
                            FunctionNeed need = needs.get(n);
                            if ((functions & 1 << need.interventionFunction().ordinal()) != 0) {
                                out.add(contribution(r, n, needs.size(), need, row.forRank(need.rank())));
                            }
                        }
                    }
                    case GAP_TARGETED -> {
                        for (int g = 0; g < gaps.size(); g++) {
                            Gap gap = gaps.get(g);
                            if (gap.severity() >= 1 && (m.targets() & 1 << gap.component().ordinal()) != 0) {
                                out.add(contribution(r, g, gaps.size(), gap, row.forSeverity(gap.severity())));
                            }
                        }
                    }
                }
            }
            return out;
        }

        private Ledger.Contribution contribution(int r, int i, int size, nl.wielwijzer.rules.Fact on, int points) {
            return new Ledger.Contribution(firing(r, i, size, on), Effect.FAVOUR, points);
        }

        /** The firing of row {@code r} on its {@code i}th need or gap ({@code on}). */
        private Ledger.Firing firing(int r, int i, int size, nl.wielwijzer.rules.Fact on) {
            Ledger.Firing[] ofRow = firings[r];
            if (ofRow == null) {
                ofRow = new Ledger.Firing[size];
                firings[r] = ofRow;
            }
            Ledger.Firing firing = ofRow[i];
            if (firing == null) {
                firing = new Ledger.Firing(rows.get(r).rule(), List.of(on), Map.of(), descriptions);
                ofRow[i] = firing;
            }
            return firing;
        }
    }
}
