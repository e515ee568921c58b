package nl.wielwijzer.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;
import nl.wielwijzer.catalog.Instrument;

/**
 * The candidates of one call, as the candidate table's rows made them ({@link GenericFit#consider}): for each row that
 * applied to a case, the instruments of the case's sector it includes, and what that firing says of each of them (a
 * consideration, and for some rows a disfavour). Those contributions are the same for every instrument of a row, so
 * they are made once per row and case, not once per instrument: of the 150-300 candidates of a call, most are never
 * said anything else of. The ledger gives an instrument its own list only when a rule says something of it.
 * Whether a row includes an instrument is an array look-up by the instrument's number ({@link InstrumentBits}): it
 * is asked for every candidate and every instrument a rule names. Per call; one thread.
 */
final class Candidates {

    /** No candidate table, or no row that applied: no candidates. */
    static final Candidates NONE = new Candidates(List.of(), new InstrumentBits(List.of()));

    /**
     * One row of the candidate table that applied to one case: the instruments it makes candidates (those of the
     * case's sector it includes, in catalogue order, made once per knowledge set) and its contributions to each, in
     * the order made.
     */
    record Row(GenericFit.Included included, List<Ledger.Contribution> contributions) {

        /** Whether the row makes the instrument with this number a candidate. */
        boolean includes(int number) {
            return number >= 0 && included.members()[number];
        }
    }

    private final List<Row> rows;
    /** The catalogue the rows were made from, by number and by id: a rule may name an instrument only by its id. */
    private final InstrumentBits catalogue;
    /** The contributions of candidates of several rows, by their rows as bits: made once per set of rows. */
    private final Map<Long, List<Ledger.Contribution>> together = new java.util.HashMap<>();

    Candidates(List<Row> rows, InstrumentBits catalogue) {
        this.rows = rows;
        this.catalogue = catalogue;
    }

    /** Whether the instrument with this instrument's id is a candidate. */
    boolean contains(Instrument instrument) {
        // the catalogue's own instrument needs no lookup by id
        int number = catalogue.of(instrument).number();
        return number >= 0 ? madeBy(number, rows.size()) : find(instrument.id()) != null;
    }

    /** The candidate with this id, or null when it is none (or not in the catalogue). */
    Instrument find(String id) {
        int number = rows.isEmpty() ? -1 : catalogue.number(id);
        return number >= 0 && madeBy(number, rows.size()) ? catalogue.instrument(number) : null;
    }

    /** Whether one of the first {@code n} rows makes the instrument with this number a candidate. */
    private boolean madeBy(int number, int n) {
        for (int r = 0; r < n; r++) {
            if (rows.get(r).includes(number)) {
                return true;
            }
        }
        return false;
    }

    /** Each candidate once, in the order first made: row by row, each row's in catalogue order. */
    void forEach(Consumer<Instrument> action) {
        forEachNumbered((instrument, number) -> action.accept(instrument));
    }

    /** {@link #forEach}, with each candidate's number in the catalogue ({@link InstrumentBits}). */
    void forEachNumbered(ObjIntConsumer<Instrument> action) {
        for (int r = 0; r < rows.size(); r++) {
            GenericFit.Included row = rows.get(r).included();
            int[] numbers = row.numbers();
            for (int i = 0; i < numbers.length; i++) {
                if (!madeBy(numbers[i], r)) {
                    action.accept(row.instruments().get(i), numbers[i]);
                }
            }
        }
    }

    /**
     * What the table's rows said of a candidate, in the order they said it: the list of its only row, or of all its
     * rows together, made once per set of rows. Shared, not copied: candidates of the same rows have one list, which
     * ranking reads once for them all.
     */
    List<Ledger.Contribution> contributions(Instrument candidate) {
        return contributions(catalogue.of(candidate).number());
    }

    /** {@link #contributions(Instrument)} of the candidate with this number. */
    List<Ledger.Contribution> contributions(int number) {
        int only = -1;
        long which = 0; // the rows, as bits, when more than one (a call has a few rows)
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).includes(number)) {
                if (only < 0) {
                    only = r;
                } else {
                    which |= 1L << only | 1L << r;
                }
            }
        }
        if (only < 0) {
            return List.of();
        }
        if (which == 0 || rows.size() > Long.SIZE) {
            return which == 0 ? rows.get(only).contributions() : joined(number);
        }
        return together.computeIfAbsent(which, w -> joined(number));
    }

    /** The contributions of every row of the candidate with this number, in row order. */
    private List<Ledger.Contribution> joined(int number) {
        List<Ledger.Contribution> all = new ArrayList<>();
        for (Row row : rows) {
            if (row.includes(number)) {
                all.addAll(row.contributions());
            }
        }
        return all;
    }
}
