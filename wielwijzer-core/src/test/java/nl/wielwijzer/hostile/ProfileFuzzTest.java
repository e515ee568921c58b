package nl.wielwijzer.hostile;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CancellationException;
import nl.wielwijzer.Bundled;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.problem.InvalidProfileException;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.profile.Profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Fuzzes the profile reader through the public API with Jazzer (coverage-guided, libFuzzer). Each input is one
 * of: a bundled example mutated by the fuzzer (insertions, deletions, repeats, and splices of hostile pieces:
 * numbers at every edge, brackets, escapes, byte order marks, NULs, bidirectional characters); raw text; or
 * {@code employee.age} written as a number the fuzzer composes. The properties are the contract of
 * docs/reliability.md:
 * <ul>
 *   <li>reading returns a profile or throws {@link InvalidProfileException}, nothing else, and every problem
 *       is a sentence (never empty, never a Java exception's class name);</li>
 *   <li>no wrong acceptance: a profile read from JSON also meets the Java contract, and a call on it returns a
 *       result (the bundled rules never fail on a valid profile);</li>
 *   <li>a number is accepted exactly when its exact value is a whole number in range, and then read as it.</li>
 * </ul>
 * In a build ({@code JAZZER_FUZZ=1}, set by the core pom) it fuzzes for {@value #BUDGET}; with
 * {@code -Djazzer.fuzz=} it only replays the inputs under src/test/resources/.../ProfileFuzzTestInputs. A failing
 * input is written as a file and replayed from then on. docs/reliability.md says how to run it long.
 */
class ProfileFuzzTest {

    static final String BUDGET = "5s";

    private static final List<String> EXAMPLES = List.of("vvt-employee", "vvt-employer", "gemeente-employee",
            "gemeente-employer", "placement-employee").stream().map(n -> Bundled.file("examples/" + n + ".json")).toList();

    private static final List<String> SPLICES = List.of("1e400", "-1e400", "1e308", "1e-2147483648",
            "1.8446744073709551656E19", "18446744073709551656", "9".repeat(120), "1e" + "9".repeat(500), "0.5", "-0",
            "3.0", "2e0", "5.8e1", "NaN", "Infinity", "null", "true", "[]", "{}", "[[[[[[[[", "]]]]", "\"\\u0000\"",
            "\"\\u001b[2J\"", "\"\\ud800\"", "\"x\":1,", ",", ":", "\"", "\\", "\uFEFF", "\u0000", "\u202e",
            "\"pushFactors\":[\"a\",\"a\"]", "\"comB\":{\"socialOpportunity\":", "\"age\":", "\"id\":\"\"");

    @FuzzTest(maxDuration = BUDGET)
    void theProfileReaderHoldsItsContract(FuzzedDataProvider data) {
        switch (data.consumeInt(0, 2)) {
            case 0 -> read(mutatedExample(data));
            case 1 -> read(data.consumeRemainingAsString());
            default -> age(number(data));
        }
    }

    private static String mutatedExample(FuzzedDataProvider data) {
        String text = data.pickValue(EXAMPLES);
        int mutations = data.consumeInt(1, 6);
        for (int i = 0; i < mutations && data.remainingBytes() > 0; i++) {
            int at = data.consumeInt(0, text.length());
            int end = Math.min(text.length(), at + data.consumeInt(0, 40));
            String piece = data.consumeBoolean() ? data.pickValue(SPLICES) : data.consumeString(8);
            text = switch (data.consumeInt(0, 3)) {
                case 0 -> text.substring(0, at) + piece + text.substring(at);
                case 1 -> text.substring(0, at) + text.substring(end);
                case 2 -> text.substring(0, at) + piece + text.substring(end);
                default -> text.substring(0, at) + text.substring(at, end).repeat(data.consumeInt(1, 20)) + text.substring(at);
            };
        }
        return text;
    }

    private static String number(FuzzedDataProvider data) {
        String digits = data.consumeString(30).replaceAll("[^0-9]", "");
        String mantissa = (data.consumeBoolean() ? "-" : "") + (digits.isEmpty() ? "0" : digits);
        if (data.consumeBoolean() && mantissa.replace("-", "").length() > 1) {
            int dot = data.consumeInt(1, mantissa.replace("-", "").length() - 1) + (mantissa.startsWith("-") ? 1 : 0);
            mantissa = mantissa.substring(0, dot) + "." + mantissa.substring(dot);
        }
        if (data.consumeBoolean()) {
            String exponent = data.consumeBoolean() ? data.pickValue(List.of("400", "308", "2147483648", "99999999999",
                    "0000001", "1", "2")) : String.valueOf(data.consumeInt(0, 30));
            mantissa += data.pickValue(List.of("e", "E", "e+", "e-", "E-")) + exponent;
        }
        return mantissa;
    }

    private static void read(String json) {
        Recommender recommender = Bundled.recommender();
        Profile profile;
        try {
            profile = recommender.readProfile(null, json);
        } catch (InvalidProfileException e) {
            for (Problem p : e.problems()) {
                assertFalse(p.message().isBlank(), e.getMessage());
                // a sentence, not a Java exception's class name (the input's own text may say anything)
                assertFalse(p.message().matches(".*\\b[a-z]+(\\.[a-z]+)+\\.[A-Z]\\w*(Exception|Error)\\b.*"), p.message());
            }
            return;
        }
        try {
            recommender.recommend(profile); // the Java contract: refuses what JSON reading accepted too much of
        } catch (InvalidProfileException e) {
            fail("accepted from JSON but refused as Java: " + e.getMessage() + "\n" + json);
        } catch (IllegalStateException e) {
            assertFalse(e instanceof CancellationException);
            fail("a bundled rule failed: " + e.getMessage());
        }
    }

    private static void age(String number) {
        String json = "{\"id\":\"n\",\"subject\":\"employee\",\"sector\":\"vvt\",\"employee\":{\"age\":" + number + "}}";
        boolean jsonNumber = number.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
        BigDecimal exact = jsonNumber ? exactOrNull(number) : null;
        boolean valid = exact != null && (exact.signum() == 0 || exact.stripTrailingZeros().scale() <= 0)
                && exact.compareTo(BigDecimal.valueOf(14)) >= 0 && exact.compareTo(BigDecimal.valueOf(80)) <= 0;
        try {
            Profile p = Bundled.recommender().readProfile(null, json);
            assertTrue(valid, "accepted " + number + " as " + p.employee().age());
            assertEquals(exact.intValueExact(), p.employee().age());
        } catch (InvalidProfileException e) {
            assertFalse(valid, number + " was refused: " + e.getMessage());
            assertEquals(1, e.problems().size(), e.getMessage());
            if (jsonNumber) {
                assertEquals("employee.age", e.problems().get(0).field(), e.getMessage());
            }
        }
    }

    /** The exact value, or null when its exponent is beyond any range here. */
    private static BigDecimal exactOrNull(String number) {
        try {
            BigDecimal v = new BigDecimal(number);
            return v.precision() - v.scale() > 1000 || v.scale() > 1000 ? null : v;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
