package nl.wielwijzer.hostile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.bcw.ComB;
import nl.wielwijzer.problem.InvalidKnowledgeException;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.profile.Profile;
import nl.wielwijzer.profile.Sector;
import nl.wielwijzer.profile.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hostile rule files of issue 13, written as a policy designer (or an attacker with write access to the
 * rule folder) would: each is refused when loaded, with file, line and the forbidden construct, or bounded
 * when it runs. None reaches the JVM: a refused file is never compiled.
 */
class HostileRulesTest {

    private static final String HEADER = """
            package wielwijzer
            import nl.wielwijzer.rules.*
            import nl.wielwijzer.bcw.*
            import static nl.wielwijzer.bcw.InterventionFunction.*
            global Advice advice

            """;

    private static final String META = """
                @nl("Uitleg.")
                @en("Explanation.")
                @source("002_488956ea70b0741c.txt", "83", "te dwingen door middel van wet- en regelgeving")
            """;

    /** A rule with these conditions and this action, at line 7 of mine.drl; its action starts at line 14. */
    private static String rule(String when, String then) {
        return "rule \"Hostile\"\n" + META + "when\n    " + when + "\nthen\n    " + then + "\nend\n";
    }

    private static Recommender.Builder builder(Path dir, String drl) throws Exception {
        Files.copy(Path.of("rules/vocabulary.yaml"), dir.resolve("vocabulary.yaml"));
        Files.writeString(dir.resolve("mine.drl"), HEADER + drl);
        return Recommender.builder().rules(dir).catalog(Files.createDirectories(dir.resolve("catalog")));
    }

    private static List<Problem> refused(Path dir, String drl) throws Exception {
        Recommender.Builder builder = builder(dir, drl);
        return assertThrows(InvalidKnowledgeException.class, builder::build).problems();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "System.exit            | System.exit(42);                                                        | uses System.exit, which a rule may not",
        "read /etc/passwd       | advice.diagnose(java.nio.file.Files.readString(java.nio.file.Path.of(\"/etc/passwd\"))); | uses java.nio.file.Files.readString, which a rule may not",
        "write a file           | new java.io.FileWriter(\"/tmp/owned\").write(\"x\");                    | creates an object with 'new', which a rule may not",
        "run a process          | Runtime.getRuntime().exec(\"touch /tmp/owned\");                         | uses Runtime.getRuntime, which a rule may not",
        "open a socket          | new java.net.Socket(\"localhost\", 80);                                  | creates an object with 'new', which a rule may not",
        "sleep                  | Thread.sleep(60000);                                                    | uses Thread.sleep, which a rule may not",
        "while(true)            | while (true) { advice.favour(TRAINING, 1); }                            | has a loop ('while'); a rule's action is a few advice calls, without loops",
        "memory hog             | advice.diagnose(\"x\".repeat(Integer.MAX_VALUE));                       | calls .repeat(…), which is not part of the fact model",
        "reflection             | $g.getClass().getClassLoader();                                         | calls .getClass(…), which is not part of the fact model",
        "the engine itself      | drools.halt();                                                          | uses drools.halt, the rule engine itself, which a rule may not",
        "update loop            | update($g);                                                             | calls update(…); rules may not insert, update, modify or delete facts: they act through advice, and advice.diagnose adds the only facts rules derive",
        "insert                 | insert(new Gap(ComB.PHYSICAL_CAPABILITY, 3));                           | calls insert(…); rules may not insert, update, modify or delete facts: they act through advice, and advice.diagnose adds the only facts rules derive",
        "throw                  | throw new IllegalStateException(\"boom\");                              | uses 'throw', which a rule may not",
        "a lambda               | java.util.List.of(1).forEach(x -> System.exit(1));                      | uses java.util.List.of, which a rule may not",
    })
    void aForbiddenActionIsRefusedWithFileLineAndTheCall(String name, String action, String message, @TempDir Path dir)
            throws Exception {
        List<Problem> problems = refused(dir, rule("$g : Gap( severity >= 1 )", action));
        Problem p = problems.stream().filter(x -> "rule \"Hostile\"".equals(x.field())).findFirst().orElseThrow();
        assertEquals(dir.resolve("mine.drl").toString(), p.file());
        assertEquals(14, p.line(), problems.toString());
        assertTrue(p.column() > 0);
        assertEquals("rule \"Hostile\"", p.field());
        assertEquals(message, p.message(), problems.toString());
    }

    @Test
    void aForbiddenCallInConditionsOrEvalIsRefused(@TempDir Path dir) throws Exception {
        Problem eval = refused(dir, rule("Gap( ) eval( System.exit(1) == null )", "advice.favour(TRAINING, 1);")).get(0);
        assertEquals(12, eval.line());
        assertEquals("uses System.exit, which a rule may not", eval.message());
    }

    @Test
    void aForbiddenSourceInFromIsRefused(@TempDir Path dir) throws Exception {
        Problem from = refused(dir, rule("$s : String( ) from java.nio.file.Files.readString(java.nio.file.Path.of(\"/etc/passwd\"))",
                "advice.favour(TRAINING, 1);")).get(0);
        assertEquals("uses java.nio.file.Files.readString, which a rule may not", from.message());
    }

    @Test
    void metadataThatIsCodeIsRefusedBeforeDroolsEvaluatesIt(@TempDir Path dir) throws Exception {
        Problem p = refused(dir, "rule \"Hostile\"\n    @nl(System.exit(42))\n    @en(\"x\")\n"
                + "    @source(\"002_488956ea70b0741c.txt\", \"83\", \"te dwingen door middel van wet- en regelgeving\")\n"
                + "when\n    Gap( )\nthen\n    advice.favour(TRAINING, 1);\nend\n").get(0);
        assertEquals(8, p.line());
        assertEquals("has metadata that is not text in quotes (System); write every metadata value in quotes", p.message());
    }

    @Test
    void aRecursiveFunctionIsRefused(@TempDir Path dir) throws Exception {
        List<Problem> problems = refused(dir, "function int deep(int n) { return deep(n + 1); }\n"
                + rule("Gap( )", "advice.favour(TRAINING, deep(1));"));
        assertEquals("calls the function deep; a function may not call functions, so that nothing can recurse",
                problems.get(0).message(), problems.toString());
        assertEquals(7, problems.get(0).line());
    }

    @Test
    void importsOutsideTheFactModelAreRefused(@TempDir Path dir) throws Exception {
        Problem p = refused(dir, "import java.io.File\n" + rule("Gap( )", "advice.favour(TRAINING, 1);")).get(0);
        assertEquals("imports java.io.File, which a rule file may not", p.message());
        assertEquals(7, p.line());
    }

    @Test
    void aUnicodeEscapeCannotHideCode(@TempDir Path dir) throws Exception {
        Problem p = refused(dir, rule("Gap( )", "advice.diagnose(\"a\\u0022); System.exit(1); //\");")).stream()
                .filter(x -> "rule \"Hostile\"".equals(x.field())).findFirst().orElseThrow();
        assertEquals("uses a \\u escape, which a rule may not (it can hide code)", p.message());
    }

    @Test
    void aUnicodeEscapeInACommentCannotEndTheComment(@TempDir Path dir) throws Exception {
        Problem p = refused(dir, rule("Gap( )", "advice.favour(TRAINING, 1); // \\u000a System.exit(1);")).get(0);
        assertEquals(14, p.line());
        assertEquals("uses a \\u escape, which a rule may not (it can hide code)", p.message());
    }

    @Test
    void aFunctionAfterTheRulesIsCheckedToo(@TempDir Path dir) throws Exception {
        List<Problem> problems = refused(dir, rule("Gap( )", "advice.favour(TRAINING, points());")
                + "\nfunction int points() { if (true) { return 1; } System.exit(3); return 2; }\n");
        Problem p = problems.get(0);
        assertEquals("function points", p.field(), problems.toString());
        assertEquals("uses System.exit, which a rule may not", p.message());
    }

    @Test
    void theMvelDialectIsRefused(@TempDir Path dir) throws Exception {
        Problem p = refused(dir, "dialect \"mvel\"\n" + rule("Gap( )", "advice.favour(TRAINING, 1);")).get(0);
        assertTrue(p.message().startsWith("uses the dialect"), p.message());
    }

    @Test
    void aRuleThatThrowsOnAnExampleIsNotServed(@TempDir Path dir) throws Exception {
        List<Problem> problems = refused(dir, rule("$g : Gap( severity >= 1 )",
                "advice.favour(TRAINING, 10 / ($g.severity() - $g.severity()));"));
        Problem p = problems.get(0);
        assertEquals("rule \"Hostile\"", p.field());
        assertEquals(7, p.line());
        assertTrue(p.message().startsWith("the rule \"Hostile\" failed while it ran: ArithmeticException (/ by zero) "
                + "(trying the set out on the example profile examples/"), p.message());
    }

    @Test
    void aRuleThatThrowsForOneProfileFailsThatCallNamingTheRule(@TempDir Path dir) throws Exception {
        // no example is 79 or older, so the set is served; the one profile that is fails, clearly
        Recommender recommender = builder(dir, rule("EmployeeAge( years >= 79 )", "advice.favour(TRAINING, 0);")).build();
        Profile poor = Profile.builder("p", Subject.EMPLOYEE, Sector.VVT).employee(e -> e.age(79)).build();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> recommender.recommend(poor));
        assertTrue(e.getMessage().contains("mine.drl:7: rule \"Hostile\": the rule \"Hostile\" failed while it ran: "
                + "IllegalArgumentException (points must be 1 to 10, not 0)"), e.getMessage());
        // and the recommender goes on serving every other profile
        recommender.recommend(Profile.builder("q", Subject.EMPLOYEE, Sector.VVT).gap(ComB.PHYSICAL_CAPABILITY, 2).build());
    }

    private static final String EVERY_GAP = rule("Gap( )", "advice.favour(TRAINING, 1);");

    @Test
    void theFiringLimitHaltsACallAndNamesTheRule(@TempDir Path dir) throws Exception {
        // the example vvt-employee.json has six gaps: six firings in the first stage
        Recommender.Builder builder = builder(dir, EVERY_GAP).firingLimit(5);
        Problem p = assertThrows(InvalidKnowledgeException.class, builder::build).problems().get(0);
        assertEquals("rule \"Hostile\"", p.field());
        assertEquals(7, p.line());
        assertTrue(p.message().startsWith("the rule \"Hostile\" fired more than 5 times in one stage"), p.message());
        builder.firingLimit(6).build();
    }

    @Test
    void theTimeBudgetHaltsACallAndNamesTheRule(@TempDir Path dir) throws Exception {
        Recommender.Builder builder = builder(dir, EVERY_GAP).timeBudget(Duration.ofNanos(1));
        Problem p = assertThrows(InvalidKnowledgeException.class, builder::build).problems().get(0);
        assertTrue(p.message().contains("ran past the time budget of 0 ms"), p.message());
    }

    @Test
    void anInterruptedCallEndsAtOnceAndKeepsTheInterrupt(@TempDir Path dir) throws Exception {
        Recommender recommender = builder(dir, EVERY_GAP).build();
        Profile p = Profile.builder("i", Subject.EMPLOYEE, Sector.VVT).gap(ComB.PHYSICAL_CAPABILITY, 2).build();
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> recommender.recommend(p));
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
        recommender.recommend(p);
    }
}
