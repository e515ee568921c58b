package nl.wielwijzer.internal.engine;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nl.wielwijzer.bcw.ComB;
import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.catalog.Instrument;

/**
 * What the engine asks of every candidate of every call, as bits by ordinal, worked out once per knowledge set:
 * the functions the seed states and those judged only, the COM-B components it targets, and its attributes (route,
 * phase, outcome, audience, cost: {@link Instrument#has}). A call asks these of 150-300 candidates, for each fit
 * row and each rule that chooses candidates by attribute; an and of two numbers answers what a set lookup per
 * attribute did. Also each instrument's number, its place in the catalogue, by which a call's candidates are
 * looked up in arrays. Read-only after it is made, so shared between calls and threads.
 */
final class InstrumentBits {

    /** The bits of one instrument, and its number: its place in the catalogue, -1 for one outside it. */
    record Bits(int number, int stated, int judged, int targets, long attributes) {

        /** The functions it delivers, stated or judged ({@link Instrument#delivers}). */
        int delivers() {
            return stated | judged;
        }

        static Bits of(Instrument instrument, int number) {
            int stated = 0;
            int judged = 0;
            for (InterventionFunction f : InterventionFunction.values()) {
                if (instrument.states(f)) {
                    stated |= 1 << f.ordinal();
                } else if (instrument.delivers(f)) {
                    judged |= 1 << f.ordinal();
                }
            }
            int targets = 0;
            for (ComB c : ComB.values()) {
                if (instrument.targets(c)) {
                    targets |= 1 << c.ordinal();
                }
            }
            long attributes = 0;
            for (Class<? extends Coded> kind : Instrument.ATTRIBUTES) {
                for (Coded value : kind.getEnumConstants()) {
                    if (instrument.has(value)) {
                        attributes |= bit(value);
                    }
                }
            }
            return new Bits(number, stated, judged, targets, attributes);
        }
    }

    /** Where each kind of attribute starts among the bits: the kinds of {@link Instrument#ATTRIBUTES}, one after another. */
    private static final Map<Class<?>, Integer> OFFSETS = offsets();

    private final Map<Instrument, Bits> bits = new IdentityHashMap<>();
    /** The same by number: a loop over candidates knows their numbers and needs no lookup. */
    private final Bits[] byNumber;
    private final List<Instrument> catalogue;
    /** The numbers by id: a rule names an instrument by its id. */
    private final Map<String, Integer> numbers = new java.util.HashMap<>();

    InstrumentBits(List<Instrument> catalogue) {
        this.catalogue = List.copyOf(catalogue);
        this.byNumber = new Bits[catalogue.size()];
        for (int i = 0; i < catalogue.size(); i++) {
            byNumber[i] = Bits.of(catalogue.get(i), i);
            bits.put(catalogue.get(i), byNumber[i]);
            numbers.put(catalogue.get(i).id(), i);
        }
    }

    /** The instrument's bits; made on the spot for one outside the catalogue the engine was built with. */
    Bits of(Instrument instrument) {
        Bits b = bits.get(instrument);
        return b != null ? b : Bits.of(instrument, -1);
    }

    /** The bits of the catalogue's instrument with this number. */
    Bits at(int number) {
        return byNumber[number];
    }

    /** How many instruments the catalogue has: the numbers run from 0 to one less. */
    int size() {
        return catalogue.size();
    }

    /** The number of the catalogue's instrument with this id, or -1. */
    int number(String id) {
        Integer number = numbers.get(id);
        return number != null ? number : -1;
    }

    /** The catalogue's instrument with this number. */
    Instrument instrument(int number) {
        return catalogue.get(number);
    }

    /** The bit of one attribute value (a route, phase, outcome, audience or cost). */
    static long bit(Coded attribute) {
        Integer offset = OFFSETS.get(attribute.getClass());
        if (offset == null) {
            offset = OFFSETS.get(attribute.getClass().getDeclaringClass()); // an enum constant with a body
        }
        if (offset == null) {
            throw new IllegalArgumentException("not an attribute of an instrument: " + attribute);
        }
        return 1L << (offset + ((Enum<?>) attribute).ordinal());
    }

    /** The bits of any of these attributes. */
    static long bits(Coded[] attributes) {
        long mask = 0;
        for (Coded a : attributes) {
            mask |= bit(a);
        }
        return mask;
    }

    /** The bits of any of these functions. */
    static int bits(InterventionFunction[] functions) {
        int mask = 0;
        for (InterventionFunction f : functions) {
            mask |= 1 << f.ordinal();
        }
        return mask;
    }

    private static Map<Class<?>, Integer> offsets() {
        Map<Class<?>, Integer> offsets = new java.util.HashMap<>();
        int next = 0;
        for (Class<? extends Coded> kind : Instrument.ATTRIBUTES) {
            offsets.put(kind, next);
            next += kind.getEnumConstants().length;
        }
        if (next > Long.SIZE) {
            throw new IllegalStateException("the attributes of an instrument no longer fit in 64 bits: " + next);
        }
        return Map.copyOf(offsets);
    }
}
