package nl.wielwijzer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.wielwijzer.bcw.ComB;
import nl.wielwijzer.internal.knowledge.Knowledge;
import nl.wielwijzer.problem.InvalidKnowledgeException;
import nl.wielwijzer.profile.Profile;
import nl.wielwijzer.profile.Sector;
import nl.wielwijzer.profile.Subject;
import nl.wielwijzer.result.Recommendation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An edited rule set replaces the old one whole; a broken one is reported and the old one keeps serving. */
class ReloadTest {

    private static final Profile SOCIAL_GAP = Profile.builder("r", Subject.EMPLOYER, Sector.OTHER)
            .gap(ComB.SOCIAL_OPPORTUNITY, 3).build();


    private static double modelling(Recommendation r) {
        return r.interventionFunctions().stream().filter(f -> f.function().code().equals("modelling"))
                .mapToDouble(f -> f.score()).findFirst().orElse(0);
    }

    @Test
    void aGoodEditReplacesTheRulesAndABrokenOneIsRefused(@TempDir Path dir) throws Exception {
        Path rules = Bundled.copyRules(dir);
        Recommender recommender = Recommender.builder().rules(rules).build();
        Knowledge first = recommender.knowledge();
        double before = modelling(recommender.recommend(SOCIAL_GAP));

        Path matrix = rules.resolve("bcw-matrix.drt");
        String text = Files.readString(matrix);
        Files.writeString(matrix, text.replace("advice.favour(@{FUNCTION}, 2 * $gap.severity());",
                "advice.favour(@{FUNCTION}, 2 * $gap.severity() + 1);"));
        recommender.reload();
        assertNotSame(first, recommender.knowledge());
        assertTrue(modelling(recommender.recommend(SOCIAL_GAP)) > before);
        Knowledge second = recommender.knowledge();

        Files.writeString(matrix, text.replace("advice.favour(@{FUNCTION}, 2 * $gap.severity());", "advice.favour(@{FUNCTION}, "));
        InvalidKnowledgeException broken = assertThrows(InvalidKnowledgeException.class, recommender::reload);
        assertTrue(broken.problems().get(0).file().endsWith("bcw-matrix.drt"), broken.problems().toString());
        assertSame(second, recommender.knowledge(), "the last good set keeps serving");
        assertEquals(before + 1, modelling(recommender.recommend(SOCIAL_GAP)));
    }

    @Test
    void callsDuringReloadsAlwaysSeeOneWholeSet(@TempDir Path dir) throws Exception {
        Path rules = Bundled.copyRules(dir);
        Recommender recommender = Recommender.builder().rules(rules).build();
        double base = modelling(recommender.recommend(SOCIAL_GAP));
        Path matrix = rules.resolve("bcw-matrix.drt");
        String text = Files.readString(matrix);
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<List<Double>>> callers = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                callers.add(pool.submit(() -> {
                    List<Double> seen = new ArrayList<>();
                    while (!stop.get()) {
                        seen.add(modelling(recommender.recommend(SOCIAL_GAP)));
                    }
                    return seen;
                }));
            }
            for (int i = 1; i <= 3; i++) {
                Files.writeString(matrix, text.replace("advice.favour(@{FUNCTION}, 2 * $gap.severity());",
                        "advice.favour(@{FUNCTION}, 2 * $gap.severity() + " + i + ");"));
                recommender.reload();
            }
            stop.set(true);
            for (Future<List<Double>> caller : callers) {
                for (double score : caller.get()) {
                    // Each score is that of exactly one version of the rules: never a mix.
                    assertTrue(score >= base && score <= base + 3, "score " + score);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
