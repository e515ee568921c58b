package nl.wielwijzer.internal.engine;

import com.google.common.collect.ListMultimap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import nl.wielwijzer.bcw.ComB;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.bcw.PolicyCategory;
import nl.wielwijzer.internal.knowledge.RuleBook;
import nl.wielwijzer.internal.knowledge.RuleInfo;
import nl.wielwijzer.internal.knowledge.Wheel;
import nl.wielwijzer.result.Effect;
import nl.wielwijzer.rules.Fact;
import nl.wielwijzer.rules.FunctionNeed;
import nl.wielwijzer.rules.Gap;

/**
 * The matrix rules the engine applies as a table ({@link RuleBook#tabled()}): the cells of the COM-B to function
 * matrix for each gap, and of the function to category matrix for each needed function, each recorded as a firing
 * of its rule on that one fact with the points the rule gives, exactly as the ledger records the rule when it fires.
 * What differs is only when: all cells of a stage at its start, in table order, where the rules fired in the order
 * of the agenda. Built once per knowledge set; read-only, so shared between calls and threads.
 */
final class MatrixTable {

    /** One cell: its rule, and the function or category it favours. */
    private record Cell<T>(RuleInfo rule, T target) {
    }

    private final Map<ComB, List<Cell<InterventionFunction>>> byComponent = new EnumMap<>(ComB.class);
    private final Map<InterventionFunction, List<Cell<PolicyCategory>>> byFunction = new EnumMap<>(InterventionFunction.class);

    MatrixTable(RuleBook book, Wheel wheel) {
        // in the order of the generated files, which is the tables' order
        for (String name : book.tabled()) {
            RuleInfo rule = book.rules().get(name);
            Wheel.Cell cell = wheel.cellOf(name).orElseThrow();
            switch (cell.matrix()) {
                case COMB_FUNCTION -> byComponent.computeIfAbsent(cell.from(ComB.class), c -> new ArrayList<>())
                        .add(new Cell<>(rule, cell.to(InterventionFunction.class)));
                case FUNCTION_CATEGORY -> byFunction.computeIfAbsent(cell.from(InterventionFunction.class),
                        f -> new ArrayList<>()).add(new Cell<>(rule, cell.to(PolicyCategory.class)));
            }
        }
    }

    /**
     * For each gap of at least 1, in the profile's order: every function its component's cells favour, 2 points a
     * level. {@code naming} is told each rule before its points are checked, so that a failure names the rule as a
     * firing would, and null at the end.
     */
    void closeGaps(List<Gap> gaps, Ledger ledger, Consumer<RuleInfo> naming) {
        for (Gap gap : gaps) {
            List<Cell<InterventionFunction>> cells = byComponent.get(gap.component());
            if (cells != null && gap.severity() >= 1) {
                favour(cells, gap, () -> LedgerAdvice.checked(2 * gap.severity()), ledger.functions, ledger, naming);
            }
        }
        naming.accept(null);
    }

    /** For each needed function, in rank order: every category its cells favour, with the function's score. */
    void deliver(List<FunctionNeed> needs, Ledger ledger, Consumer<RuleInfo> naming) {
        for (FunctionNeed need : needs) {
            List<Cell<PolicyCategory>> cells = byFunction.get(need.interventionFunction());
            if (cells != null) {
                favour(cells, need, () -> LedgerAdvice.checkedScore(need.score()), ledger.categories, ledger, naming);
            }
        }
        naming.accept(null);
    }

    /**
     * Records each cell as a firing of its rule on {@code on} alone, favouring its target by {@code points}, checked
     * as the rule's {@code advice.favour} checks them.
     */
    private static <T> void favour(List<Cell<T>> cells, Fact on, IntSupplier points,
                                   ListMultimap<T, Ledger.Contribution> into, Ledger ledger, Consumer<RuleInfo> naming) {
        List<Fact> facts = List.of(on);
        for (Cell<T> cell : cells) {
            naming.accept(cell.rule());
            Ledger.Firing firing = new Ledger.Firing(cell.rule(), facts, Map.of(), ledger.descriptions);
            into.put(cell.target(), new Ledger.Contribution(firing, Effect.FAVOUR, points.getAsInt()));
        }
    }
}
