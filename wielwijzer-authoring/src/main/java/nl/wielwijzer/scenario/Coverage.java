package nl.wielwijzer.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.wielwijzer.catalog.Instrument;
import nl.wielwijzer.internal.knowledge.Knowledge;
import nl.wielwijzer.internal.knowledge.RuleInfo;
import nl.wielwijzer.internal.knowledge.Wheel;
import nl.wielwijzer.result.Step;
import nl.wielwijzer.result.TargetKind;
import nl.wielwijzer.result.Trace;

/**
 * What a set of scenario runs exercised: which rules fired, which catalogue instruments became scored
 * candidates, and which cells of the two Behaviour Change Wheel matrices a matrix rule (metadata
 * {@code @matrix}) passed points through.
 *
 * @param rulesNotFired            rules no scenario fired
 * @param rules                    all rules
 * @param instrumentsNotExercised  instruments no scenario gave points to
 * @param instruments              all instruments
 * @param cellsNotCovered          matrix cells no scenario exercised
 * @param cells                    all cells of both matrices
 */
public record Coverage(List<String> rulesNotFired, int rules, List<String> instrumentsNotExercised, int instruments,
                       List<String> cellsNotCovered, int cells) {

    public static Coverage of(Knowledge knowledge, List<Trace> traces) {
        Set<String> fired = new TreeSet<>();
        Set<String> exercised = new TreeSet<>();
        Set<String> covered = new TreeSet<>();
        for (Trace trace : traces) {
            for (Step step : trace.steps()) {
                fired.add(step.rule());
                if (step.targetKind() == TargetKind.INSTRUMENT && step.points() > 0) {
                    exercised.add(step.target());
                }
                if (step.points() > 0) {
                    knowledge.wheel().cellOf(step.rule()).ifPresent(cell -> covered.add(cell.label()));
                }
            }
        }
        List<String> rulesNotFired = new ArrayList<>();
        for (RuleInfo rule : knowledge.rules().ruleList()) {
            if (!fired.contains(rule.name())) {
                rulesNotFired.add(rule.name() + " (" + rule.file() + ":" + rule.line() + ")");
            }
        }
        List<String> instrumentsNotExercised = new ArrayList<>();
        for (Instrument i : knowledge.catalog().instruments()) {
            if (!exercised.contains(i.id())) {
                instrumentsNotExercised.add(i.id() + " (" + i.file() + ":" + i.line() + ")");
            }
        }
        List<String> all = knowledge.wheel().cells().stream().map(Wheel.Cell::label).toList();
        List<String> cellsNotCovered = all.stream().filter(c -> !covered.contains(c)).toList();
        return new Coverage(rulesNotFired, knowledge.rules().rules().size(), instrumentsNotExercised,
                knowledge.catalog().size(), cellsNotCovered, all.size());
    }

    public boolean complete() {
        return rulesNotFired.isEmpty() && instrumentsNotExercised.isEmpty() && cellsNotCovered.isEmpty();
    }

    /** The report printed after a scenario run. */
    public String report() {
        StringBuilder out = new StringBuilder();
        out.append("Coverage\n");
        section(out, "rules fired", rules - rulesNotFired.size(), rules, "rules no scenario fired", rulesNotFired);
        section(out, "instruments exercised", instruments - instrumentsNotExercised.size(), instruments,
                "instruments no scenario made a scored candidate", instrumentsNotExercised);
        section(out, "Behaviour Change Wheel matrix cells covered", cells - cellsNotCovered.size(), cells,
                "cells no scenario exercised", cellsNotCovered);
        return out.toString();
    }

    private static void section(StringBuilder out, String what, int done, int total, String missingTitle,
                                List<String> missing) {
        out.append(String.format("  %s: %d of %d%n", what, done, total));
        if (!missing.isEmpty()) {
            out.append("  ").append(missingTitle).append(":\n");
            missing.forEach(m -> out.append("    - ").append(m).append('\n'));
        }
    }
}
