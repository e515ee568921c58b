package nl.wielwijzer.internal.engine;

import java.util.List;
import java.util.Map;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.catalog.Instrument;
import nl.wielwijzer.internal.knowledge.FitTable;
import nl.wielwijzer.result.Effect;
import nl.wielwijzer.rules.Candidate;
import nl.wielwijzer.rules.FunctionNeed;
import nl.wielwijzer.rules.Gap;

/**
 * Scores the candidates of one call by the fit table ({@link FitTable}): for every candidate, every needed function
 * it delivers and every gap it targets, the row's points, recorded in the ledger as the row's firing on the need or
 * gap and the candidate, exactly as a rule with those two patterns would have fired. Runs after the instrument
 * rules, once the candidates are known; no rule reads these points, so the order changes nothing. Stateless.
 */
final class GenericFit {

    private final List<FitTable.Row> rows;

    GenericFit(FitTable table) {
        this.rows = table.rows();
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
