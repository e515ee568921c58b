package nl.wielwijzer.catalog;

import java.util.List;
import nl.wielwijzer.Bundled;
import nl.wielwijzer.internal.knowledge.Catalog;
import nl.wielwijzer.profile.Profile;
import nl.wielwijzer.profile.Subject;
import nl.wielwijzer.result.Effect;
import nl.wielwijzer.result.Exclusion;
import nl.wielwijzer.result.Explanation;
import nl.wielwijzer.result.RankedInstrument;
import nl.wielwijzer.result.Recommendation;
import nl.wielwijzer.result.TargetKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Instruments are matched to subject, sector and the employee's circumstances, ranked, and explained. */
class InstrumentMatchingTest {

    private static Catalog catalog() {
        return Bundled.recommender().knowledge().catalog();
    }

    @ParameterizedTest
    @MethodSource("nl.wielwijzer.Bundled#examplePaths")
    void everyRecommendedInstrumentFitsTheProfile(String example) throws Exception {
        Profile profile = Bundled.recommender().readProfile(example, Bundled.file(example));
        Recommendation r = Bundled.recommender().recommend(profile);
        assertFalse(r.instruments().isEmpty(), example + " gets no instruments");
        for (RankedInstrument ranked : r.instruments()) {
            Instrument i = catalog().find(ranked.id()).orElseThrow();
            String what = example + ": " + i.id();
            assertTrue(i.fits(profile.sector()), what + " is for sectors " + i.sectors());
            if (profile.subject() == Subject.EMPLOYEE) {
                assertTrue(i.isForEmployees(), what + " is not something an employee can use or ask for: " + i.audience());
            } else {
                assertTrue(i.isForEmployers() || i.isForEmployees(), what);
            }
            if (profile.employee().age() != null) {
                assertTrue(i.fitsAge(profile.employee().age()), what + " is for ages " + i.ageMin() + "-" + i.ageMax());
            }
            if (profile.employee().workAbility() != null) {
                assertTrue(i.fitsWorkAbility(profile.employee().workAbility()), what + " is for work ability " + i.workAbility());
            }
            if (profile.employee().placementPhase() != null) {
                assertTrue(i.fitsPlacement(profile.employee().placementPhase()), what + " is for phases " + i.placementPhases());
            }
            assertTrue(ranked.explanations().stream().anyMatch(x -> x.effect() == Effect.CONSIDER), what + " is not explained as a fit");
            assertTrue(ranked.explanations().stream().anyMatch(x -> x.points() > 0), what + " has no explained points");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples/vvt-employee.json", "examples/vvt-employer.json", "examples/gemeente-employer.json"})
    void instrumentsAreRankedByScoreThenEvidenceThenId(String example) throws Exception {
        List<RankedInstrument> ranked = Bundled.recommender().recommend(Bundled.file(example)).instruments();
        for (int i = 1; i < ranked.size(); i++) {
            RankedInstrument a = ranked.get(i - 1);
            RankedInstrument b = ranked.get(i);
            assertEquals(i + 1, b.rank());
            boolean inOrder = a.score() > b.score()
                    || (a.score() == b.score() && a.evidence().ordinal() < b.evidence().ordinal())
                    || (a.score() == b.score() && a.evidence() == b.evidence() && a.id().compareTo(b.id()) < 0);
            assertTrue(inOrder, example + ": " + a.id() + " before " + b.id());
            assertEquals(Math.round(b.score() * 10), b.explanations().stream().mapToLong(x -> Math.round(x.counted() * 10)).sum(),
                    "the score is the sum of the explained points that counted: " + b.id());
        }
    }

    @Test
    void whatTheOrganisationAlreadyOffersIsNotRecommendedAgain() throws Exception {
        String employer = Bundled.file("examples/vvt-employer.json");
        String top = Bundled.recommender().recommend(employer).instruments().get(0).id();
        String offering = employer.replace("\"organisation\": {", "\"organisation\": {\n    \"offered\": [\"" + top + "\"],");
        Recommendation r = Bundled.recommender().recommend(offering);
        assertTrue(r.instruments().stream().noneMatch(i -> i.id().equals(top) && i.status() == RankedInstrument.Status.NEW));
        boolean excludedAsOffered = r.excluded().stream().filter(e -> e.kind() == TargetKind.INSTRUMENT && e.code().equals(top))
                .map(Exclusion::explanations).flatMap(List::stream).anyMatch(x -> x.effect() == Effect.ALREADY_OFFERED);
        boolean betterUse = r.instruments().stream().anyMatch(i -> i.id().equals(top) && i.status() == RankedInstrument.Status.MAKE_BETTER_USE);
        assertTrue(excludedAsOffered || betterUse, "the offered instrument is either excluded or to be used better");
    }

    @Test
    void instrumentsForAnotherAgeAreRuledOut() throws Exception {
        Instrument aged = catalog().instruments().stream().filter(i -> i.ageMin() != null && i.ageMin() >= 45)
                .findFirst().orElseThrow();
        String sector = aged.sectors().iterator().next().code();
        String young = "{\"id\":\"y\",\"subject\":\"employee\",\"sector\":\"" + sector + "\","
                + "\"comB\":{\"physicalCapability\":3,\"psychologicalCapability\":3,\"physicalOpportunity\":3,"
                + "\"socialOpportunity\":3,\"reflectiveMotivation\":3,\"automaticMotivation\":3},\"employee\":{\"age\":25}}";
        Recommendation r = Bundled.recommender().recommend(young);
        assertTrue(r.instruments().stream().noneMatch(i -> i.id().equals(aged.id())), aged.id());
    }
}
