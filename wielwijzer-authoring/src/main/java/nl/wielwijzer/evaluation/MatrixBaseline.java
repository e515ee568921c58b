package nl.wielwijzer.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.bcw.ComB;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.catalog.Instrument;
import nl.wielwijzer.internal.knowledge.Knowledge;
import nl.wielwijzer.internal.knowledge.Wheel;
import nl.wielwijzer.profile.Profile;
import nl.wielwijzer.profile.Subject;
import nl.wielwijzer.result.RankedInstrument;

/**
 * The plain 2014-matrix baseline the judged set is scored against: what the Behaviour Change Wheel's COM-B
 * matrix alone (Michie, Atkins &amp; West 2014, Table 2.3) and the catalogue would recommend, with nothing from
 * the seeds' findings. Documented in {@code docs/quality.md}; in short:
 * <ul>
 * <li>functions: each function scores the summed severity (1-3) of the profile's COM-B gaps that a 2011 or 2014
 *     cell of {@code rules/bcw-wheel.yaml} links to it (cells the policy designers added, {@code own}, are left
 *     out); ranked by score, ties in the wheel's order; functions scoring 0 are not ranked;</li>
 * <li>instruments: catalogue entries for the profile's sector and subject (for an employee what an employee or
 *     team can use, for any other subject what an employer can organise) that deliver at least one of the top
 *     three functions, ranked by how many of the three they deliver, then by id; the first {@code max} kept, all
 *     with status new;</li>
 * <li>route and phase: none, and it cannot choose them ({@link Answer#choosesRoute()} is false).</li>
 * </ul>
 * Reads the table through the loaded knowledge, so a changed table changes the baseline too. Immutable.
 */
public final class MatrixBaseline {

    private final Map<ComB, List<InterventionFunction>> links;
    private final List<Instrument> catalogue;
    private final int max;

    public MatrixBaseline(Knowledge knowledge, int maxInstruments) {
        this(links(knowledge.wheel()), knowledge.catalog().instruments(), maxInstruments);
    }

    /** A baseline on given links and instruments; for tests with a catalogue small enough to rank by hand. */
    MatrixBaseline(Map<ComB, List<InterventionFunction>> links, List<Instrument> catalogue, int maxInstruments) {
        this.links = Map.copyOf(links);
        this.catalogue = List.copyOf(catalogue);
        this.max = maxInstruments;
    }

    /** The COM-B to function links of the wheel's table, the 2011 and 2014 cells only. */
    static Map<ComB, List<InterventionFunction>> links(Wheel wheel) {
        Map<ComB, List<InterventionFunction>> links = new EnumMap<>(ComB.class);
        for (Wheel.Cell cell : wheel.cells()) {
            if (cell.matrix() == Wheel.Matrix.COMB_FUNCTION && cell.edition() != Wheel.Edition.OWN) {
                links.computeIfAbsent(Coded.parse(ComB.class, cell.from()).orElseThrow(), c -> new ArrayList<>())
                        .add(Coded.parse(InterventionFunction.class, cell.to()).orElseThrow());
            }
        }
        return links;
    }

    public Answer answer(Profile profile) {
        List<InterventionFunction> functions = functions(profile);
        List<InterventionFunction> top = functions.subList(0, Math.min(3, functions.size()));
        return new Answer(functions, instruments(profile, top), null, null, false);
    }

    /** Functions by summed gap severity through the matrix, best first; ties in the wheel's order. */
    List<InterventionFunction> functions(Profile profile) {
        Map<InterventionFunction, Integer> score = new EnumMap<>(InterventionFunction.class);
        profile.comB().forEach((component, severity) -> {
            for (InterventionFunction f : links.getOrDefault(component, List.of())) {
                score.merge(f, severity, Integer::sum);
            }
        });
        return score.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Comparator.comparing((Map.Entry<InterventionFunction, Integer> e) -> -e.getValue())
                        .thenComparing(e -> e.getKey().ordinal()))
                .map(Map.Entry::getKey).toList();
    }

    private List<Answer.Returned> instruments(Profile profile, List<InterventionFunction> top) {
        return catalogue.stream()
                .filter(i -> i.fits(profile.sector()) && suits(i, profile.subject()))
                .filter(i -> delivered(i, top) > 0)
                .sorted(Comparator.comparingInt((Instrument i) -> -delivered(i, top)).thenComparing(Instrument::id))
                .limit(max)
                .map(i -> new Answer.Returned(i.id(), RankedInstrument.Status.NEW))
                .toList();
    }

    private static boolean suits(Instrument instrument, Subject subject) {
        return switch (subject) {
            case EMPLOYEE -> instrument.isForEmployees();
            case EMPLOYER -> instrument.isForEmployers();
            case MANAGER -> instrument.isForManagers();
        };
    }

    private static int delivered(Instrument instrument, List<InterventionFunction> top) {
        return (int) top.stream().filter(instrument::delivers).count();
    }
}
