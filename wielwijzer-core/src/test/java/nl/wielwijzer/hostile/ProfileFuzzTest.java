package nl.wielwijzer.hostile;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CancellationException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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
 * Fuzzes the profile reader through the public API with jqwik: mutated bundled examples and profiles whose
 * numbers are written in every way JSON allows. The properties are the contract of docs/reliability.md:
 * <ul>
 *   <li>reading a profile returns one or throws {@link InvalidProfileException}, nothing else, and every
 *       problem is a sentence (never empty, never a Java exception's name);</li>
 *   <li>no wrong acceptance: a profile read from JSON also passes the Java contract, and a number is
 *       accepted exactly when its exact value is a whole number in range, and then read as that number;</li>
 *   <li>recommending for an accepted profile returns a result or the documented {@link IllegalStateException},
 *       and the same profile gives the same bytes twice.</li>
 * </ul>
 * An ordinary build runs {@code jqwik.tries.default} tries per property (300, a few seconds); raise it on the
 * command line for a long run (docs/reliability.md).
 */
class ProfileFuzzTest {

    private static final List<String> EXAMPLES = List.of("vvt-employee", "vvt-employer", "gemeente-employee",
            "gemeente-employer", "placement-employee").stream().map(n -> Bundled.file("examples/" + n + ".json")).toList();

    /** Pieces an attacker splices in: numbers at every edge, structure, escapes, and bytes that break JSON. */
    private static final List<String> SPLICES = List.of("1e400", "-1e400", "1e308", "1e-2147483648",
            "1.8446744073709551656E19", "18446744073709551656", "9".repeat(120), "1e" + "9".repeat(500), "0.5", "-0",
            "3.0", "2e0", "NaN", "Infinity", "null", "true", "[]", "{}", "[[[[[[[[", "]]]]", "\"\\u0000\"",
            "\"\\u001b[2J\"", "\"\\ud800\"", "\"x\":1,", ",", ":", "\"", "\\", "\uFEFF", "\u0000", "\u202e",
            "\"pushFactors\":[\"a\",\"a\"]", "\"comB\":{\"socialOpportunity\":", "\"age\":", "\"id\":\"\"");

    @Provide
    Arbitrary<String> mutatedExamples() {
        Arbitrary<String> example = Arbitraries.of(EXAMPLES);
        Arbitrary<List<Mutation>> mutations = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 40),
                Arbitraries.oneOf(Arbitraries.of(SPLICES), Arbitraries.strings().ofMaxLength(8)))
                .as(Mutation::new).list().ofMinSize(1).ofMaxSize(6);
        return Combinators.combine(example, mutations).as((text, list) -> {
            String out = text;
            for (Mutation m : list) {
                out = m.apply(out);
            }
            return out;
        });
    }

    /** Insert, delete, replace or repeat at a relative position. */
    record Mutation(int kind, double where, int length, String piece) {
        String apply(String text) {
            int at = (int) (where * text.length());
            int end = Math.min(text.length(), at + length);
            return switch (kind) {
                case 0 -> text.substring(0, at) + piece + text.substring(at);
                case 1 -> text.substring(0, at) + text.substring(end);
                case 2 -> text.substring(0, at) + piece + text.substring(end);
                default -> text.substring(0, at) + text.substring(at, end).repeat(Math.min(length, 20)) + text.substring(at);
            };
        }
    }

    @Property
    void readingNeverThrowsAnythingButInvalidProfileAndNeverAcceptsWhatJavaWouldRefuse(
            @ForAll("mutatedExamples") String json) {
        Recommender recommender = Bundled.recommender();
        Profile profile;
        try {
            profile = recommender.readProfile(null, json);
        } catch (InvalidProfileException e) {
            for (Problem p : e.problems()) {
                assertFalse(p.message().isBlank(), e.getMessage());
                assertFalse(p.message().matches(".*\\b(Exception|Error)\\b.*"), p.message());
            }
            return;
        }
        try {
            recommender.recommend(profile); // the Java contract: throws if the JSON reading accepted too much
        } catch (InvalidProfileException e) {
            fail("accepted from JSON but refused as Java: " + e.getMessage() + "\n" + json);
        } catch (IllegalStateException e) {
            assertFalse(e instanceof CancellationException);
            fail("a bundled rule failed: " + e.getMessage());
        }
    }

    @Provide
    Arbitrary<String> numbers() {
        Arbitrary<String> plain = Arbitraries.bigIntegers().between(new java.math.BigInteger("-" + "9".repeat(30)),
                new java.math.BigInteger("9".repeat(30))).map(Object::toString);
        Arbitrary<String> small = Arbitraries.integers().between(-5, 100).map(Object::toString);
        Arbitrary<String> decimal = Combinators.combine(Arbitraries.integers().between(-100, 100),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(25)).as((i, f) -> i + "." + f);
        Arbitrary<String> exponent = Combinators.combine(Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(20),
                Arbitraries.of("e", "E", "e+", "e-", "E-"), Arbitraries.oneOf(Arbitraries.integers().between(0, 25)
                        .map(Object::toString), Arbitraries.of("400", "308", "2147483648", "99999999999", "0000001")))
                .as((m, e, x) -> (m.length() > 1 ? m.charAt(0) + "." + m.substring(1) : m) + e + x);
        return Arbitraries.oneOf(plain, small, small, decimal, exponent, exponent.map(s -> "-" + s));
    }

    @Property
    void aNumberIsAcceptedExactlyWhenItIsAWholeNumberInRangeAndIsReadAsThatNumber(@ForAll("numbers") String number) {
        String json = "{\"id\":\"n\",\"subject\":\"employee\",\"sector\":\"vvt\",\"employee\":{\"age\":" + number + "}}";
        BigDecimal exact = exactOrNull(number);
        boolean valid = exact != null && exact.signum() * 0 == 0 && isWhole(exact)
                && exact.compareTo(BigDecimal.valueOf(14)) >= 0 && exact.compareTo(BigDecimal.valueOf(80)) <= 0;
        try {
            Profile p = Bundled.recommender().readProfile(null, json);
            assertTrue(valid, "accepted " + number + " as " + p.employee().age());
            assertEquals(exact.intValueExact(), p.employee().age());
        } catch (InvalidProfileException e) {
            assertFalse(valid, number + " was refused: " + e.getMessage());
            assertEquals(1, e.problems().size(), e.getMessage());
            assertEquals("employee.age", e.problems().get(0).field(), e.getMessage());
        }
    }

    @Provide
    Arbitrary<Profile> builtProfiles() {
        Arbitrary<nl.wielwijzer.profile.Subject> subject = Arbitraries.of(nl.wielwijzer.profile.Subject.class);
        Arbitrary<nl.wielwijzer.profile.Sector> sector = Arbitraries.of(nl.wielwijzer.profile.Sector.class);
        Arbitrary<java.util.Map<nl.wielwijzer.bcw.ComB, Integer>> gaps = Arbitraries.maps(
                Arbitraries.of(nl.wielwijzer.bcw.ComB.class), Arbitraries.integers().between(-1, 4)).ofMaxSize(6);
        Arbitrary<List<String>> push = Arbitraries.of("physicalComplaints", "psychologicalComplaints",
                "reorganisation", "heavyWork", "noSuchCode").list().uniqueElements().ofMaxSize(3);
        Arbitrary<Integer> age = Arbitraries.integers().between(10, 90).injectNull(0.3);
        return Combinators.combine(subject, sector, gaps, push, age).as((su, se, g, p, a) -> {
            Profile.Builder b = Profile.builder("built", su, se);
            g.forEach(b::gap);
            p.forEach(b::push);
            if (a != null) {
                b.employee(e -> e.age(a));
            }
            return b.build();
        });
    }

    /** Java-built profiles, valid or not: a result (the same bytes twice) or a documented exception. */
    @Property(tries = 60)
    void recommendingReturnsTheSameResultTwiceOrADocumentedException(@ForAll("builtProfiles") Profile profile) {
        Recommender recommender = Bundled.recommender();
        try {
            String first = Recommender.toJson(recommender.recommend(profile));
            assertEquals(first, Recommender.toJson(recommender.recommend(profile)));
        } catch (InvalidProfileException e) {
            assertFalse(e.problems().isEmpty());
        }
    }

    private static boolean isWhole(BigDecimal v) {
        return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
    }

    /** The exact value, or null when its exponent is beyond anything a range here can hold. */
    private static BigDecimal exactOrNull(String number) {
        try {
            BigDecimal v = new BigDecimal(number);
            return v.precision() - v.scale() > 1000 || v.scale() > 1000 ? null : v;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
