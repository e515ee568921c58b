package nl.wielwijzer.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import nl.wielwijzer.catalog.Instrument;

/**
 * The candidates of one call, as the candidate table's rows made them ({@link GenericFit#consider}): for each row that
 * applied to a case, the instruments of the case's sector it includes, and what that firing says of each of them (a
 * consideration, and for some rows a disfavour). Those contributions are the same for every instrument of a row, so
 * they are made once per row and case, not once per instrument: of the 150-300 candidates of a call, most are never
 * said anything else of. The ledger gives an instrument its own list only when a rule says something of it.
 * Per call; one thread.
 */
final class Candidates {

    /** No candidate table, or no row that applied: no candidates. */
    static final Candidates NONE = new Candidates(List.of(), Map.of());

    /**
     * One row of the candidate table that applied to one case: the instruments it makes candidates (those of the
     * case's sector it includes, in catalogue order; {@code members} holds the same catalogue instruments, made once
     * per knowledge set) and its contributions to each, in the order made.
     */
    record Row(List<Instrument> instruments, Set<Instrument> members, List<Ledger.Contribution> contributions) {

        boolean includes(Instrument instrument) {
            return members.contains(instrument);
        }
    }

    private final List<Row> rows;
    /** The catalogue the rows were made from, by id: a rule may name an instrument only by its id. */
    private final Map<String, Instrument> catalogue;
    /** The contributions of candidates of several rows, by their rows as bits: made once per set of rows. */
    private final Map<Long, List<Ledger.Contribution>> together = new java.util.HashMap<>();

    Candidates(List<Row> rows, Map<String, Instrument> catalogue) {
        this.rows = rows;
        this.catalogue = catalogue;
    }

    /** Whether the instrument with this instrument's id is a candidate. */
    boolean contains(Instrument instrument) {
        // the catalogue's own instrument needs no lookup by id
        return madeBy(instrument, rows.size()) || find(instrument.id()) != null;
    }

    /** The candidate with this id, or null when it is none (or not in the catalogue). */
    Instrument find(String id) {
        Instrument instrument = rows.isEmpty() ? null : catalogue.get(id);
        return instrument != null && madeBy(instrument, rows.size()) ? instrument : null;
    }

    /** Whether one of the first {@code n} rows makes {@code instrument} a candidate. */
    private boolean madeBy(Instrument instrument, int n) {
        for (int r = 0; r < n; r++) {
            if (rows.get(r).includes(instrument)) {
                return true;
            }
        }
        return false;
    }

    /** Each candidate once, in the order first made: row by row, each row's in catalogue order. */
    void forEach(Consumer<Instrument> action) {
        for (int r = 0; r < rows.size(); r++) {
            for (Instrument instrument : rows.get(r).instruments()) {
                if (!madeBy(instrument, r)) {
                    action.accept(instrument);
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
        int only = -1;
        long which = 0; // the rows, as bits, when more than one (a call has a few rows)
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).includes(candidate)) {
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
            return which == 0 ? rows.get(only).contributions() : joined(candidate);
        }
        return together.computeIfAbsent(which, w -> joined(candidate));
    }

    /** The contributions of every row of the candidate, in row order. */
    private List<Ledger.Contribution> joined(Instrument candidate) {
        List<Ledger.Contribution> all = new ArrayList<>();
        for (Row row : rows) {
            if (row.includes(candidate)) {
                all.addAll(row.contributions());
            }
        }
        return all;
    }
}
