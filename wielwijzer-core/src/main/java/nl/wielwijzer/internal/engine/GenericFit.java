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
 * gap and the candidate, exactly as a rule with those two patterns would have fired. Runs after the instrument
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
        for (Candidate candidate : ledger.candidates.values()) {
            Instrument instrument = candidate.instrument();
            for (FitTable.Row row : rows) {
                switch (row.when()) {
                    case NEEDED_FUNCTION_STATED, NEEDED_FUNCTION_JUDGED -> {
                        for (FunctionNeed need : needs) {
                            if (matches(row.when(), instrument, need.interventionFunction())) {
                                add(ledger, row, need, candidate, row.forRank(need.rank()));
                            }
                        }
                    }
                    case GAP_TARGETED -> {
                        for (Gap gap : gaps) {
                            if (gap.severity() >= 1 && instrument.targets(gap.component())) {
                                add(ledger, row, gap, candidate, row.forSeverity(gap.severity()));
                            }
                        }
                    }
                }
            }
        }
    }

    private static boolean matches(FitTable.When when, Instrument instrument, InterventionFunction function) {
        return when == FitTable.When.NEEDED_FUNCTION_STATED
                ? instrument.states(function)
                : instrument.delivers(function) && !instrument.states(function);
    }

    private static void add(Ledger ledger, FitTable.Row row, nl.wielwijzer.rules.Fact on, Candidate candidate, int points) {
        Ledger.Firing firing = new Ledger.Firing(row.rule(), List.of(on, candidate), Map.of());
        ledger.instruments.put(candidate.instrument().id(), new Ledger.Contribution(firing, Effect.FAVOUR, points));
    }
}
