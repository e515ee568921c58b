package nl.wielwijzer.lint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.wielwijzer.Bundled;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.profile.Sector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lint reports a rule whose condition names a sector that its {@code @scope} does not say. */
class ScopeLintTest {

    @Test
    void theSectorsAConditionNames() {
        assertEquals(EnumSet.of(Sector.VVT), Lint.sectorsIn("Case( employer, vvt ) Gap( severity >= 2 )"));
        assertEquals(EnumSet.of(Sector.GEMEENTE), Lint.sectorsIn("Case( sector == Sector.GEMEENTE )"));
        assertEquals(EnumSet.of(Sector.VVT, Sector.OTHER), Lint.sectorsIn("Case( sector in (Sector.VVT, Sector.OTHER) )"));
        assertEquals(Set.of(), Lint.sectorsIn("Case( employee ) Instrument( id == \"vvt-wg-mai-plus\" )"));
        assertEquals(Set.of(), Lint.sectorsIn("Case( !vvt )"));
    }

    @Test
    void theBundledRulesAgree() {
        assertEquals(List.of(), Lint.scopeDisagreements(Bundled.recommender().knowledge()));
    }

    @Test
    void aVvtConditionWithScopeAnyIsReported(@TempDir Path dir) throws Exception {
        Path copy = Files.createDirectories(dir.resolve("rules"));
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        Path file = copy.resolve("seed-004-employer.drl");
        String text = Files.readString(file);
        assertTrue(text.contains("@scope(\"vvt\")\n"), "the bundled VVT-only rule");
        Files.writeString(file, text.replace("@scope(\"vvt\")\n", "@scope(\"any\")\n"));
        Recommender recommender = Recommender.builder().rules(copy).build();
        List<Finding> findings = Lint.scopeDisagreements(recommender.knowledge());
        assertEquals(1, findings.size(), findings.toString());
        Finding f = findings.get(0);
        assertTrue(f.error());
        assertTrue(f.problem().file().endsWith("seed-004-employer.drl"), f.problem().file());
        assertTrue(f.problem().line() > 0);
        assertEquals("its condition is about vvt but its @scope says any", f.problem().message());
        assertTrue(f.problem().hint().contains("@scope(\"vvt\")"), f.problem().hint());
    }
}
