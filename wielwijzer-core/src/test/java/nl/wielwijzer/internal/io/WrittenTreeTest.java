package nl.wielwijzer.internal.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import nl.wielwijzer.Bundled;
import nl.wielwijzer.bcw.ComB;
import nl.wielwijzer.bench.ProfileGenerator;
import nl.wielwijzer.internal.knowledge.ProfileDescription;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.profile.Profile;
import nl.wielwijzer.profile.Sector;
import nl.wielwijzer.profile.SelfLeadershipTrait;
import nl.wielwijzer.profile.Subject;
import org.junit.jupiter.api.Test;

/**
 * {@link LocatedTree#written}, which checks a profile built in Java without writing its text, gives exactly what
 * writing the text and reading it back gave (and still gives where a limit might be reached): the same nodes
 * of the same kinds in the same order, the same number texts at the same paths, no locations, and the same
 * problems from the schema; and where the text is refused, the same problems, placed nowhere.
 */
class WrittenTreeTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final SchemaCheck SCHEMA = SchemaCheck.bundled("profile-v1.schema.json");

    /** The reference: what the check did before, the text written and read as JSON input, placed nowhere. */
    private static LocatedTree byText(JsonNode tree) throws LocatedTree.ParseFailure {
        return LocatedTree.json(null, tree.toString()).withoutLocations();
    }

    private static JsonNode written(Profile profile) {
        return ProfileDescription.V1.shape().write(profile);
    }

    /** The tree is taken without its text, and gives what its text gives. */
    private static void copiedAsItsText(JsonNode tree) {
        assertNotNull(LocatedTree.copied(tree), () -> "not taken without its text: " + start(tree));
        sameAsItsText(tree);
    }

    /**
     * {@link LocatedTree#written} gives what the text gives: the same tree, number texts and schema problems, or
     * the same problems when the text is refused (and then nothing was taken without the text).
     */
    private static void sameAsItsText(JsonNode tree) {
        LocatedTree reference;
        try {
            reference = byText(tree);
        } catch (LocatedTree.ParseFailure e) {
            assertNull(LocatedTree.copied(tree), () -> "taken without its text, which is refused: " + start(tree));
            LocatedTree.ParseFailure refused = assertThrows(LocatedTree.ParseFailure.class, () -> LocatedTree.written(tree));
            assertEquals(e.problems().stream().map(p -> new Problem(null, 0, 0, p.field(), p.message(), p.hint())).toList(),
                    refused.problems());
            return;
        }
        LocatedTree actual;
        try {
            actual = LocatedTree.written(tree);
        } catch (LocatedTree.ParseFailure e) {
            throw new AssertionError("refused, but its text is read: " + e.getMessage(), e);
        }
        assertNull(actual.file());
        assertEquals(reference.root(), actual.root());
        sameNodes(reference, reference.root(), actual, actual.root(), "");
        // the schema check replaces valid numbers in the tree it checks, so it comes after the comparison
        assertEquals(SCHEMA.check(reference), SCHEMA.check(actual), () -> start(tree));
    }

    /** Node by node: kind, names in order, value as written, number text and location at every path. */
    private static void sameNodes(LocatedTree expectedTree, JsonNode expected, LocatedTree actualTree, JsonNode actual,
                                  String path) {
        assertEquals(expected.getClass(), actual.getClass(), path);
        assertEquals(expectedTree.numberText(path), actualTree.numberText(path), path);
        assertArrayEquals(expectedTree.locate(path), actualTree.locate(path), path);
        if (expected.isObject()) {
            assertEquals(names(expected), names(actual), path);
            for (String name : names(expected)) {
                sameNodes(expectedTree, expected.get(name), actualTree, actual.get(name), LocatedTree.child(path, name));
            }
        } else if (expected.isArray()) {
            assertEquals(expected.size(), actual.size(), path);
            for (int i = 0; i < expected.size(); i++) {
                sameNodes(expectedTree, expected.get(i), actualTree, actual.get(i), LocatedTree.index(path, i));
            }
        } else {
            assertEquals(expected, actual, path);
            assertEquals(expected.toString(), actual.toString(), path); // a decimal's scale: 123.4500
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> i = object.fieldNames(); i.hasNext(); ) {
            names.add(i.next());
        }
        return names;
    }

    private static String start(JsonNode tree) {
        String text = tree.toString();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static Profile.Builder employee() {
        return Profile.builder("x", Subject.EMPLOYEE, Sector.VVT);
    }

    private static Profile employee(Consumer<Profile.Builder> how) {
        Profile.Builder b = employee();
        how.accept(b);
        return b.build();
    }

    @Test
    void theBundledExamples() throws Exception {
        List<String> examples = Bundled.examplePaths();
        assertEquals(5, examples.size());
        for (String example : examples) {
            Profile profile = Bundled.recommender().readProfile(example, Bundled.file(example));
            copiedAsItsText(written(profile));
        }
    }

    @Test
    void generatedProfiles() throws Exception {
        for (long seed : new long[] {1, 2, 3}) {
            ProfileGenerator generator = new ProfileGenerator(Bundled.recommender(), seed);
            for (long i = 0; i < 300; i++) {
                copiedAsItsText(written(Bundled.recommender().readProfile(null, generator.profile(i))));
            }
        }
    }

    @Test
    void oddDoublesAsJavaGivesThem() {
        double[] odd = {1e300, -1e300, Double.MAX_VALUE, Double.MIN_VALUE, -Double.MIN_NORMAL, -0.0, 0.0,
            1.8446744073709551656E19, 60.000000000000000000001, 60.00000000000001, 1e-7, 2.0E-3, 32.5, 1.0 / 3,
            1e21, 1e20, 123456789012345678.0, 58.0, -1.0};
        for (double d : odd) {
            copiedAsItsText(written(employee(b -> b.employee(e -> e.contractHoursPerWeek(d)))));
            copiedAsItsText(written(employee(b -> b.value("targetBehaviour", d))));
        }
        SplittableRandom random = new SplittableRandom(12);
        for (int i = 0; i < 2_000; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            copiedAsItsText(written(employee(b -> b.employee(e -> e.contractHoursPerWeek(d)))));
        }
    }

    @Test
    void notANumberAndTheInfinitiesAreWrittenAsTexts() {
        for (double d : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            JsonNode tree = written(employee(b -> b.employee(e -> e.contractHoursPerWeek(d)).value("phase", d)));
            copiedAsItsText(tree);
            assertEquals(Double.toString(d), LocatedTree.copied(tree).root().get("phase").textValue());
        }
        copiedAsItsText(NODES.arrayNode().add(Float.NaN).add(Float.NEGATIVE_INFINITY).add(0.1f).add(-0.0f));
    }

    @Test
    void wholeNumbersOutOfEveryRange() {
        for (int n : new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0, 4, 81}) {
            copiedAsItsText(written(employee(b -> b.gap(ComB.SOCIAL_OPPORTUNITY, n)
                    .trait(SelfLeadershipTrait.SELF_EFFICACY, n)
                    .employee(e -> e.age(n).tenureYears(n))
                    .organisation(o -> o.urgency(n))
                    .value("employee.jobRole", n))));
        }
    }

    /** Numbers a profile built in Java cannot hold, in a tree of Jackson's own nodes, where the schema checks numbers. */
    @Test
    void numbersOfEveryKindJacksonHas() {
        List<JsonNode> numbers = List.of(
                NODES.numberNode(new BigDecimal("1e400")), NODES.numberNode(new BigDecimal("-1E+400")),
                NODES.numberNode(new BigDecimal("123.4500")), NODES.numberNode(BigDecimal.TEN),
                NODES.numberNode(new BigDecimal("58.000")), NODES.numberNode(new BigDecimal("-0.0")),
                NODES.numberNode(new BigDecimal(BigInteger.ONE, -Integer.MAX_VALUE)),
                NODES.numberNode(new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE)),
                NODES.numberNode(new BigDecimal("1.8446744073709551656E19")),
                NODES.numberNode(new BigDecimal("60.000000000000000000001")),
                NODES.numberNode(new BigDecimal("9".repeat(99))), NODES.numberNode(new BigDecimal("0." + "9".repeat(97))),
                NODES.numberNode(new BigInteger("18446744073709551656")), NODES.numberNode(new BigInteger("-" + "9".repeat(99))),
                NODES.numberNode(Long.MIN_VALUE), NODES.numberNode((short) -7), NODES.numberNode(1e-45f),
                NODES.numberNode(3.4e38f), NODES.numberNode(58), NODES.numberNode(58.0));
        for (JsonNode number : numbers) {
            copiedAsItsText(profileTree(number));
        }
        // past the most characters of a number: refused, as its text is
        sameAsItsText(profileTree(NODES.numberNode(new BigDecimal("9".repeat(101)))));
        sameAsItsText(profileTree(NODES.numberNode(new BigInteger("9".repeat(101)))));
    }

    /** A profile's tree with {@code number} wherever the schema checks a number, and in an unknown field. */
    private static ObjectNode profileTree(JsonNode number) {
        ObjectNode tree = NODES.objectNode().put("id", "x").put("subject", "employee").put("sector", "vvt");
        tree.putObject("comB").set("physicalCapability", number);
        tree.putObject("employee").set("age", number.deepCopy());
        ((ObjectNode) tree.get("employee")).set("contractHoursPerWeek", number.deepCopy());
        tree.putArray("pushFactors").add(number.deepCopy());
        tree.set("unknown", number.deepCopy());
        return tree;
    }

    @Test
    void textsOfEveryKind() {
        List<String> texts = List.of("", " ", "é ü ñ 中文 😀", "\u0000\u0001\u001f\t\n\r\b\f", "\"quoted\" \\ /",
                "\u2028\u2029\u007f\u0080\u00ff", "\uFEFFbom", "\uD800", "x\uDC00", "\uDBFF\uDFFF", "x".repeat(1_000));
        for (String text : texts) {
            copiedAsItsText(written(Profile.builder(text, Subject.EMPLOYER, Sector.GEMEENTE)
                    .push(text).value("targetBehaviour", text).value("employee.jobRole", List.of(text, text)).build()));
        }
        // as long as the reader reads: 10,000 characters (a pair of surrogates is two)
        for (String longest : List.of("x".repeat(10_000), "😀".repeat(5_000), "\u0000".repeat(10_000), "é".repeat(10_000))) {
            copiedAsItsText(written(Profile.builder(longest, Subject.EMPLOYEE, Sector.VVT).build()));
        }
        // one character more: refused at the field, as its text is
        sameAsItsText(written(Profile.builder("x".repeat(10_001), Subject.EMPLOYEE, Sector.VVT).build()));
        sameAsItsText(written(employee(b -> b.value("targetBehaviour", "😀".repeat(5_000) + "x"))));
    }

    @Test
    void keysAndPathsOfEveryKind() {
        copiedAsItsText(written(employee(b -> b.value("k".repeat(1_000), "x").value("é.ü.😀", 1).value("a b", 2.5))));
        sameAsItsText(written(employee(b -> b.value("k".repeat(1_001), "x"))));
        // an empty key, and a key with a dot beside the path it spells: the later one's number text wins, both ways
        ObjectNode tree = NODES.objectNode();
        tree.put("", 1).put("a.b", 2.5).putObject("a").put("b", 3).put("c", 1e-9);
        tree.putArray("list").add(1).addArray().add(2.0).addObject().put("d", 4);
        tree.put("t", true).put("f", false).putNull("n").putArray("empty");
        tree.putObject("none");
        copiedAsItsText(tree);
        copiedAsItsText(NODES.textNode("only a text"));
        copiedAsItsText(NODES.numberNode(5));
        copiedAsItsText(NODES.arrayNode());
    }

    @Test
    void valuePathsUpToTheNestingLimitAndPast() {
        for (int dots = 0; dots <= 31; dots++) { // 31 dots: 32 objects, the most the reader reads
            int n = dots;
            copiedAsItsText(written(employee(b -> b.value("a" + ".a".repeat(n), n))));
        }
        for (int dots : new int[] {32, 33, 100, 999}) {
            sameAsItsText(written(employee(b -> b.value("a" + ".a".repeat(dots), 1.5))));
        }
        ArrayNode deepest = NODES.arrayNode();
        ArrayNode inner = deepest;
        for (int depth = 1; depth < Limits.MAX_NESTING; depth++) {
            inner = inner.addArray();
        }
        inner.add(1);
        copiedAsItsText(deepest);
        inner.addArray();
        sameAsItsText(deepest);
    }

    @Test
    void theTokenAndByteLimits() {
        ObjectNode tokens = NODES.objectNode();
        ArrayNode zeros = tokens.putArray("z");
        for (int i = 0; i < Limits.MAX_PROFILE_TOKENS - 5; i++) {
            zeros.add(0); // with the object, its key and the list's start and end: 100,000 tokens, the most
        }
        copiedAsItsText(tokens);
        zeros.add(0);
        sameAsItsText(tokens);

        // within the bytes, but not by the bound (6 a character): the text decides, and reads it
        JsonNode near = written(employee(b -> b.value("targetBehaviour", Collections.nCopies(20_000, "abcdefghi"))));
        assertNull(LocatedTree.copied(near));
        sameAsItsText(near);
        sameAsItsText(written(employee(b -> b.value("targetBehaviour", Collections.nCopies(30_000, "abcdefghi")))));
        // a character may take 6 bytes, as an escape: 250,000 characters written in 1.5 MB are refused
        sameAsItsText(written(employee(b -> b.value("targetBehaviour", Collections.nCopies(25, "\u0000".repeat(10_000))))));
        copiedAsItsText(written(employee(b -> b.value("targetBehaviour", Collections.nCopies(4_000, "abcdefghi")))));
    }

    @Test
    void aNodeWielwijzerDoesNotWriteIsReadFromItsText() {
        ObjectNode tree = NODES.objectNode().put("id", "x").put("bytes", new byte[] {1, 2, 3});
        assertNull(LocatedTree.copied(tree));
        sameAsItsText(tree);
        tree = NODES.objectNode().putPOJO("pojo", List.of(1, 2));
        assertNull(LocatedTree.copied(tree));
        sameAsItsText(tree);
    }
}
