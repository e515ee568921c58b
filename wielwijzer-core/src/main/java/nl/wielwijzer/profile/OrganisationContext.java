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

    public OrganisationContext {
        motivation = Profile.frozen(motivation, EmployerMotive.class);
        factors = Profile.frozen(factors, OrganisationalFactor.class);
        offered = offered == null ? List.of() : List.copyOf(offered);
        situations = situations == null ? List.of() : List.copyOf(situations);
    }

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

        public Builder size(OrganisationSize value) {
            this.size = value;
            return this;
        }

        public Builder diPolicy(DiPolicy value) {
            this.diPolicy = value;
            return this;
        }

        public Builder diMaturity(DiMaturity value) {
            this.diMaturity = value;
            return this;
        }

        public Builder budget(Budget value) {
            this.budget = value;
            return this;
        }

        public Builder motivation(EmployerMotive motive, int score) {
            motivation.put(motive, score);
            return this;
        }

        public Builder urgency(int score) {
            this.urgency = score;
            return this;
        }

        public Builder factor(OrganisationalFactor factor, int score) {
            factors.put(factor, score);
            return this;
        }

        public Builder offered(String... instrumentIds) {
            offered.addAll(List.of(instrumentIds));
            return this;
        }

        public Builder situation(String... codes) {
            situations.addAll(List.of(codes));
            return this;
        }

        public OrganisationContext build() {
            return new OrganisationContext(size, diPolicy, diMaturity, budget, motivation, urgency, factors,
                    offered, situations);
        }
    }
}
