package nl.wielwijzer.internal.engine;

import java.util.ArrayList;
import java.util.List;
import nl.wielwijzer.profile.EmployeeContext;
import nl.wielwijzer.profile.OrganisationContext;
import nl.wielwijzer.profile.Profile;
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
import nl.wielwijzer.rules.Pull;
import nl.wielwijzer.rules.Push;
import nl.wielwijzer.rules.Strategy;
import nl.wielwijzer.rules.Trait;

/** Turns a profile into the facts rules match on: one fact per known value, none for unknown ones. */
final class ProfileFacts {

    private ProfileFacts() {
    }

    static List<Fact> of(Profile profile) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Case(profile.subject(), profile.sector()));
        profile.comB().forEach((component, severity) -> facts.add(new Gap(component, severity)));
        for (int i = 0; i < profile.pushFactors().size(); i++) {
            facts.add(new Push(profile.pushFactors().get(i), i));
        }
        for (int i = 0; i < profile.pullFactors().size(); i++) {
            facts.add(new Pull(profile.pullFactors().get(i), i));
        }
        profile.traits().forEach((trait, score) -> facts.add(new Trait(trait, score)));
        profile.strategies().forEach((strategy, score) -> facts.add(new Strategy(strategy, score)));
        employee(profile.employee(), facts);
        organisation(profile.organisation(), facts);
        return facts;
    }

    private static void employee(EmployeeContext e, List<Fact> facts) {
        if (e.age() != null) {
            facts.add(new EmployeeAge(e.age()));
        }
        if (e.workAbility() != null) {
            facts.add(new EmployeeWorkAbility(e.workAbility()));
        }
        if (e.contractHoursPerWeek() != null) {
            facts.add(new EmployeeHours(e.contractHoursPerWeek()));
        }
        if (e.educationLevel() != null) {
            facts.add(new EmployeeEducation(e.educationLevel()));
        }
        if (e.tenureYears() != null) {
            facts.add(new EmployeeTenure(e.tenureYears()));
        }
        e.limitations().forEach(kind -> facts.add(new EmployeeLimitation(kind)));
        if (e.placementPhase() != null) {
            facts.add(new EmployeePlacement(e.placementPhase()));
        }
        e.careerCompetences().forEach((competence, score) -> facts.add(new CareerScore(competence, score)));
        for (int i = 0; i < e.situations().size(); i++) {
            facts.add(new EmployeeSituation(e.situations().get(i), i));
        }
    }

    private static void organisation(OrganisationContext o, List<Fact> facts) {
        if (o.size() != null) {
            facts.add(new EmployerSize(o.size()));
        }
        if (o.diPolicy() != null) {
            facts.add(new EmployerDiPolicy(o.diPolicy()));
        }
        if (o.diMaturity() != null) {
            facts.add(new EmployerMaturity(o.diMaturity()));
        }
        if (o.budget() != null) {
            facts.add(new EmployerBudget(o.budget()));
        }
        o.motivation().forEach((motive, score) -> facts.add(new EmployerMotivation(motive, score)));
        if (o.urgency() != null) {
            facts.add(new EmployerUrgency(o.urgency()));
        }
        o.factors().forEach((factor, score) -> facts.add(new FactorScore(factor, score)));
        for (int i = 0; i < o.offered().size(); i++) {
            facts.add(new Offered(o.offered().get(i), i));
        }
        for (int i = 0; i < o.situations().size(); i++) {
            facts.add(new OrganisationSituation(o.situations().get(i), i));
        }
    }
}
