package nl.wielwijzer.evaluation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wielwijzer.Bundled;
import nl.wielwijzer.bcw.ComB;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.catalog.Audience;
import nl.wielwijzer.catalog.Basis;
import nl.wielwijzer.catalog.Instrument;
import nl.wielwijzer.profile.Profile;
import nl.wielwijzer.profile.Sector;
import nl.wielwijzer.profile.Subject;
import org.junit.jupiter.api.Test;

import static nl.wielwijzer.bcw.InterventionFunction.COERCION;
import static nl.wielwijzer.bcw.InterventionFunction.EDUCATION;
import static nl.wielwijzer.bcw.InterventionFunction.ENABLEMENT;
import static nl.wielwijzer.bcw.InterventionFunction.ENVIRONMENTAL_RESTRUCTURING;
import static nl.wielwijzer.bcw.InterventionFunction.INCENTIVISATION;
import static nl.wielwijzer.bcw.InterventionFunction.MODELLING;
import static nl.wielwijzer.bcw.InterventionFunction.PERSUASION;
import static nl.wielwijzer.bcw.InterventionFunction.RESTRICTION;
import static nl.wielwijzer.bcw.InterventionFunction.TRAINING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The plain-matrix baseline on profiles ranked by hand from the 2014 matrix (rules/bcw-wheel.yaml). */
class MatrixBaselineTest {

    private static final Map<ComB, List<InterventionFunction>> WHEEL =
            MatrixBaseline.links(Bundled.recommender().knowledge().wheel());

    /** Physical opportunity 1, social opportunity 2. */
    private static Profile opportunityGaps(Subject subject) {
        return Profile.builder("t", subject, Sector.VVT).gap(ComB.PHYSICAL_OPPORTUNITY, 1)
                .gap(ComB.SOCIAL_OPPORTUNITY, 2).build();
    }

    @Test
    void functionsAreRankedBySummedGapSeverityThroughThe2014Matrix() {
        // physical opportunity (1): training (2014), restriction, environmental restructuring, enablement
        // social opportunity (2): restriction, environmental restructuring, modelling (2014), enablement
        // -> restriction 3, environmental restructuring 3, enablement 3 (ties in the wheel's order), modelling 2, training 1
        MatrixBaseline baseline = new MatrixBaseline(WHEEL, List.of(), 10);
        assertEquals(List.of(RESTRICTION, ENVIRONMENTAL_RESTRUCTURING, ENABLEMENT, MODELLING, TRAINING),
                baseline.functions(opportunityGaps(Subject.EMPLOYEE)));
    }

    @Test
    void aMotivationGapOutweighsASmallerCapabilityGap() {
        // reflective motivation (3): education, persuasion, incentivisation, coercion -> 3 each
        // physical capability (2): training, enablement -> 2 each
        Profile profile = Profile.builder("t", Subject.EMPLOYEE, Sector.GEMEENTE).gap(ComB.PHYSICAL_CAPABILITY, 2)
                .gap(ComB.REFLECTIVE_MOTIVATION, 3).build();
        assertEquals(List.of(EDUCATION, PERSUASION, INCENTIVISATION, COERCION, TRAINING, ENABLEMENT),
                new MatrixBaseline(WHEEL, List.of(), 10).functions(profile));
    }

    private static final List<Instrument> CATALOGUE = List.of(
            instrument("b-two", Set.of(Audience.EMPLOYEE), Set.of(Sector.VVT), ENVIRONMENTAL_RESTRUCTURING, ENABLEMENT),
            instrument("a-two", Set.of(Audience.EMPLOYEE), Set.of(Sector.VVT), RESTRICTION, ENABLEMENT),
            instrument("c-one", Set.of(Audience.EMPLOYEE), Set.of(Sector.VVT, Sector.OTHER), ENABLEMENT),
            instrument("d-three-elsewhere", Set.of(Audience.EMPLOYEE), Set.of(Sector.GEMEENTE),
                    RESTRICTION, ENVIRONMENTAL_RESTRUCTURING, ENABLEMENT),
            instrument("e-three-employer", Set.of(Audience.ORGANISATION), Set.of(Sector.VVT),
                    RESTRICTION, ENVIRONMENTAL_RESTRUCTURING, ENABLEMENT),
            instrument("f-other-function", Set.of(Audience.EMPLOYEE), Set.of(Sector.VVT), EDUCATION),
            instrument("g-team-all", Set.of(Audience.TEAM), Set.of(Sector.VVT),
                    RESTRICTION, ENVIRONMENTAL_RESTRUCTURING, ENABLEMENT, MODELLING));

    @Test
    void instrumentsForAnEmployeeAreThoseOfItsSectorThatDeliverMostOfTheTopThree() {
        // top three: restriction, environmental restructuring, enablement. For an employee in VVT:
        // g-team-all delivers 3; a-two and b-two 2 (by id); c-one 1; d (gemeente), e (employer only) and
        // f (no top function) are out
        MatrixBaseline baseline = new MatrixBaseline(WHEEL, CATALOGUE, 10);
        Answer answer = baseline.answer(opportunityGaps(Subject.EMPLOYEE));
        assertEquals(List.of("g-team-all", "a-two", "b-two", "c-one"), ids(answer));
        assertEquals(List.of("g-team-all", "a-two", "b-two"), ids(new MatrixBaseline(WHEEL, CATALOGUE, 3)
                .answer(opportunityGaps(Subject.EMPLOYEE))));
        assertNull(answer.route());
        assertNull(answer.phase());
        assertFalse(answer.choosesRoute());
    }

    @Test
    void instrumentsForAnEmployerAreThoseAnEmployerCanOrganise() {
        // e-three-employer (organisation) and g-team-all (a team is something an employer organises) deliver 3 each
        assertEquals(List.of("e-three-employer", "g-team-all"),
                ids(new MatrixBaseline(WHEEL, CATALOGUE, 10).answer(opportunityGaps(Subject.EMPLOYER))));
    }

    private static List<String> ids(Answer answer) {
        return answer.instruments().stream().map(Answer.Returned::id).toList();
    }

    private static Instrument instrument(String id, Set<Audience> audience, Set<Sector> sectors,
                                         InterventionFunction... functions) {
        Map<InterventionFunction, Basis> delivered = new EnumMap<>(InterventionFunction.class);
        for (InterventionFunction f : functions) {
            delivered.put(f, Basis.STATED);
        }
        return new Instrument(id, id, null, null, id, "", "", null, audience, sectors, delivered, Map.of(), Set.of(), Set.of(),
                Set.of(), Set.of(), null, null, Set.of(), null, null, null, null, null, null, null, null, null, List.of(), "test.yaml", 1);
    }
}
