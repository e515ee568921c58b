package nl.wielwijzer.internal.knowledge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wielwijzer.catalog.Instrument;

/** The loaded instrument catalogue: immutable, in file order, and indexed by id. */
public final class Catalog {

    private final List<Instrument> instruments;
    private final Map<String, Instrument> byId;

    Catalog(List<Instrument> instruments) {
        this.instruments = List.copyOf(instruments);
        Map<String, Instrument> index = new LinkedHashMap<>();
        for (Instrument i : this.instruments) {
            index.put(i.id(), i);
        }
        this.byId = Collections.unmodifiableMap(index);
    }

    public List<Instrument> instruments() {
        return instruments;
    }

    public Optional<Instrument> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    public int size() {
        return instruments.size();
    }
}
