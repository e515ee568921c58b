package nl.wielwijzer.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Explanations are ordered by their facts as the texts joined by "|" compare; the engine compares the lists without
 * joining them. The two must always agree, also where one text is a prefix of another or a text holds a "|".
 */
class JoinedOrderTest {

    @Test
    void agreesWithComparingTheJoinedTextsOnEdgeCases() {
        List<List<String>> lists = List.of(List.of(), List.of(""), List.of("", ""), List.of("a"), List.of("a", ""),
                List.of("", "a"), List.of("ab", "c"), List.of("a", "bc"), List.of("a|b"), List.of("a", "b"),
                List.of("a", "b", "c"), List.of("a", "b|c"), List.of("comB.x = 3"), List.of("comB.x = 3", "age = 61"),
                List.of("comB.x = 31"), List.of("~"), List.of("{"));
        for (List<String> a : lists) {
            for (List<String> b : lists) {
                assertEquals(Integer.signum(String.join("|", a).compareTo(String.join("|", b))),
                        JoinedOrder.compare(a, b), () -> a + " against " + b);
            }
        }
    }

    @Test
    void agreesWithComparingTheJoinedTextsOnRandomLists() {
        Random random = new Random(12);
        for (int n = 0; n < 20_000; n++) {
            List<String> a = randomList(random);
            List<String> b = random.nextInt(4) == 0 ? new ArrayList<>(a) : randomList(random);
            assertEquals(Integer.signum(String.join("|", a).compareTo(String.join("|", b))),
                    JoinedOrder.compare(a, b), () -> a + " against " + b);
        }
    }

    /** Short texts over a small alphabet that includes the separator and characters on either side of it. */
    private static List<String> randomList(Random random) {
        String alphabet = "ab|{~ =";
        List<String> out = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            StringBuilder text = new StringBuilder();
            for (int c = random.nextInt(4); c > 0; c--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            out.add(text.toString());
        }
        return out;
    }
}
