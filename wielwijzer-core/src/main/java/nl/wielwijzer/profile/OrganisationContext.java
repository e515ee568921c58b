package nl.wielwijzer.profile;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Context of the employer that the seeds show to matter. A null field is unknown.
 *
 * @param size       head-count band
 * @param diPolicy   whether a policy on sustainable employability exists
 * @param diMaturity bronze, silver or gold (seed 002)
 * @param budget     money available for sustainable employability
 * @param motivation how strongly each employer motive drives it, 1-5 (seed 002)
 * @param urgency    how urgent the employer finds sustainable employability, 1-5
 * @param factors    how well each organisational factor of the DI model is in place, 1-5 (seed 003)
 * @param offered    ids of catalogue instruments already offered
 * @param situations situation codes from the vocabulary ({@code organisationSituations})
 */
public record OrganisationContext(
        OrganisationSize size,
        DiPolicy diPolicy,
        DiMaturity diMaturity,
        Budget budget,
        Map<EmployerMotive, Integer> motivation,
        Integer urgency,
        Map<OrganisationalFactor, Integer> factors,
        List<String> offered,
        List<String> situations) {

    /** Nothing known about the employer. */
    public static final OrganisationContext UNKNOWN =
            new OrganisationContext(null, null, null, null, Map.of(), null, Map.of(), List.of(), List.of());

    /**
     * Creates one; its lists are copied, so it cannot change afterwards.
     *
     * @param size head-count band
     * @param diPolicy whether a policy on sustainable employability exists
     * @param diMaturity bronze, silver or gold (seed 002)
     * @param budget money available for sustainable employability
     * @param motivation how strongly each employer motive drives it, 1-5 (seed 002)
     * @param urgency how urgent the employer finds sustainable employability, 1-5
     * @param factors how well each organisational factor of the DI model is in place, 1-5 (seed 003)
     * @param offered ids of catalogue instruments already offered
     * @param situations situation codes from the vocabulary ({@code organisationSituations})
     */
    public OrganisationContext {
        motivation = Profile.frozen(motivation, EmployerMotive.class);
        factors = Profile.frozen(factors, OrganisationalFactor.class);
        offered = offered == null ? List.of() : List.copyOf(offered);
        situations = situations == null ? List.of() : List.copyOf(situations);
    }

    /**
     * A builder holding this context's values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.size = size;
        b.diPolicy = diPolicy;
        b.diMaturity = diMaturity;
        b.budget = budget;
        b.motivation.putAll(motivation);
        b.urgency = urgency;
        b.factors.putAll(factors);
        b.offered.addAll(offered);
        b.situations.addAll(situations);
        return b;
    }

    /** Builds an {@link OrganisationContext}; leave out what is unknown. */
    public static final class Builder {
        private OrganisationSize size;
        private DiPolicy diPolicy;
        private DiMaturity diMaturity;
        private Budget budget;
        private final Map<EmployerMotive, Integer> motivation = new EnumMap<>(EmployerMotive.class);
        private Integer urgency;
        private final Map<OrganisationalFactor, Integer> factors = new EnumMap<>(OrganisationalFactor.class);
        private final List<String> offered = new ArrayList<>();
        private final List<String> situations = new ArrayList<>();

        /**
         * The head-count band.
         *
         * @param value the band
         * @return this builder
         */
        public Builder size(OrganisationSize value) {
            this.size = value;
            return this;
        }

        /**
         * Whether a policy on sustainable employability exists.
         *
         * @param value the state of the policy
         * @return this builder
         */
        public Builder diPolicy(DiPolicy value) {
            this.diPolicy = value;
            return this;
        }

        /**
         * Bronze, silver or gold (seed 002).
         *
         * @param value the maturity
         * @return this builder
         */
        public Builder diMaturity(DiMaturity value) {
            this.diMaturity = value;
            return this;
        }

        /**
         * Money available for sustainable employability.
         *
         * @param value the budget band
         * @return this builder
         */
        public Builder budget(Budget value) {
            this.budget = value;
            return this;
        }

        /**
         * How strongly a motive drives the employer (seed 002).
         *
         * @param motive the motive
         * @param score  1 (weak) to 5 (strong)
         * @return this builder
         */
        public Builder motivation(EmployerMotive motive, int score) {
            motivation.put(motive, score);
            return this;
        }

        /**
         * How urgent the employer finds sustainable employability.
         *
         * @param score 1 (not) to 5 (very)
         * @return this builder
         */
        public Builder urgency(int score) {
            this.urgency = score;
            return this;
        }

        /**
         * How well an organisational factor of the DI model is in place (seed 003).
         *
         * @param factor the factor
         * @param score  1 (poorly) to 5 (well)
         * @return this builder
         */
        public Builder factor(OrganisationalFactor factor, int score) {
            factors.put(factor, score);
            return this;
        }

        /**
         * Catalogue instruments the organisation already offers; they are not recommended again.
         *
         * @param instrumentIds ids of catalogue instruments
         * @return this builder
         */
        public Builder offered(String... instrumentIds) {
            offered.addAll(List.of(instrumentIds));
            return this;
        }

        /**
         * Situations of the organisation, as codes of the vocabulary ({@code organisationSituations}).
         *
         * @param codes e.g. {@code redundancy}
         * @return this builder
         */
        public Builder situation(String... codes) {
            situations.addAll(List.of(codes));
            return this;
        }

        /**
         * The context.
         *
         * @return the organisation context
         */
        public OrganisationContext build() {
            return new OrganisationContext(size, diPolicy, diMaturity, budget, motivation, urgency, factors,
                    offered, situations);
        }
    }
}
