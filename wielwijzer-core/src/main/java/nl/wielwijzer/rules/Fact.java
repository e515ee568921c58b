package nl.wielwijzer.rules;

/**
 * A fact in working memory that a rule can match. Every fact can say where it came from, so that an
 * explanation names the profile facts a rule fired on: {@code comB.reflectiveMotivation = 3}.
 *
 * <p>Sealed so that the list of fact types rules can match is the compiler's, not a list kept by hand: the
 * hints for rule errors read it from here. A catalogue {@code Instrument} is matched too, but is not a
 * {@code Fact}: the catalogue model sits below this package.
 */
public sealed interface Fact permits Case, Gap, Push, Pull, Trait, Strategy,
        EmployeeAge, EmployeeWorkAbility, EmployeeHours, EmployeeEducation, EmployeeTenure, EmployeeLimitation,
        EmployeePlacement, CareerScore, EmployeeSituation,
        EmployerSize, EmployerDiPolicy, EmployerMaturity, EmployerBudget, EmployerMotivation, EmployerUrgency,
        FactorScore, Offered, OrganisationSituation, ProfileValue,
        Diagnosis, FunctionNeed, CategoryNeed, Candidate {

    /** The JSON path of the profile field the fact comes from, or a name for derived facts. */
    String path();

    /** The value as it appears in the profile. */
    String value();

    /** {@code path = value}, as explanations show it. */
    default String describe() {
        return path() + " = " + value();
    }
}
