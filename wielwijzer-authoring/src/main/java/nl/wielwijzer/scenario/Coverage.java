package nl.wielwijzer.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.wielwijzer.catalog.Instrument;
import nl.wielwijzer.internal.knowledge.Knowledge;
import nl.wielwijzer.internal.knowledge.RuleInfo;
import nl.wielwijzer.internal.knowledge.TechniqueBook;
import nl.wielwijzer.internal.knowledge.Wheel;
import nl.wielwijzer.result.Recommendation;
import nl.wielwijzer.result.Step;
import nl.wielwijzer.result.TargetKind;
import nl.wielwijzer.result.Technique;
import nl.wielwijzer.result.Trace;

/**
 * What a set of scenario runs exercised: which rules fired, which catalogue instruments became scored
 * candidates, which cells of the two Behaviour Change Wheel matrices a matrix rule (metadata
 * {@code @matrix}) passed points through, and which links of {@code rules/bct.yaml} a result showed (a
 * function's technique when the function was ranked, an instrument's when it was listed).
 *
 * @param rulesNotFired            rules no scenario fired
 * @param rules                    all rules
 * @param instrumentsNotExercised  instruments no scenario gave points to
 * @param instruments              all instruments
 * @param cellsNotCovered          matrix cells no scenario exercised
 * @param cells                    all cells of both matrices
 * @param techniquesNotShown       links of rules/bct.yaml no scenario's result showed
 * @param techniques               all links of rules/bct.yaml
 */
public record Coverage(List<String> rulesNotFired, int rules, List<String> instrumentsNotExercised, int instruments,
                       List<String> cellsNotCovered, int cells, List<String> techniquesNotShown, int techniques) {

    public static Coverage of(Knowledge knowledge, List<Trace> traces) {
        Set<String> fired = new TreeSet<>();
        Set<String> exercised = new TreeSet<>();
        Set<String> covered = new TreeSet<>();
        Set<String> shown = new TreeSet<>();
        for (Trace trace : traces) {
            shown.addAll(shown(trace.recommendation()));
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
        List<TechniqueBook.Entry> links = knowledge.techniques().entries();
        List<String> techniquesNotShown = links.stream().filter(l -> !shown.contains(key(l.target(), l.technique())))
                .map(l -> l.label() + " (" + l.file() + ":" + l.line() + ")").toList();
        return new Coverage(rulesNotFired, knowledge.rules().rules().size(), instrumentsNotExercised,
                knowledge.catalog().size(), cellsNotCovered, all.size(), techniquesNotShown, links.size());
    }

    /** The links a result shows, as {@code target -> number}: its functions' techniques and its instruments'. */
    private static Set<String> shown(Recommendation r) {
        Set<String> keys = new TreeSet<>();
        r.interventionFunctions().forEach(f -> f.techniques().forEach(t -> keys.add(key(f.function().code(), t))));
        r.instruments().stream().filter(i -> i.card() != null)
                .forEach(i -> i.card().techniques().forEach(t -> keys.add(key(i.id(), t))));
        return keys;
    }

    private static String key(String target, Technique technique) {
        return target + " -> " + technique.number();
    }

    public boolean complete() {
        return rulesNotFired.isEmpty() && instrumentsNotExercised.isEmpty() && cellsNotCovered.isEmpty()
                && techniquesNotShown.isEmpty();
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
        section(out, "behaviour change technique links shown", techniques - techniquesNotShown.size(), techniques,
                "links of rules/bct.yaml no scenario's result showed", techniquesNotShown);
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
