package nl.wielwijzer.profile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Context of the employee that the seeds show to matter. A null field is unknown.
 *
 * @param age                  age in years
 * @param workAbility          work ability in the bands of the Work Ability Index
 * @param contractHoursPerWeek contract hours per week
 * @param educationLevel       level of formal education
 * @param tenureYears          years with the current employer
 * @param limitations          occupational limitations (seed 001); empty when none are known
 * @param placementPhase       for a worker with a limitation, where the placement stands (seed 001)
 * @param careerCompetences    the eight factors of career guidance (seed 004), 1-5
 * @param situations           situation codes from the vocabulary ({@code employeeSituations})
 */
public record EmployeeContext(
        Integer age,
        WorkAbility workAbility,
        Double contractHoursPerWeek,
        EducationLevel educationLevel,
        Integer tenureYears,
        Set<Limitation> limitations,
        PlacementPhase placementPhase,
        Map<CareerCompetence, Integer> careerCompetences,
        List<String> situations) {

    /** Nothing known about the employee. */
    public static final EmployeeContext UNKNOWN =
            new EmployeeContext(null, null, null, null, null, Set.of(), null, Map.of(), List.of());

    /**
     * Creates one; its lists are copied, so it cannot change afterwards.
     *
     * @param age age in years
     * @param workAbility work ability in the bands of the Work Ability Index
     * @param contractHoursPerWeek contract hours per week
     * @param educationLevel level of formal education
     * @param tenureYears years with the current employer
     * @param limitations occupational limitations (seed 001); empty when none are known
     * @param placementPhase for a worker with a limitation, where the placement stands (seed 001)
     * @param careerCompetences the eight factors of career guidance (seed 004), 1-5
     * @param situations situation codes from the vocabulary ({@code employeeSituations})
     */
    public EmployeeContext {
        limitations = limitations == null || limitations.isEmpty()
                ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(limitations));
        careerCompetences = Profile.frozen(careerCompetences, CareerCompetence.class);
        situations = situations == null ? List.of() : List.copyOf(situations);
    }

    /**
     * A builder holding this context's values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.age = age;
        b.workAbility = workAbility;
        b.contractHoursPerWeek = contractHoursPerWeek;
        b.educationLevel = educationLevel;
        b.tenureYears = tenureYears;
        b.limitations.addAll(limitations);
        b.placementPhase = placementPhase;
        b.careerCompetences.putAll(careerCompetences);
        b.situations.addAll(situations);
        return b;
    }

    /** Builds an {@link EmployeeContext}; leave out what is unknown. */
    public static final class Builder {
        private Integer age;
        private WorkAbility workAbility;
        private Double contractHoursPerWeek;
        private EducationLevel educationLevel;
        private Integer tenureYears;
        private final Set<Limitation> limitations = EnumSet.noneOf(Limitation.class);
        private PlacementPhase placementPhase;
        private final Map<CareerCompetence, Integer> careerCompetences = new EnumMap<>(CareerCompetence.class);
        private final List<String> situations = new ArrayList<>();

        /**
         * The employee's age.
         *
         * @param years age in years
         * @return this builder
         */
        public Builder age(int years) {
            this.age = years;
            return this;
        }

        /**
         * Work ability in the bands of the Work Ability Index.
         *
         * @param value the band
         * @return this builder
         */
        public Builder workAbility(WorkAbility value) {
            this.workAbility = value;
            return this;
        }

        /**
         * Contract hours per week.
         *
         * @param hours hours per week
         * @return this builder
         */
        public Builder contractHoursPerWeek(double hours) {
            this.contractHoursPerWeek = hours;
            return this;
        }

        /**
         * Level of formal education.
         *
         * @param value the level
         * @return this builder
         */
        public Builder educationLevel(EducationLevel value) {
            this.educationLevel = value;
            return this;
        }

        /**
         * Years with the current employer.
         *
         * @param years whole years
         * @return this builder
         */
        public Builder tenureYears(int years) {
            this.tenureYears = years;
            return this;
        }

        /**
         * An occupational limitation (seed 001); may be called for each.
         *
         * @param value the limitation
         * @return this builder
         */
        public Builder limitation(Limitation value) {
            limitations.add(value);
            return this;
        }

        /**
         * For a worker with a limitation, where the placement stands (seed 001).
         *
         * @param value the phase
         * @return this builder
         */
        public Builder placementPhase(PlacementPhase value) {
            this.placementPhase = value;
            return this;
        }

        /**
         * A factor of career guidance (seed 004).
         *
         * @param factor the factor
         * @param score  1 (low) to 5 (high)
         * @return this builder
         */
        public Builder careerCompetence(CareerCompetence factor, int score) {
            careerCompetences.put(factor, score);
            return this;
        }

        /**
         * Situations of the employee, as codes of the vocabulary ({@code employeeSituations}).
         *
         * @param codes e.g. {@code informalCarer}
         * @return this builder
         */
        public Builder situation(String... codes) {
            situations.addAll(List.of(codes));
            return this;
        }

        /**
         * The context.
         *
         * @return the employee context
         */
        public EmployeeContext build() {
            return new EmployeeContext(age, workAbility, contractHoursPerWeek, educationLevel, tenureYears,
                    limitations, placementPhase, careerCompetences, situations);
        }
    }
}
