package nl.wielwijzer.internal.engine;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.catalog.Instrument;
import nl.wielwijzer.internal.knowledge.FitTable;
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

    GenericFit(FitTable table) {
        this.candidacies = table.candidates();
        this.rows = table.rows();
    }

    /** Makes candidates of {@code instruments} for {@code cases}, before the instrument rules run. */
    void consider(Ledger ledger, List<Case> cases, List<Instrument> instruments, Consumer<Candidate> insert) {
        for (FitTable.Candidacy row : candidacies) {
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
                        ? new Ledger.Firing(row.rule(), List.of(c), Map.of())
                        : new Ledger.Firing(row.rule(), List.of(new Diagnosis(code), c), Map.of(code, premises));
                for (Instrument instrument : instruments) {
                    if (instrument.sectors().contains(c.sector()) && row.includes(instrument)) {
                        consider(ledger, firing, instrument, row.disfavour(), insert);
                    }
                }
            }
        }
    }

    private static void consider(Ledger ledger, Ledger.Firing firing, Instrument instrument, int disfavour,
                                 Consumer<Candidate> insert) {
        ledger.consider(instrument, firing, insert);
        if (disfavour > 0) {
            ledger.instruments.put(instrument.id(), new Ledger.Contribution(firing, Effect.DISFAVOUR, -disfavour));
        }
    }

    void score(Ledger ledger, List<FunctionNeed> needs, List<Gap> gaps) {
        if (rows.isEmpty()) {
            return;
        }
        // One firing per row and need or gap, shared by every candidate it scores: the candidate is the subject of
        // the contribution (its key in the ledger), never one of the facts an explanation lists.
        Ledger.Firing[][] firings = new Ledger.Firing[rows.size()][];
        for (Candidate candidate : ledger.candidates.values()) {
            Instrument instrument = candidate.instrument();
            for (int r = 0; r < rows.size(); r++) {
                FitTable.Row row = rows.get(r);
                switch (row.when()) {
                    case NEEDED_FUNCTION_STATED, NEEDED_FUNCTION_JUDGED -> {
                        for (int n = 0; n < needs.size(); n++) {
                            FunctionNeed need = needs.get(n);
                            if (matches(row.when(), instrument, need.interventionFunction())) {
                                add(ledger, firing(firings, r, n, needs.size(), row, need), instrument,
                                        row.forRank(need.rank()));
                            }
                        }
                    }
                    case GAP_TARGETED -> {
                        for (int g = 0; g < gaps.size(); g++) {
                            Gap gap = gaps.get(g);
                            if (gap.severity() >= 1 && instrument.targets(gap.component())) {
                                add(ledger, firing(firings, r, g, gaps.size(), row, gap), instrument,
                                        row.forSeverity(gap.severity()));
                            }
                        }
                    }
                }
            }
        }
    }

    /** The firing of row {@code r} on its {@code i}th need or gap ({@code on}), made the first time it is asked for. */
    private static Ledger.Firing firing(Ledger.Firing[][] firings, int r, int i, int size, FitTable.Row row,
                                        nl.wielwijzer.rules.Fact on) {
        Ledger.Firing[] ofRow = firings[r];
        if (ofRow == null) {
            ofRow = new Ledger.Firing[size];
            firings[r] = ofRow;
        }
        Ledger.Firing firing = ofRow[i];
        if (firing == null) {
            firing = new Ledger.Firing(row.rule(), List.of(on), Map.of());
            ofRow[i] = firing;
        }
        return firing;
    }

    private static boolean matches(FitTable.When when, Instrument instrument, InterventionFunction function) {
        return when == FitTable.When.NEEDED_FUNCTION_STATED
                ? instrument.states(function)
                : instrument.delivers(function) && !instrument.states(function);
    }

    private static void add(Ledger ledger, Ledger.Firing firing, Instrument instrument, int points) {
        ledger.instruments.put(instrument.id(), new Ledger.Contribution(firing, Effect.FAVOUR, points));
    }
}
