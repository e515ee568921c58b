package nl.wielwijzer.internal.knowledge;

import static nl.wielwijzer.internal.io.ProfileField.each;
import static nl.wielwijzer.internal.io.ProfileField.one;
import static nl.wielwijzer.internal.io.ProfileField.scores;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import nl.wielwijzer.bcw.ComB;
import nl.wielwijzer.internal.io.ProfileField;
import nl.wielwijzer.internal.io.ProfileField.Codec;
import nl.wielwijzer.internal.io.ProfileReader;
import nl.wielwijzer.internal.io.ProfileShape;
import nl.wielwijzer.internal.io.SchemaCheck;
import nl.wielwijzer.profile.Budget;
import nl.wielwijzer.profile.CareerCompetence;
import nl.wielwijzer.profile.DiMaturity;
import nl.wielwijzer.profile.DiPolicy;
import nl.wielwijzer.profile.EducationLevel;
import nl.wielwijzer.profile.EmployeeContext;
import nl.wielwijzer.profile.EmployerMotive;
import nl.wielwijzer.profile.Limitation;
import nl.wielwijzer.profile.OrganisationContext;
import nl.wielwijzer.profile.OrganisationSize;
import nl.wielwijzer.profile.OrganisationalFactor;
import nl.wielwijzer.profile.PlacementPhase;
import nl.wielwijzer.profile.Profile;
import nl.wielwijzer.profile.SelfLeadershipStrategy;
import nl.wielwijzer.profile.SelfLeadershipTrait;
import nl.wielwijzer.profile.WorkAbility;
import nl.wielwijzer.rules.CareerScore;
import nl.wielwijzer.rules.Case;
import nl.wielwijzer.rules.EmployeeAge;
import nl.wielwijzer.rules.EmployeeEducation;
import nl.wielwijzer.rules.EmployeeHours;
import nl.wielwijzer.rules.EmployeeLimitation;
import nl.wielwijzer.rules.EmployeePlacement;
import nl.wielwijzer.rules.EmployeeSituation;
import nl.wielwijzer.rules.EmployeeTenure;
import nl.wielwijzer.rules.EmployeeWorkAbility;
import nl.wielwijzer.rules.EmployerBudget;
import nl.wielwijzer.rules.EmployerDiPolicy;
import nl.wielwijzer.rules.EmployerMaturity;
import nl.wielwijzer.rules.EmployerMotivation;
import nl.wielwijzer.rules.EmployerSize;
import nl.wielwijzer.rules.EmployerUrgency;
import nl.wielwijzer.rules.Fact;
import nl.wielwijzer.rules.FactorScore;
import nl.wielwijzer.rules.Gap;
import nl.wielwijzer.rules.Offered;
import nl.wielwijzer.rules.OrganisationSituation;
import nl.wielwijzer.rules.ProfileValue;
import nl.wielwijzer.rules.Pull;
import nl.wielwijzer.rules.Push;
import nl.wielwijzer.rules.Strategy;
import nl.wielwijzer.rules.Trait;

/**
 * The profile description: every field of the wire contract v1 once, in wire order, with its Java accessor
 * and the facts it gives the rules. Reading, writing (which is how a profile built in Java is checked) and
 * the engine's fact creation all walk this one list; the schema, {@code docs/schema/profile-v1.schema.json},
 * owns types and ranges, and a test holds the two to the same fields.
 *
 * <p>To add a field (docs/profile.md, "Adding a field"): add it to the schema and one {@link #value} line
 * here. It is read into {@link Profile#values()}, written back, checked, and matched by rules as
 * {@code ProfileValue( field == "…" )}; no record, reader, writer or fact type changes.
 */
public final class ProfileDescription {

    /** The profile field naming the behaviour the advice is about; rules match it as a {@link ProfileValue}. */
    public static final String TARGET_BEHAVIOUR = "targetBehaviour";

    private static final List<ProfileField<Fact>> V1_FIELDS = List.of(
            value(TARGET_BEHAVIOUR, Codec.TEXT),
            value("phase", Codec.TEXT),
            scores("comB", ComB.class, Profile::comB, Profile.Builder::gap, Gap::new),
            each("pushFactors", Codec.TEXT, Profile::pushFactors, Profile.Builder::push, Push::new),
            each("pullFactors", Codec.TEXT, Profile::pullFactors, Profile.Builder::pull, Pull::new),
            scores("selfLeadership", SelfLeadershipTrait.class, Profile::traits, Profile.Builder::trait, Trait::new),
            scores("selfLeadership", SelfLeadershipStrategy.class, Profile::strategies, Profile.Builder::strategy,
                    Strategy::new),

            one("employee.age", Codec.INTEGER, employee(EmployeeContext::age),
                    toEmployee(EmployeeContext.Builder::age), EmployeeAge::new),
            one("employee.workAbility", Codec.code(WorkAbility.class), employee(EmployeeContext::workAbility),
                    toEmployee(EmployeeContext.Builder::workAbility), EmployeeWorkAbility::new),
            one("employee.contractHoursPerWeek", Codec.NUMBER, employee(EmployeeContext::contractHoursPerWeek),
                    toEmployee(EmployeeContext.Builder::contractHoursPerWeek), EmployeeHours::new),
            one("employee.educationLevel", Codec.code(EducationLevel.class), employee(EmployeeContext::educationLevel),
                    toEmployee(EmployeeContext.Builder::educationLevel), EmployeeEducation::new),
            one("employee.tenureYears", Codec.INTEGER, employee(EmployeeContext::tenureYears),
                    toEmployee(EmployeeContext.Builder::tenureYears), EmployeeTenure::new),
            each("employee.limitations", Codec.code(Limitation.class), employee(EmployeeContext::limitations),
                    toEmployee(EmployeeContext.Builder::limitation), (kind, i) -> new EmployeeLimitation(kind)),
            one("employee.placementPhase", Codec.code(PlacementPhase.class), employee(EmployeeContext::placementPhase),
                    toEmployee(EmployeeContext.Builder::placementPhase), EmployeePlacement::new),
            scores("employee.careerCompetences", CareerCompetence.class, employee(EmployeeContext::careerCompetences),
                    (b, k, v) -> b.employee(e -> e.careerCompetence(k, v)), CareerScore::new),
            each("employee.situations", Codec.TEXT, employee(EmployeeContext::situations),
                    toEmployee(EmployeeContext.Builder::situation), EmployeeSituation::new),
            value("employee.jobRole", Codec.TEXT),

            one("organisation.size", Codec.code(OrganisationSize.class), organisation(OrganisationContext::size),
                    toOrganisation(OrganisationContext.Builder::size), EmployerSize::new),
            one("organisation.diPolicy", Codec.code(DiPolicy.class), organisation(OrganisationContext::diPolicy),
                    toOrganisation(OrganisationContext.Builder::diPolicy), EmployerDiPolicy::new),
            one("organisation.diMaturity", Codec.code(DiMaturity.class), organisation(OrganisationContext::diMaturity),
                    toOrganisation(OrganisationContext.Builder::diMaturity), EmployerMaturity::new),
            one("organisation.budget", Codec.code(Budget.class), organisation(OrganisationContext::budget),
                    toOrganisation(OrganisationContext.Builder::budget), EmployerBudget::new),
            scores("organisation.motivation", EmployerMotive.class, organisation(OrganisationContext::motivation),
                    (b, k, v) -> b.organisation(o -> o.motivation(k, v)), EmployerMotivation::new),
            one("organisation.urgency", Codec.INTEGER, organisation(OrganisationContext::urgency),
                    toOrganisation(OrganisationContext.Builder::urgency), EmployerUrgency::new),
            scores("organisation.factors", OrganisationalFactor.class, organisation(OrganisationContext::factors),
                    (b, k, v) -> b.organisation(o -> o.factor(k, v)), FactorScore::new),
            each("organisation.offered", Codec.TEXT, organisation(OrganisationContext::offered),
                    toOrganisation(OrganisationContext.Builder::offered), Offered::new),
            each("organisation.situations", Codec.TEXT, organisation(OrganisationContext::situations),
                    toOrganisation(OrganisationContext.Builder::situation), OrganisationSituation::new));

    /** Wire contract v1, checked against the bundled schema. */
    public static final ProfileDescription V1 = new ProfileDescription(new ProfileShape<>(Case::new, V1_FIELDS),
            SchemaCheck.bundled("profile-v1.schema.json"));

    private final ProfileShape<Fact> shape;
    private final ProfileReader reader;

    private ProfileDescription(ProfileShape<Fact> shape, SchemaCheck schema) {
        this.shape = shape;
        this.reader = new ProfileReader(shape, schema);
    }

    /**
     * A field without an accessor or a fact of its own, kept in {@link Profile#values()}: the line a new field
     * starts with, e.g. {@code value("employee.sleepHours", Codec.NUMBER)}. Its fact is {@link ProfileValue}.
     */
    public static ProfileField<Fact> value(String path, Codec<?> codec) {
        return ProfileField.value(path, codec, ProfileDescription::valueFact);
    }

    /** A list of texts without an accessor or a fact of its own; each item is a {@link ProfileValue}. */
    public static ProfileField<Fact> values(String path) {
        return ProfileField.texts(path, ProfileDescription::valueFact);
    }

    /** This description with more fields, checked by {@code schema}: how a test adds fields. */
    public ProfileDescription with(List<ProfileField<Fact>> more, SchemaCheck schema) {
        return new ProfileDescription(shape.with(more), schema);
    }

    public ProfileShape<Fact> shape() {
        return shape;
    }

    /** Reads and checks profiles by this description. */
    public ProfileReader reader() {
        return reader;
    }

    /** The facts the rules match for a profile: one per known value, none for an unknown one. */
    public List<Fact> facts(Profile profile) {
        return shape.facts(profile);
    }

    private static Fact valueFact(String path, Object value, int index) {
        return value instanceof Number n ? ProfileValue.of(path, n.doubleValue())
                : ProfileValue.of(path, (String) value, index);
    }

    private static <V> Function<Profile, V> employee(Function<EmployeeContext, V> get) {
        return p -> get.apply(p.employee());
    }

    private static <V> Function<Profile, V> organisation(Function<OrganisationContext, V> get) {
        return p -> get.apply(p.organisation());
    }

    private static <V> BiConsumer<Profile.Builder, V> toEmployee(BiConsumer<EmployeeContext.Builder, V> set) {
        return (b, v) -> b.employee(e -> set.accept(e, v));
    }

    private static <V> BiConsumer<Profile.Builder, V> toOrganisation(BiConsumer<OrganisationContext.Builder, V> set) {
        return (b, v) -> b.organisation(o -> set.accept(o, v));
    }
}
