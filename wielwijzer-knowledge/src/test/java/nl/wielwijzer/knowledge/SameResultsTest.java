package nl.wielwijzer.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.wielwijzer.Bundled;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.internal.knowledge.Vocabulary;
import nl.wielwijzer.problem.InvalidKnowledgeException;
import nl.wielwijzer.problem.InvalidProfileException;
import nl.wielwijzer.profile.Profile;
import nl.wielwijzer.result.Step;
import nl.wielwijzer.result.Trace;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every bundled example and every scenario profile gives the same result, byte for byte, and the same steps, on
 * both ways of building knowledge: the bundled set (as the library ships it, with whatever start-up shortcuts it
 * takes) and the same rules and catalogue read as a folder and compiled from DRL at run time (as a policy
 * designer's own folder is). Performance work changes how the work is laid out, never what comes out.
 *
 * <p>Before and after a change: run once with {@code -Dwielwijzer.golden=/some/dir} on the old code (the
 * results are written there) and once on the new code (they are compared with what is there).
 */
class SameResultsTest {

    /** The result JSON, then every step the rules took (sorted: firing order is not part of the contract). */
    private static String everything(Recommender recommender, Profile profile) throws InvalidProfileException {
        String json = Recommender.toJson(recommender.recommend(profile));
        Trace trace = recommender.trace(profile);
        assertEquals(json, Recommender.toJson(trace.recommendation()), "trace and recommend agree");
        return json + trace.steps().stream().map(SameResultsTest::step).sorted().collect(Collectors.joining("\n"));
    }

    private static String step(Step s) {
        return String.join(" | ", s.rule(), s.file(), String.valueOf(s.line()), s.effect().toString(),
                s.targetKind().toString(), s.target(), String.valueOf(s.points()), String.join(", ", s.facts()));
    }

    @Test
    void theBundledSetAndTheSameFoldersCompiledAtRunTimeGiveTheSameResultsForEveryProfile()
            throws IOException, InvalidProfileException, InvalidKnowledgeException {
        Recommender bundled = Bundled.recommender();
        // this module's build precompiled the bundled rules (Precompiled): the comparison is worth something only
        // if the bundled set really starts from that compilation and the folders really compile
        assertTrue(bundled.knowledge().precompiled(), "the bundled set starts from its build-time compilation");
        Recommender folders = Recommender.builder().rules(Path.of("rules")).catalog(Path.of("catalog")).build();
        assertTrue(!folders.knowledge().precompiled(), "a folder is compiled");
        // the precompiled set brings its catalogue, vocabulary and rule metadata: the same as the folders give
        assertEquals(folders.knowledge().catalog().instruments(), bundled.knowledge().catalog().instruments());
        for (Vocabulary.Kind kind : Vocabulary.Kind.values()) {
            assertEquals(folders.knowledge().vocabulary().terms(kind), bundled.knowledge().vocabulary().terms(kind));
        }
        assertEquals(folders.knowledge().rules().ruleList(), bundled.knowledge().rules().ruleList());
        Map<String, Profile> profiles = BundledProfiles.all(bundled);
        assertTrue(profiles.size() > 100, "every example and scenario profile: " + profiles.size());
        Path golden = System.getProperty("wielwijzer.golden", "").isBlank() ? null
                : Path.of(System.getProperty("wielwijzer.golden"));
        List<String> differ = new ArrayList<>();
        for (Map.Entry<String, Profile> e : profiles.entrySet()) {
            String a = everything(bundled, e.getValue());
            String b = everything(folders, e.getValue());
            if (!a.equals(b)) {
                differ.add(e.getKey() + " (bundled and folder differ)");
            }
            if (golden != null) {
                Path file = golden.resolve(sha(e.getKey()) + ".txt");
                if (Files.exists(file)) {
                    if (!Files.readString(file, StandardCharsets.UTF_8).equals(a)) {
                        differ.add(e.getKey() + " (differs from " + file + ")");
                    }
                } else {
                    Files.createDirectories(golden);
                    Files.writeString(file, a, StandardCharsets.UTF_8);
                }
            }
        }
        assertEquals(List.of(), differ);
    }

    /**
     * The bundled matrix templates say exactly what the engine's table does, so it applies their cells as a table
     * instead of firing a hundred rules; a template that says anything else fires as rules. Here both templates
     * get {@code salience 0} (the default, so the same rules), which is enough to make them fire: every profile
     * must give the same result and the same steps either way.
     */
    @Test
    void theMatrixAppliedAsATableGivesWhatItsRulesGiveWhenTheyFire(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException, InvalidProfileException, InvalidKnowledgeException {
        Recommender table = Bundled.recommender();
        int cells = table.knowledge().wheel().cells().size();
        assertEquals(cells, table.knowledge().rules().tabled().size(), "every cell of the bundled wheel is applied as a table");
        Path rules = Bundled.copyRules(dir);
        for (String template : List.of("bcw-matrix.drt", "bcw-policy.drt")) {
            Path file = rules.resolve(template);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(text.contains("\nwhen\n"), template);
            Files.writeString(file, text.replace("\nwhen\n", "\n    salience 0\nwhen\n"), StandardCharsets.UTF_8);
        }
        Recommender fired = Recommender.builder().rules(rules).build();
        assertEquals(java.util.Set.of(), fired.knowledge().rules().tabled(), "an edited template fires as rules");
        assertEquals(cells, fired.knowledge().wheel().cells().size());
        List<String> differ = new ArrayList<>();
        for (Map.Entry<String, Profile> e : BundledProfiles.all(table).entrySet()) {
            // the copy's files are named by where it is, the bundled ones as rules/…
            if (!everything(table, e.getValue()).equals(everything(fired, e.getValue()).replace(rules.toString(), "rules"))) {
                differ.add(e.getKey());
            }
        }
        assertEquals(List.of(), differ);
    }

    private static String sha(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
