package nl.wielwijzer.rules;

import nl.wielwijzer.catalog.Instrument;

/**
 * A catalogue instrument the organisation already offers: its id as the profile gives it, and the catalogue's
 * instrument with that id ({@code Offered( $id : instrumentId, $i : instrument )}), so that a rule can look at what
 * the offered instrument is ({@code $i.delivers(interventionFunction)}) without joining every {@link Candidate}. The
 * engine fills in the instrument; it is null only for an id the catalogue does not hold, which a checked profile
 * never has.
 *
 * @param instrumentId the catalogue id, as the profile gives it
 * @param index        its position in {@code organisation.offered}
 * @param instrument   the catalogue's instrument with this id, or null
 */
public record Offered(String instrumentId, int index, Instrument instrument) implements Fact {

    /** The fact as read from a profile, before the engine looks the instrument up in the catalogue. */
    public Offered(String instrumentId, int index) {
        this(instrumentId, index, null);
    }

    @Override
    public String path() {
        return "organisation.offered[" + index + "]";
    }

    @Override
    public String value() {
        return instrumentId;
    }
}
