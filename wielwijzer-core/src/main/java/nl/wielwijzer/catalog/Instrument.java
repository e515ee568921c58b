package nl.wielwijzer.catalog;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.bcw.ComB;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.profile.PlacementPhase;
import nl.wielwijzer.profile.Sector;
import nl.wielwijzer.profile.WorkAbility;
import nl.wielwijzer.result.Citation;
import nl.wielwijzer.result.EvidenceLevel;
import nl.wielwijzer.result.Phase;
import nl.wielwijzer.result.Route;

/**
 * One concrete instrument of the catalogue: a named training, scan, budget, programme, scheme or conversation,
 * with the Behaviour Change Wheel functions it delivers and the sources that name it. Immutable; inserted into
 * each rule session as a fact, so rules can match on it ({@code Instrument( delivers(TRAINING), forEmployees )}).
 *
 * <p>Field meanings are documented in {@code docs/catalog-format.md}.
 */
public record Instrument(
        String id,
        String name,
        String label,
        String qualifier,
        String nameEn,
        String description,
        String descriptionNl,
        String provider,
        Set<Audience> audience,
        Set<Sector> sectors,
        Map<InterventionFunction, Basis> functions,
        Map<ComB, Basis> components,
        Set<Outcome> outcomes,
        Set<Route> routes,
        Set<Phase> phases,
        Set<WorkAbility> workAbility,
        Integer ageMin,
        Integer ageMax,
        Set<PlacementPhase> placementPhases,
        TargetGroup targetGroup,
        String organisation,
        String format,
        String duration,
        Cost cost,
        String costNote,
        String costNoteNl,
        EvidenceLevel evidence,
        String evidenceNote,
        List<Citation> sources,
        String file,
        int line) {

    public Instrument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        audience = frozenSet(audience, Audience.class);
        sectors = frozenSet(sectors, Sector.class);
        functions = frozenMap(functions, InterventionFunction.class);
        components = frozenMap(components, ComB.class);
        outcomes = frozenSet(outcomes, Outcome.class);
        routes = frozenSet(routes, Route.class);
        phases = frozenSet(phases, Phase.class);
        workAbility = frozenSet(workAbility, WorkAbility.class);
        placementPhases = frozenSet(placementPhases, PlacementPhase.class);
        cost = cost == null ? Cost.UNKNOWN : cost;
        sources = List.copyOf(sources);
    }

    /**
     * The Dutch name as a person reads it in a result: the {@code label} when the catalogue gives one (it then
     * replaces the seed's words and their qualifier), otherwise the seed's words with the qualifier, if any.
     * {@link #name()} always stays the seed's own words, which loading checks against the cited lines.
     */
    public String displayName() {
        if (label != null) {
            return label;
        }
        return qualifier == null ? name : name + " (" + qualifier + ")";
    }

    /** Whether the instrument delivers the function, stated or judged. */
    public boolean delivers(InterventionFunction function) {
        return functions.containsKey(function);
    }

    /** Whether the seed itself assigns the function to the instrument. */
    public boolean states(InterventionFunction function) {
        return functions.get(function) == Basis.STATED;
    }

    public boolean targets(ComB component) {
        return components.containsKey(component);
    }

    public boolean isFor(Audience who) {
        return audience.contains(who);
    }

    /** Something an employee can do or ask for: audience employee or team. */
    public boolean isForEmployees() {
        return audience.contains(Audience.EMPLOYEE) || audience.contains(Audience.TEAM);
    }

    /** Something a manager uses or deploys for the staff he or she leads: audience manager. */
    public boolean isForManagers() {
        return audience.contains(Audience.MANAGER);
    }

    /** Something an employer can organise itself: audience organisation, HR, manager, team or sector. */
    public boolean isForEmployers() {
        return audience.contains(Audience.ORGANISATION) || audience.contains(Audience.HR)
                || audience.contains(Audience.MANAGER) || audience.contains(Audience.TEAM)
                || audience.contains(Audience.SECTOR);
    }

    public boolean fits(Sector sector) {
        return sectors.contains(sector);
    }

    public boolean serves(Outcome outcome) {
        return outcomes.contains(outcome);
    }

    public boolean inRoute(Route route) {
        return routes.contains(route);
    }

    public boolean inPhase(Phase phase) {
        return phases.contains(phase);
    }

    /**
     * Whether the instrument has the attribute: is in the {@link Route}, belongs to the {@link Phase}, serves the
     * {@link Outcome}, is for the {@link Audience}, or has the {@link Cost}. What {@code advice.favourEach} chooses
     * candidates by; see {@link #isAttribute}.
     *
     * @throws IllegalArgumentException for any other value (a function, a COM-B component, a sector)
     */
    public boolean has(Coded attribute) {
        if (attribute instanceof Route route) {
            return inRoute(route);
        } else if (attribute instanceof Phase phase) {
            return inPhase(phase);
        } else if (attribute instanceof Outcome outcome) {
            return serves(outcome);
        } else if (attribute instanceof Audience who) {
            return isFor(who);
        } else if (attribute instanceof Cost c) {
            return cost == c;
        }
        throw new IllegalArgumentException("not an attribute of an instrument: " + attribute);
    }

    /**
     * The kinds of attribute candidates can be chosen by ({@link #has}): route, phase, outcome, audience, cost. The one
     * list the rule loader also checks {@code advice.favourEach(…)} against.
     */
    public static final List<Class<? extends Coded>> ATTRIBUTES =
            List.of(Route.class, Phase.class, Outcome.class, Audience.class, Cost.class);

    /** Whether {@code value} is a route, phase, outcome, audience or cost: something {@link #has} can test. */
    public static boolean isAttribute(Coded value) {
        for (Class<? extends Coded> kind : ATTRIBUTES) {
            if (kind.isInstance(value)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the instrument suits an employee of this age; true when the catalogue sets no age range. */
    public boolean fitsAge(int years) {
        return (ageMin == null || years >= ageMin) && (ageMax == null || years <= ageMax);
    }

    public boolean hasAgeRange() {
        return ageMin != null || ageMax != null;
    }

    /** Whether the instrument suits this work-ability band; true when the catalogue sets none. */
    public boolean fitsWorkAbility(WorkAbility band) {
        return workAbility.isEmpty() || workAbility.contains(band);
    }

    public boolean hasWorkAbilityLimit() {
        return !workAbility.isEmpty();
    }

    /** Whether the instrument suits this placement phase; true when the catalogue sets none. */
    public boolean fitsPlacement(PlacementPhase phase) {
        return placementPhases.isEmpty() || placementPhases.contains(phase);
    }

    public boolean hasPlacementPhases() {
        return !placementPhases.isEmpty();
    }

    /** Reserved for a target group (e.g. workers with an occupational limitation): only considered for it. */
    public boolean isForTargetGroupOnly() {
        return targetGroup != null;
    }

    /**
     * One named organisation's own arrangement ({@code organisation} in the catalogue, e.g. Gemeente Groningen's
     * company care): available only where that organisation offers it, elsewhere an example to copy.
     */
    public boolean isOrganisationSpecific() {
        return organisation != null;
    }

    private static <E extends Enum<E>> Set<E> frozenSet(Set<E> set, Class<E> type) {
        return set == null || set.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(set));
    }

    private static <K extends Enum<K>, V> Map<K, V> frozenMap(Map<K, V> map, Class<K> type) {
        EnumMap<K, V> copy = new EnumMap<>(type);
        if (map != null) {
            copy.putAll(map);
        }
        return Collections.unmodifiableMap(copy);
    }
}
