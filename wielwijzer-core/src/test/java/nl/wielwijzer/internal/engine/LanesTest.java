package nl.wielwijzer.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.internal.knowledge.RuleBook;
import nl.wielwijzer.internal.knowledge.RuleInfo;
import nl.wielwijzer.profile.Sector;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sector's own knowledge base holds exactly the rules that may fire for it, and is made once, after the set number
 * of calls about that sector, on the worker; calls go on over the whole set until it is there. That the results are
 * the same on both is {@code SameResultsTest}'s, over every example and scenario.
 */
class LanesTest {

    private static final RuleBook BOOK = bundled();

    private static RuleBook bundled() {
        try {
            return Recommender.builder().build().knowledge().rules();
        } catch (nl.wielwijzer.problem.InvalidKnowledgeException e) {
            throw new AssertionError(e);
        }
    }

    private static Set<String> names(KieBase base) {
        Set<String> names = new TreeSet<>();
        base.getKiePackages().forEach(p -> p.getRules().forEach(r -> names.add(r.getName())));
        return names;
    }

    @Test
    void aSectorsOwnBaseHoldsEveryRuleThatMayFireForItAndNoOther() {
        Lanes lanes = new Lanes(BOOK, 0, Runnable::run);
        for (Sector sector : Sector.values()) {
            Set<String> expected = new TreeSet<>();
            for (String name : names(BOOK.kieBase())) {
                RuleInfo info = BOOK.rules().get(name);
                if (info == null || info.appliesTo(sector)) {
                    expected.add(name);
                }
            }
            assertTrue(expected.size() < names(BOOK.kieBase()).size(), "some bundled rules hold elsewhere only: " + sector);
            assertEquals(expected, names(lanes.of(sector).base()), sector.code());
        }
    }

    @Test
    void aSectorGetsItsOwnBaseOnceAfterTheSetNumberOfCallsAndTheWholeSetServesUntilThen() {
        List<Runnable> queued = new ArrayList<>();
        Lanes lanes = new Lanes(BOOK, 3, queued::add);
        Lanes.Lane whole = lanes.of(Sector.VVT);
        assertSame(BOOK.kieBase(), whole.base(), "the first call runs on the whole set");
        assertSame(whole, lanes.of(Sector.VVT));
        assertEquals(List.of(), queued, "not yet asked for often enough");
        assertSame(whole, lanes.of(Sector.VVT), "the third call asks for the base, and is served by the whole set");
        assertEquals(1, queued.size());
        assertSame(whole, lanes.of(Sector.VVT), "until it is made, the whole set serves");
        assertSame(whole, lanes.of(Sector.GEMEENTE), "another sector counts its own calls");
        assertEquals(1, queued.size(), "asked for once");
        queued.get(0).run();
        Lanes.Lane own = lanes.of(Sector.VVT);
        assertNotSame(whole, own);
        assertSame(own, lanes.of(Sector.VVT), "made once, then kept");
        assertSame(whole, lanes.of(Sector.GEMEENTE));
        for (int i = 0; i < 10; i++) {
            lanes.of(Sector.VVT);
        }
        assertEquals(1, queued.size(), "never asked for again");
    }
}
