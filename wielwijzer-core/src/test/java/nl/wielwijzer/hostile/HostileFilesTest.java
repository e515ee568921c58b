package nl.wielwijzer.hostile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.problem.InvalidKnowledgeException;
import nl.wielwijzer.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Catalogue, vocabulary and rule files as a careless editor or an attacker might leave them: YAML that would
 * silently change a value, files too large to parse, links out of the folder, bytes that are not UTF-8. Each
 * is refused with the file and, where there is one, the line.
 */
class HostileFilesTest {

    /** One catalogue entry, as in catalog/vvt-levers.yaml, with {@code name} replaced by {@code nameLine}. */
    private static String catalogue(String nameLine, String prefix) {
        return prefix + """
                instruments:
                  - id: my-lever
                """ + nameLine + """
                    nameEn: A lever
                    description: A lever of my own.
                    provider: me
                    audience: [organisation]
                    sectors: [vvt]
                    functions:
                      coercion: stated
                    outcomes: [vitality]
                    evidence: literature
                    sources:
                      - seed: 002_488956ea70b0741c.txt
                        lines: 2878-2880
                        quote: "Dwingen Ja Verhogen AOW-leeftijd cao-afspraken Arbo-wet"
                """;
    }

    private static List<Problem> loadCatalogue(Path dir, String text) throws Exception {
        Path catalog = Files.createDirectories(dir.resolve("catalog"));
        Files.writeString(catalog.resolve("mine.yaml"), text);
        return assertThrows(InvalidKnowledgeException.class, () -> Recommender.builder().catalog(catalog).build())
                .problems();
    }

    @Test
    void anAliasIsRefusedNotReadAsTheAnchorsName(@TempDir Path dir) throws Exception {
        Problem p = loadCatalogue(dir, catalogue("    name: *firstName\n", "names:\n  - &firstName Arbo\n")).get(0);
        assertTrue(p.file().endsWith("mine.yaml"), p.toString());
        assertEquals(2, p.line(), p.toString());
        assertEquals("defines the anchor &firstName; Wielwijzer reads plain YAML without anchors, aliases, merge keys "
                + "or tags", p.message());
    }

    @Test
    void aLoneAliasIsRefusedAtItsLine(@TempDir Path dir) throws Exception {
        Problem p = loadCatalogue(dir, catalogue("    name: *firstName\n", "")).get(0);
        assertEquals(3, p.line(), p.toString());
        assertEquals("instruments[0].name", p.field());
        assertTrue(p.message().startsWith("uses the alias *firstName;"), p.message());
    }

    @Test
    void aMergeKeyIsRefused(@TempDir Path dir) throws Exception {
        Problem p = loadCatalogue(dir, catalogue("    name: Arbo\n    <<: {provider: x}\n", "")).get(0);
        assertEquals("instruments[0].<<", p.field());
        assertTrue(p.message().startsWith("is a merge key;"), p.message());
    }

    @Test
    void aTagIsRefused(@TempDir Path dir) throws Exception {
        Problem p = loadCatalogue(dir, catalogue("    name: !secret Arbo\n", "")).get(0);
        assertEquals(3, p.line(), p.toString());
        assertTrue(p.message().startsWith("has the tag !secret;"), p.message());
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsParsed(@TempDir Path dir) throws Exception {
        String scalar = "x".repeat(3 * 1024 * 1024);
        Problem p = loadCatalogue(dir, catalogue("    name: " + scalar + "\n", "")).get(0);
        assertTrue(p.file().endsWith("mine.yaml"), p.toString());
        assertEquals("the file has more than 1048576 bytes, the most Wielwijzer reads", p.message());
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithLineAndColumn(@TempDir Path dir) throws Exception {
        Path catalog = Files.createDirectories(dir.resolve("catalog"));
        byte[] text = catalogue("    name: Arb\u00ff\n", "").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(catalog.resolve("mine.yaml"), text);
        Problem p = assertThrows(InvalidKnowledgeException.class, () -> Recommender.builder().catalog(catalog).build())
                .problems().get(0);
        assertEquals(3, p.line(), p.toString());
        assertEquals(14, p.column(), p.toString());
        assertTrue(p.message().startsWith("the text is not valid UTF-8: byte"), p.message());
    }

    @Test
    void aRuleFileLinkedFromOutsideTheFolderIsRefused(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.copy(Path.of("rules/vocabulary.yaml"), rules.resolve("vocabulary.yaml"));
        Path outside = Files.writeString(dir.resolve("elsewhere.drl"), "package wielwijzer\n");
        Files.createSymbolicLink(rules.resolve("linked.drl"), outside);
        Problem p = assertThrows(InvalidKnowledgeException.class, () -> Recommender.builder().rules(rules).build())
                .problems().get(0);
        assertEquals(rules + "/linked.drl", p.file());
        assertTrue(p.message().startsWith("is a link to a file outside"), p.message());
    }
}
