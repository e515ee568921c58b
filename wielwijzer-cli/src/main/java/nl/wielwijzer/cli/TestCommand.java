package nl.wielwijzer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.internal.io.SourceFile;
import nl.wielwijzer.internal.io.SourceFiles;
import nl.wielwijzer.internal.io.Limits;
import nl.wielwijzer.internal.io.Utf8;
import nl.wielwijzer.scenario.Coverage;
import nl.wielwijzer.scenario.ScenarioLoader;
import nl.wielwijzer.scenario.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "test", description = {"Runs scenario files and prints, per scenario, PASS or FAIL with what was expected and what came out.",
    "Without FILES: the scenarios in DIR/scenarios when --rules DIR is given, else the bundled ones. The "
    + "results come first, then a count; the coverage report (rules no scenario fired, instruments no "
    + "scenario exercised, Behaviour Change Wheel matrix cells no scenario covered) only with --coverage."})
final class TestCommand extends KnowledgeCommand {

    @Parameters(paramLabel = "FILES", arity = "0..*", description = "Scenario files (*.yaml) or directories of them.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--coverage", description = "Print the coverage report after the results.")
    boolean coverage;

    @Option(names = "--coverage-only", description = "Print only the coverage report.")
    boolean coverageOnly;

    @Option(names = "--no-coverage", hidden = true,
            description = "Do not print the coverage report (the default; kept for scripts written before 0.2).")
    boolean noCoverage;

    @Option(names = "--require-full-coverage",
            description = "Fail when a rule, an instrument or a matrix cell is not exercised by any scenario; "
                    + "prints the coverage report.")
    boolean requireFullCoverage;

    @Override
    int execute() throws KnowledgeOptions.Exit {
        PrintWriter out = out();
        PrintWriter err = err();
        Recommender recommender = recommender();
        boolean bundled = files.isEmpty() && (knowledge.rules == null || !Files.isDirectory(knowledge.rules.resolve("scenarios")));
        List<SourceFile> sources = bundled
                ? SourceFiles.bundled("META-INF/wielwijzer/rules/scenarios", ".yaml", "rules/scenarios")
                : read(files.isEmpty() ? List.of(knowledge.rules.resolve("scenarios")) : files, err);
        if (sources.isEmpty()) {
            err.println("wielwijzer: there are no scenario files to run");
            return Main.INVALID_INPUT;
        }
        ScenarioLoader loader = new ScenarioLoader(recommender,
                bundled ? ScenarioLoader.Resolver.bundled() : ScenarioLoader.Resolver.files());
        ScenarioLoader.Loaded loaded = loader.load(sources);
        if (!loaded.problems().isEmpty()) {
            KnowledgeOptions.report(err, "the scenario files have problems", loaded.problems());
            return Main.INVALID_INPUT;
        }
        List<ScenarioRunner.Result> results = ScenarioRunner.run(recommender, loaded.scenarios());
        int failed = 0;
        for (ScenarioRunner.Result result : results) {
            if (!result.passed()) {
                failed++;
            }
            if (!coverageOnly) {
                print(out, result);
            }
        }
        if (!coverageOnly) {
            out.printf("%n%d scenarios: %d passed, %d failed%n", results.size(), results.size() - failed, failed);
        }
        if (!(coverage || coverageOnly || requireFullCoverage)) {
            return failed > 0 ? Main.FAILED : Main.OK;
        }
        Coverage report = Coverage.of(recommender.knowledge(),
                results.stream().map(ScenarioRunner.Result::trace).filter(t -> t != null).toList());
        if (!coverageOnly) {
            out.println();
        }
        out.print(report.report());
        boolean coverageFails = requireFullCoverage && !report.complete();
        return failed > 0 || coverageFails ? Main.FAILED : Main.OK;
    }

    private static List<SourceFile> read(List<Path> paths, PrintWriter err) throws KnowledgeOptions.Exit {
        List<SourceFile> sources = new ArrayList<>();
        try {
            for (Path path : paths) {
                if (Files.isDirectory(path)) {
                    sources.addAll(SourceFiles.directory(path, ".yaml", path.toString()));
                } else {
                    sources.add(new SourceFile(path.toString(), Utf8.read(path, path.toString(), Limits.MAX_FILE_BYTES,
                            "the scenario file")));
                }
            }
        } catch (IOException e) {
            err.println("wielwijzer: a scenario file cannot be read: " + e.getMessage());
            err.flush();
            throw new KnowledgeOptions.Exit(Main.INVALID_INPUT);
        }
        return sources;
    }

    /** One line for a passed scenario; for a failed one, what was expected, what came out and the rules behind it. */
    static void print(PrintWriter out, ScenarioRunner.Result result) {
        String where = result.scenario().file() + ":" + result.scenario().line();
        if (result.passed()) {
            out.println("PASS  " + result.scenario().name() + "  (" + where + ")");
            return;
        }
        out.println("FAIL  " + result.scenario().name() + "  (" + where + ")");
        if (result.error() != null) {
            out.println("      the rules failed: " + result.error());
            return;
        }
        for (ScenarioRunner.Failure f : result.failures()) {
            out.println("      expected (line " + f.expectation().line() + "): " + f.expectation().describe());
            out.println("      got: " + f.actual().replace("\n", "\n      "));
            if (f.trace().isEmpty()) {
                out.println("      trace: no rule touched it");
            } else {
                out.println("      trace:");
                f.trace().forEach(t -> out.println("        " + t));
            }
        }
    }
}
