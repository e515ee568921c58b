package nl.wielwijzer.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.wielwijzer.Bundled;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.internal.io.SourceFiles;
import nl.wielwijzer.problem.InvalidProfileException;
import nl.wielwijzer.result.RankedInstrument;
import nl.wielwijzer.result.Recommendation;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, item 6: instruments are chosen by what the seeds say about the case, not by breadth. Over the judged
 * set, no instrument may stand in more than a third of the top-10 lists unless the seeds justify it for those
 * profiles, that is: unless a finding that names the instrument put it there ({@code fit: specific}). An
 * instrument may be broad and still be in many lists, but not by the generic matching and by findings that
 * choose instruments by attribute (a phase, a route) alone.
 */
class BreadthTest {

    @Test
    void noInstrumentFillsMoreThanAThirdOfTheListsWithoutAFindingThatNamesIt() throws IOException, InvalidProfileException {
        Recommender recommender = Bundled.recommender();
        Path dir = Path.of("evaluation/judged");
        JudgedCaseReader.Loaded loaded = new JudgedCaseReader(recommender)
                .load(SourceFiles.directory(dir, ".yaml", dir.toString()));
        assertEquals(List.of(), loaded.problems());
        int cases = loaded.cases().size();
        Map<String, Integer> unjustified = new TreeMap<>();
        for (JudgedCase c : loaded.cases()) {
            Recommendation r = recommender.recommend(c.profile());
            for (RankedInstrument i : r.instruments()) {
                if (i.fit() == RankedInstrument.Fit.GENERIC) {
                    unjustified.merge(i.id(), 1, Integer::sum);
                }
            }
        }
        assertTrue(cases >= 40, "cases: " + cases);
        unjustified.forEach((id, lists) -> assertTrue(3 * lists <= cases,
                id + " stands in " + lists + " of " + cases + " top-10 lists without a finding that names it"));
    }
}
