package nl.wielwijzer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.wielwijzer.bcw.ComB;
import nl.wielwijzer.profile.Profile;
import nl.wielwijzer.profile.Sector;
import nl.wielwijzer.profile.Subject;
import nl.wielwijzer.result.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine applies the matrix cells as a table only while the templates say what the bundled ones say; whatever a
 * policy designer writes into a template still holds. Here a scope: the COM-B cells then hold in one sector only.
 */
class MatrixTemplateTest {

    private static final String CELL = "Modelling can close a gap in social opportunity";

    private static Profile employee(Sector sector) {
        return Profile.builder("m", Subject.EMPLOYEE, sector).gap(ComB.SOCIAL_OPPORTUNITY, 3).build();
    }

    private static List<Step> cellSteps(Recommender recommender, Sector sector) throws Exception {
        return recommender.trace(employee(sector)).steps().stream().filter(s -> s.rule().equals(CELL)).toList();
    }

    @Test
    void aScopeWrittenIntoTheMatrixTemplateHolds(@TempDir Path dir) throws Exception {
        // the bundled cell: 2 points a level of the gap, in every sector
        List<Step> bundled = cellSteps(Bundled.recommender(), Sector.VVT);
        assertEquals(1, bundled.size(), bundled.toString());
        assertEquals(6, bundled.get(0).points());

        Path rules = Bundled.copyRules(dir);
        Path template = rules.resolve("bcw-matrix.drt");
        String text = Files.readString(template, StandardCharsets.UTF_8);
        String matrix = "    @matrix(\"comB-function\")\n";
        assertTrue(text.contains(matrix));
        Files.writeString(template, text.replace(matrix, matrix + "    @scope(\"gemeente\")\n"), StandardCharsets.UTF_8);
        Recommender scoped = Recommender.builder().rules(rules).build();

        assertEquals(List.of(), cellSteps(scoped, Sector.VVT), "a VVT employee: the cell is out of its scope");
        List<Step> municipal = cellSteps(scoped, Sector.GEMEENTE);
        assertEquals(1, municipal.size(), municipal.toString());
        assertEquals(6, municipal.get(0).points());
    }
}
