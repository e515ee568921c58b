package nl.wielwijzer.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.wielwijzer.Bundled;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.internal.io.SourceFile;
import nl.wielwijzer.internal.io.SourceFiles;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.profile.Sector;
import nl.wielwijzer.result.Phase;
import nl.wielwijzer.result.Route;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What someone who writes a judged case sees: a good case read as written, a bad one located to line and field. */
class JudgedCaseReaderTest {

    /** A good case; line numbers below refer to this text (line 1 is "id"). */
    static final String GOOD = """
            id: "900"
            title: A carer of 57 with physical complaints and moderate work ability
            seeds: ["003"]
            situation: Physical complaints in heavy work.
            profile:
              id: judged-900
              subject: employee
              sector: vvt
              comB: { physicalCapability: 2, physicalOpportunity: 2 }
              employee: { age: 57, workAbility: moderate }
            expected:
              topFunctions:
                - { function: enablement, why: matrix }
                - { function: training, why: matrix }
                - { function: environmentalRestructuring, why: matrix }
              mustInclude:
                - { instrument: gem-ontziegerichte-praktijken, why: relief before development }
              mustNot:
                - { function: coercion, why: not for an employee }
              route: { code: vitalisation, acceptable: [jobRedesign], why: relief first }
              phase: { code: null, why: no phase defensible }
            justification:
              - for: [topFunctions.enablement, topFunctions.training, topFunctions.environmentalRestructuring, mustNot.coercion]
                bcw: "BCW 2014 matrix: physical capability and opportunity"
              - for: [mustInclude.gem-ontziegerichte-praktijken, route, phase]
                seed: 003_348a5f789e8eacb9.txt
                lines: 729-735
                quote: "voor mensen die qua werkvermogen slecht of matig scoren, werken ontziegerichte praktijken"
            """;

    static JudgedCaseReader.Loaded load(String name, String yaml) {
        return new JudgedCaseReader(Bundled.recommender()).load(List.of(new SourceFile(name, yaml)));
    }

    private static List<String> messages(JudgedCaseReader.Loaded loaded) {
        return loaded.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aGoodCaseIsReadAsWritten() {
        JudgedCaseReader.Loaded loaded = load("900-good.yaml", GOOD);
        assertEquals(List.of(), messages(loaded));
        JudgedCase judged = loaded.cases().get(0);
        assertEquals("900", judged.id());
        assertEquals(List.of("003"), judged.seeds());
        assertEquals(Sector.VVT, judged.profile().sector());
        assertEquals("employee/vvt", judged.group());
        assertFalse(judged.targetGroup());
        JudgedCase.Expected expected = judged.expected();
        assertEquals(Set.of(InterventionFunction.ENABLEMENT, InterventionFunction.TRAINING,
                InterventionFunction.ENVIRONMENTAL_RESTRUCTURING), expected.topFunctions());
        assertEquals(List.of(new JudgedCase.Include("gem-ontziegerichte-praktijken", null)), expected.mustInclude());
        assertEquals(List.of(JudgedCase.Forbidden.function(InterventionFunction.COERCION)), expected.mustNot());
        assertEquals(new JudgedCase.Choice<>(Route.VITALISATION, Set.of(Route.JOB_REDESIGN)), expected.route());
        assertEquals(new JudgedCase.Choice<Phase>(null, Set.of()), expected.phase());
    }

    @Test
    void mistakesInTheExpectationsAndTheirJustificationAreLocated() {
        String bad = GOOD
                .replace("gem-ontziegerichte-praktijken", "gem-ontziegerichte-praktijk")
                .replace("topFunctions.environmentalRestructuring, mustNot.coercion]", "topFunctions.environmentalRestructuring, rout]")
                .replace("werken ontziegerichte praktijken\"", "werken ontwikkelgerichte praktijken\"");
        List<String> messages = messages(load("901-bad.yaml", bad));
        assertEquals(5, messages.size(), String.join("\n", messages));
        assertTrue(messages.get(0).startsWith("901-bad.yaml:1:"), messages.get(0));
        assertTrue(messages.get(0).contains("id: the id \"900\" is not where the file name 901-bad.yaml starts"), messages.get(0));
        assertTrue(messages.get(1).startsWith("901-bad.yaml:17:"), messages.get(1));
        assertTrue(messages.get(1).contains("expected.mustInclude[0].instrument: \"gem-ontziegerichte-praktijk\" is not an "
                + "instrument in the catalogue (did you mean gem-ontziegerichte-praktijken?)"), messages.get(1));
        assertTrue(messages.get(2).startsWith("901-bad.yaml:23:"), messages.get(2));
        assertTrue(messages.get(2).contains("justification: the expectation mustNot.coercion has no justification"), messages.get(2));
        assertTrue(messages.get(3).startsWith("901-bad.yaml:23:"), messages.get(3));
        assertTrue(messages.get(3).contains("justification[0].for[3]: \"rout\" is not an expectation of this case (did you mean route?)"),
                messages.get(3));
        assertTrue(messages.get(4).startsWith("901-bad.yaml:28:"), messages.get(4));
        assertTrue(messages.get(4).contains("justification[1].quote: the quote is not in 003_348a5f789e8eacb9.txt lines 729-735"),
                messages.get(4));
    }

    @Test
    void aWrongShapeIsReportedByTheSchemaWithLineAndField() {
        List<String> messages = messages(load("900-shape.yaml", GOOD.replace("function: training,", "function: trainin,")));
        assertEquals(1, messages.size(), String.join("\n", messages));
        assertTrue(messages.get(0).startsWith("900-shape.yaml:14:"), messages.get(0));
        assertTrue(messages.get(0).contains("expected.topFunctions[1].function"), messages.get(0));
    }

    @Test
    void aProfileIsCheckedAsAnyProfileIs() {
        List<String> messages = messages(load("900-profile.yaml", GOOD.replace("workAbility: moderate", "workAbility: so-so")));
        assertEquals(1, messages.size(), String.join("\n", messages));
        assertTrue(messages.get(0).startsWith("900-profile.yaml:10:"), messages.get(0));
        assertTrue(messages.get(0).contains("profile.employee.workAbility"), messages.get(0));
    }

    @Test
    void aListedSeedMustBeQuotedAndAnUnquotedOneIsNamed() {
        List<String> messages = messages(load("900-seeds.yaml", GOOD.replace("seeds: [\"003\"]", "seeds: [\"003\", \"001\"]")));
        assertEquals(1, messages.size(), String.join("\n", messages));
        assertTrue(messages.get(0).startsWith("900-seeds.yaml:3:"), messages.get(0));
        assertTrue(messages.get(0).contains("seeds[1]: seed 001 is listed but never quoted"), messages.get(0));
    }

    @Test
    void twoCasesWithOneIdAreRefused() {
        JudgedCaseReader.Loaded loaded = new JudgedCaseReader(Bundled.recommender()).load(List.of(
                new SourceFile("900-a.yaml", GOOD), new SourceFile("900-b.yaml", GOOD)));
        assertEquals(1, loaded.problems().size(), messages(loaded).toString());
        assertTrue(messages(loaded).get(0).contains("900-b.yaml:1:"), messages(loaded).get(0));
        assertTrue(messages(loaded).get(0).contains("case 900 is also in 900-a.yaml"), messages(loaded).get(0));
    }

    @Test
    void theJudgedSetInTheRepositoryLoadsWithoutProblems() throws IOException {
        Path dir = Path.of("evaluation/judged");
        JudgedCaseReader.Loaded loaded = new JudgedCaseReader(Bundled.recommender())
                .load(SourceFiles.directory(dir, ".yaml", dir.toString()));
        assertEquals(List.of(), messages(loaded));
        // issue 9, item 10: at least 40 cases, both subjects, all three sectors, the target group
        assertTrue(loaded.cases().size() >= 40, "cases: " + loaded.cases().size());
        Set<String> groups = Set.copyOf(loaded.cases().stream().map(JudgedCase::group).toList());
        assertEquals(Set.of("employee/vvt", "employee/gemeente", "employee/other", "employer/vvt", "employer/gemeente",
                "employer/other"), groups);
        assertTrue(loaded.cases().stream().anyMatch(JudgedCase::targetGroup));
        assertEquals(Set.of("000", "001", "002", "003", "004"),
                Set.copyOf(loaded.cases().stream().flatMap(c -> c.seeds().stream()).toList()));
    }
}
