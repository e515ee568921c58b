package nl.wielwijzer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.wielwijzer.bcw.Language;
import nl.wielwijzer.bench.ProfileGenerator;
import nl.wielwijzer.problem.InvalidProfileException;
import nl.wielwijzer.result.Explain;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Batch scoring: one line per profile, in input order, the same results as single calls, errors as lines. */
class BatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyProfileGetsItsLineInInputOrderWithTheSameResultAsASingleCall() throws Exception {
        Recommender recommender = Bundled.recommender();
        ProfileGenerator generator = new ProfileGenerator(recommender, 7);
        List<String> input = new ArrayList<>(generator.profiles(200).toList());
        input.add(50, "{\"id\": \"broken\"");                    // not JSON
        input.add(100, "");                                      // blank: skipped, but counted
        input.add(120, "{\"id\":\"x\",\"subject\":\"robot\"}"); // not a valid profile
        List<String> output;
        try (Stream<String> lines = recommender.recommendLines(input.stream(), 3)) {
            output = lines.toList();
        }
        assertEquals(input.size() - 1, output.size());
        int o = 0;
        for (int i = 0; i < input.size(); i++) {
            String in = input.get(i);
            if (in.isBlank()) {
                continue;
            }
            String out = output.get(o++);
            if (out.startsWith("{\"line\":")) {
                JsonNode error = JSON.readTree(out);
                assertEquals(i + 1, error.get("line").asInt(), out);
                assertEquals("invalid-profile", error.path("error").path("kind").asText(), out);
                assertTrue(i == 50 || i == 120, "only the bad lines fail: " + i + " " + out);
            } else {
                // the same result as a single call, on one line
                assertEquals(JSON.readTree(Recommender.toJson(recommender.recommend(in))), JSON.readTree(out));
                assertTrue(!out.contains("\n"));
            }
        }
    }

    @Test
    void atEveryLevelALineIsTheDocumentASingleCallGivesOnOneLine() throws Exception {
        Recommender recommender = Bundled.recommender();
        List<String> input = new ProfileGenerator(recommender, 11).profiles(8).toList();
        for (Explain level : Explain.values()) {
            List<String> output;
            try (Stream<String> lines = recommender.recommendLines(input.stream(), 2, level, Language.NL)) {
                output = lines.toList();
            }
            assertEquals(input.size(), output.size(), level.code());
            for (int i = 0; i < input.size(); i++) {
                String in = input.get(i);
                String single = level == Explain.FULL
                        ? Recommender.toJson(recommender.trace(recommender.readProfile(null, in)), Language.NL)
                        : Recommender.toJson(recommender.recommend(in), level, Language.NL);
                assertEquals(JSON.readTree(single), JSON.readTree(output.get(i)), level.code() + " line " + (i + 1));
                assertTrue(!output.get(i).contains("\n"));
            }
        }
    }

    @Test
    void theGeneratorIsDeterministicAndCoversBothSubjectsAndEverySector() throws InvalidProfileException {
        Recommender recommender = Bundled.recommender();
        ProfileGenerator a = new ProfileGenerator(recommender, 42);
        ProfileGenerator b = new ProfileGenerator(recommender, 42);
        assertEquals(a.profiles(50).toList(), b.profiles(50).toList());
        assertEquals(a.profile(31), b.profile(31));
        String all = String.join("\n", a.profiles(300).toList());
        for (String s : List.of("\"employee\"", "\"employer\"", "\"vvt\"", "\"gemeente\"", "\"other\"")) {
            assertTrue(all.contains(s), s);
        }
        for (String p : a.profiles(300).toList()) {
            recommender.readProfile(null, p); // every generated profile is valid
        }
    }
}
