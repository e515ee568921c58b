package nl.wielwijzer.profile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import nl.wielwijzer.bcw.ComB;

/**
 * What a caller knows about an employee or an employer: the wire contract v1 as an immutable Java value.
 *
 * <p>Everything but {@code id}, {@code subject} and {@code sector} may be unknown. An unknown COM-B gap is
 * simply absent from {@link #comB()}: absent means unknown, never zero. Build one with {@link #builder} or read
 * one from JSON with {@code Recommender.readProfile}.
 *
 * @param id           the caller's identifier, echoed back in the result
 * @param subject      whose behaviour the profile describes
 * @param sector       the sector
 * @param comB         the known gaps per COM-B sub-component, 0 (none) to 3 (large)
 * @param pushFactors  codes of push factors ("moeten"), from the vocabulary
 * @param pullFactors  codes of pull factors ("willen"), from the vocabulary
 * @param traits       known self-leadership trait scores, 1-5
 * @param strategies   known self-leadership strategy scores, 1-5
 * @param employee     context of the employee; every field may be unknown
 * @param organisation context of the employer; every field may be unknown
 * @param values       the fields of the contract that have no accessor of their own (newer fields, see
 *                     docs/profile.md), by JSON path such as {@code employee.sleepHours}; each value is a
 *                     {@code String}, an {@code Integer}, a {@code Double} or a {@code List<String>}
 */
public record Profile(
        String id,
        Subject subject,
        Sector sector,
        Map<ComB, Integer> comB,
        List<String> pushFactors,
        List<String> pullFactors,
        Map<SelfLeadershipTrait, Integer> traits,
        Map<SelfLeadershipStrategy, Integer> strategies,
        EmployeeContext employee,
        OrganisationContext organisation,
        Map<String, Object> values) {

    /**
     * Creates one; its lists are copied, so it cannot change afterwards.
     *
     * @param id the caller's identifier, echoed back in the result
     * @param subject whose behaviour the profile describes
     * @param sector the sector
     * @param comB the known gaps per COM-B sub-component, 0 (none) to 3 (large)
     * @param pushFactors codes of push factors ("moeten"), from the vocabulary
     * @param pullFactors codes of pull factors ("willen"), from the vocabulary
     * @param traits known self-leadership trait scores, 1-5
     * @param strategies known self-leadership strategy scores, 1-5
     * @param employee context of the employee; every field may be unknown
     * @param organisation context of the employer; every field may be unknown
     * @param values the values of fields that have no accessor of their own, by JSON path
     */
    public Profile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(sector, "sector");
        comB = frozen(comB, ComB.class);
        pushFactors = List.copyOf(pushFactors);
        pullFactors = List.copyOf(pullFactors);
        traits = frozen(traits, SelfLeadershipTrait.class);
        strategies = frozen(strategies, SelfLeadershipStrategy.class);
        employee = employee == null ? EmployeeContext.UNKNOWN : employee;
        organisation = organisation == null ? OrganisationContext.UNKNOWN : organisation;
        values = frozenValues(values);
    }

    /**
     * A profile without values beyond the typed ones: the constructor of release 0.1, kept for its callers.
     *
     * @param id the caller's identifier, echoed back in the result
     * @param subject whose behaviour the profile describes
     * @param sector the sector
     * @param comB the known gaps per COM-B sub-component, 0 (none) to 3 (large)
     * @param pushFactors codes of push factors ("moeten"), from the vocabulary
     * @param pullFactors codes of pull factors ("willen"), from the vocabulary
     * @param traits known self-leadership trait scores, 1-5
     * @param strategies known self-leadership strategy scores, 1-5
     * @param employee context of the employee; every field may be unknown
     * @param organisation context of the employer; every field may be unknown
     */
    public Profile(String id, Subject subject, Sector sector, Map<ComB, Integer> comB, List<String> pushFactors,
                   List<String> pullFactors, Map<SelfLeadershipTrait, Integer> traits,
                   Map<SelfLeadershipStrategy, Integer> strategies, EmployeeContext employee,
                   OrganisationContext organisation) {
        this(id, subject, sector, comB, pushFactors, pullFactors, traits, strategies, employee, organisation,
                Map.of());
    }

    /**
     * The gap in one COM-B sub-component, if known.
     *
     * @param component the sub-component
     * @return 0 (none) to 3 (large), or empty when unknown
     */
    public Optional<Integer> gap(ComB component) {
        return Optional.ofNullable(comB.get(component));
    }

    /**
     * The value of a field that has no accessor of its own, by JSON path ({@code employee.sleepHours}), if known.
     *
     * @param path the field's JSON path
     * @return the value, or empty when it is unknown
     */
    public Optional<Object> value(String path) {
        return Optional.ofNullable(values.get(path));
    }

    /**
     * Starts a profile; everything else may be left out, which means unknown. For example {@code Profile.builder("p1", Subject.EMPLOYEE, Sector.VVT).gap(ComB.REFLECTIVE_MOTIVATION, 2).build()}.
     *
     * @param id      the caller's identifier, echoed back in the result
     * @param subject whose behaviour the profile describes
     * @param sector  the sector
     * @return a builder
     */
    public static Builder builder(String id, Subject subject, Sector sector) {
        return new Builder(id, subject, sector);
    }

    static <K extends Enum<K>, V> Map<K, V> frozen(Map<K, V> map, Class<K> type) {
        EnumMap<K, V> copy = new EnumMap<>(type);
        if (map != null) {
            copy.putAll(map);
        }
        return Collections.unmodifiableMap(copy);
    }

    /** Sorted by path, so that equal profiles write and match alike; only the value kinds JSON can carry. */
    private static Map<String, Object> frozenValues(Map<String, Object> values) {
        Map<String, Object> copy = new TreeMap<>();
        if (values != null) {
            values.forEach((path, value) -> copy.put(Objects.requireNonNull(path, "path"), plain(path, value)));
        }
        return Collections.unmodifiableMap(copy);
    }

    private static Object plain(String path, Object value) {
        if (value instanceof String || value instanceof Integer || value instanceof Double) {
            return value;
        }
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return List.copyOf(list);
        }
        throw new IllegalArgumentException(path + ": a value is a String, an Integer, a Double or a List<String>, not "
                + (value == null ? "null" : value.getClass().getSimpleName()));
    }

    /** Builds a {@link Profile}; every setter may be left out, which means unknown. */
    public static final class Builder {
        private final String id;
        private final Subject subject;
        private final Sector sector;
        private final Map<ComB, Integer> comB = new EnumMap<>(ComB.class);
        private final List<String> push = new ArrayList<>();
        private final List<String> pull = new ArrayList<>();
        private final Map<SelfLeadershipTrait, Integer> traits = new EnumMap<>(SelfLeadershipTrait.class);
        private final Map<SelfLeadershipStrategy, Integer> strategies = new EnumMap<>(SelfLeadershipStrategy.class);
        private EmployeeContext employee = EmployeeContext.UNKNOWN;
        private OrganisationContext organisation = OrganisationContext.UNKNOWN;
        private final Map<String, Object> values = new TreeMap<>();

        private Builder(String id, Subject subject, Sector sector) {
            this.id = id;
            this.subject = subject;
            this.sector = sector;
        }

        /**
         * A gap in one COM-B sub-component.
         *
         * @param component the sub-component
         * @param severity  0 (none) to 3 (large)
         * @return this builder
         */
        public Builder gap(ComB component, int severity) {
            comB.put(component, severity);
            return this;
        }

        /**
         * Push factors ("moeten"), as codes of the vocabulary ({@code pushFactors}).
         *
         * @param codes e.g. {@code reorganisation}
         * @return this builder
         */
        public Builder push(String... codes) {
            push.addAll(List.of(codes));
            return this;
        }

        /**
         * Pull factors ("willen"), as codes of the vocabulary ({@code pullFactors}).
         *
         * @param codes e.g. {@code wantsSomethingDifferent}
         * @return this builder
         */
        public Builder pull(String... codes) {
            pull.addAll(List.of(codes));
            return this;
        }

        /**
         * A self-leadership trait score (seed 002).
         *
         * @param trait the trait
         * @param score 1 (low) to 5 (high)
         * @return this builder
         */
        public Builder trait(SelfLeadershipTrait trait, int score) {
            traits.put(trait, score);
            return this;
        }

        /**
         * How often the person uses a self-leadership strategy (seed 002).
         *
         * @param strategy the strategy
         * @param score    1 (rarely) to 5 (often)
         * @return this builder
         */
        public Builder strategy(SelfLeadershipStrategy strategy, int score) {
            strategies.put(strategy, score);
            return this;
        }

        /**
         * Context of the employee, e.g. {@code .employee(e -> e.age(58).situation("informalCarer"))}; may be called more than once.
         *
         * @param details sets the known fields on the employee's builder
         * @return this builder
         */
        public Builder employee(Consumer<EmployeeContext.Builder> details) {
            EmployeeContext.Builder b = employee.toBuilder();
            details.accept(b);
            employee = b.build();
            return this;
        }

        /**
         * Context of the employer, e.g. {@code .organisation(o -> o.budget(Budget.LOW))}; may be called more than once.
         *
         * @param details sets the known fields on the organisation's builder
         * @return this builder
         */
        public Builder organisation(Consumer<OrganisationContext.Builder> details) {
            OrganisationContext.Builder b = organisation.toBuilder();
            details.accept(b);
            organisation = b.build();
            return this;
        }

        /**
         * Sets a field that has no builder method of its own, by its JSON path: {@code value("employee.sleepHours",
         * 5.5)}. The value is checked against the contract like every other field when the profile is used.
         *
         * @param path  the field's JSON path
         * @param value a {@code String}, an {@code Integer}, a {@code Double} or a {@code List<String>}
         * @return this builder
         */
        public Builder value(String path, Object value) {
            values.put(Objects.requireNonNull(path, "path"), plain(path, value));
            return this;
        }

        /**
         * The profile. It is checked against the contract when it is recommended, not here.
         *
         * @return the profile
         */
        public Profile build() {
            return new Profile(id, subject, sector, comB, push, pull, traits, strategies, employee, organisation,
                    values);
        }
    }
}
