package nl.wielwijzer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.bcw.Language;
import nl.wielwijzer.internal.engine.RuleMisuseException;
import nl.wielwijzer.internal.io.SourceFiles;
import nl.wielwijzer.problem.InvalidKnowledgeException;
import nl.wielwijzer.problem.InvalidProfileException;
import nl.wielwijzer.result.RankedFunction;
import nl.wielwijzer.result.Recommendation;
import nl.wielwijzer.result.Step;
import nl.wielwijzer.scenario.Scenario;
import nl.wielwijzer.scenario.ScenarioLoader;
import nl.wielwijzer.scenario.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "watch", description = {"Reloads the rules and catalogue when a file changes, and re-runs the scenarios the change affects.",
    "Watches --rules DIR (with DIR/scenarios) and --catalog DIR. After every save it says which files "
    + "changed and which set now answers. A broken set is reported and the previous set keeps answering; a "
    + "good set replaces it at once. The scenarios in DIR/scenarios run when watch starts; after a change, "
    + "those that used a changed rule file, failed last time or are in a changed scenario file run again "
    + "(all of them after a change to the catalogue or the vocabulary). With --profile FILE, the profile is"
    + " recommended after every load."})
final class WatchCommand extends KnowledgeCommand {

    /** Editors save in bursts (temporary file, rename); wait until the directory is quiet before reloading. */
    private static final long QUIET_MILLIS = 400;

    @Option(names = "--profile", paramLabel = "FILE", description = "A profile to recommend after every (re)load.")
    Path profile;

    @Option(names = "--max-reloads", paramLabel = "N", hidden = true, defaultValue = "-1",
            description = "Stop after N reload attempts (for tests); -1 watches until interrupted.")
    int maxReloads;

    /** The last result of each scenario, by file and name, with the rule files its trace used. */
    private final Map<String, Last> last = new HashMap<>();

    private record Last(boolean passed, Set<String> ruleFiles) {
    }

    @Override
    int execute() throws KnowledgeOptions.Exit {
        PrintWriter out = out();
        PrintWriter err = err();
        if (knowledge.rules == null && knowledge.catalog == null) {
            err.println("wielwijzer: watch needs --rules DIR and/or --catalog DIR: the directories to watch");
            return Main.INVALID_INPUT;
        }
        try {
            Recommender recommender = recommender();
            out.println("serving " + describe(recommender));
            scenarios(recommender, null, out, err);
            show(recommender, out, err);
            return watch(recommender, out, err);
        } catch (IOException e) {
            err.println("wielwijzer: cannot watch the directories: " + e.getMessage());
            return Main.INVALID_INPUT;
        }
    }

    private Path scenarioDir() {
        return knowledge.rules == null ? null : knowledge.rules.resolve("scenarios");
    }

    private int watch(Recommender recommender, PrintWriter out, PrintWriter err) throws IOException, KnowledgeOptions.Exit {
        List<Path> dirs = new ArrayList<>();
        if (knowledge.rules != null) {
            dirs.add(knowledge.rules);
            if (Files.isDirectory(scenarioDir())) {
                dirs.add(scenarioDir());
            }
        }
        if (knowledge.catalog != null) {
            dirs.add(knowledge.catalog);
        }
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            for (Path dir : dirs) {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
            out.println("watching " + dirs + " (Ctrl-C to stop)");
            out.flush();
            int reloads = 0;
            while (maxReloads < 0 || reloads < maxReloads) {
                Set<Path> changed = new TreeSet<>();
                drain(watcher.take(), changed);
                WatchKey more;
                while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more, changed);
                }
                if (changed.isEmpty()) {
                    continue; // only temporary files came and went
                }
                reloads++;
                out.println();
                out.println("changed: " + String.join(", ", changed.stream().map(Path::toString).toList()));
                try {
                    recommender.reload();
                    out.println("reloaded: now serving " + describe(recommender));
                } catch (InvalidKnowledgeException e) {
                    out.println("not reloaded: the previous set keeps serving " + describe(recommender));
                    out.flush();
                    KnowledgeOptions.report(err, "the changed rules or catalogue cannot be loaded; the previous set "
                            + "keeps serving", e);
                } catch (RuntimeException e) {
                    // whatever a rule folder holds, watch goes on serving the last good set
                    out.println("not reloaded: the previous set keeps serving " + describe(recommender));
                    out.flush();
                    err.println("wielwijzer: the changed rules or catalogue cannot be loaded; the previous set keeps "
                            + "serving: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
                }
                scenarios(recommender, changed, out, err);
                show(recommender, out, err);
                out.flush();
            }
            return Main.OK;
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
            return Main.OK;
        }
    }

    private static void drain(WatchKey key, Set<Path> changed) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.context() instanceof Path name && loaded(name)) {
                changed.add(dir.resolve(name));
            }
        }
        key.reset();
    }

    /**
     * Whether a file of this name is one Wielwijzer reads (rule files, rule templates, vocabulary, tables,
     * catalogue and scenario files): editors and {@code sed -i} write temporary files beside the one being saved,
     * which are neither worth a reload nor worth naming.
     */
    private static boolean loaded(Path name) {
        String file = name.getFileName().toString();
        return !file.startsWith(".") && (file.endsWith(".drl") || file.endsWith(".drt") || file.endsWith(".yaml"));
    }

    private static String describe(Recommender recommender) {
        return recommender.knowledge().rules().rules().size() + " rules and " + recommender.knowledge().catalog().size()
                + " instruments (rules: " + recommender.knowledge().rulesOrigin() + ", catalogue: "
                + recommender.knowledge().catalogOrigin() + ")";
    }

    /**
     * Runs the scenarios in DIR/scenarios: all of them when {@code changed} is null, else those the change can
     * affect. Prints one line with the counts, and the failures in full.
     */
    private void scenarios(Recommender recommender, Set<Path> changed, PrintWriter out, PrintWriter err) {
        Path dir = scenarioDir();
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        ScenarioLoader.Loaded loaded;
        try {
            loaded = new ScenarioLoader(recommender, ScenarioLoader.Resolver.files())
                    .load(SourceFiles.directory(dir, ".yaml", dir.toString()));
        } catch (IOException e) {
            err.println("wielwijzer: the scenario files cannot be read: " + e.getMessage());
            return;
        }
        if (!loaded.problems().isEmpty()) {
            KnowledgeOptions.report(err, "the scenario files have problems", loaded.problems());
            return;
        }
        List<Scenario> chosen = changed == null ? loaded.scenarios()
                : loaded.scenarios().stream().filter(s -> affected(s, changed)).toList();
        if (chosen.isEmpty()) {
            out.println("scenarios: none affected by the change");
            return;
        }
        List<ScenarioRunner.Result> results = ScenarioRunner.run(recommender, chosen);
        long failed = results.stream().filter(r -> !r.passed()).count();
        out.println((changed == null ? "scenarios: " : "re-ran the " + results.size() + " scenarios the change affects: ")
                + (results.size() - failed) + " passed, " + failed + " failed");
        for (ScenarioRunner.Result result : results) {
            Set<String> used = new TreeSet<>();
            if (result.trace() != null) {
                result.trace().steps().stream().map(Step::file).map(WatchCommand::fileName).forEach(used::add);
            }
            last.put(key(result.scenario()), new Last(result.passed(), used));
            if (!result.passed()) {
                TestCommand.print(out, result);
            }
        }
    }

    private boolean affected(Scenario scenario, Set<Path> changed) {
        Last before = last.get(key(scenario));
        if (before == null || !before.passed()) {
            return true;
        }
        for (Path path : changed) {
            String name = fileName(path.toString());
            boolean ruleFile = name.endsWith(".drl");
            boolean scenarioFile = path.getParent() != null && path.getParent().equals(scenarioDir());
            if (scenarioFile ? fileName(scenario.file()).equals(name) : !ruleFile || before.ruleFiles().contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static String key(Scenario scenario) {
        return scenario.file() + "\u0000" + scenario.name();
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    private void show(Recommender recommender, PrintWriter out, PrintWriter err) throws KnowledgeOptions.Exit {
        if (profile == null) {
            return;
        }
        try {
            Recommendation r = recommender.recommend(profile.toString(), Input.read(profile.toString(), err));
            List<String> top = new ArrayList<>();
            for (RankedFunction f : r.interventionFunctions()) {
                top.add(f.rank() + " " + f.function().code() + " (" + Language.EN.points(f.score()) + ")");
            }
            out.println("  " + profile + ": " + (top.isEmpty() ? "no functions" : String.join(", ", top)));
        } catch (InvalidProfileException e) {
            KnowledgeOptions.report(err, "the profile is not valid", e);
        } catch (RuleMisuseException e) {
            err.println("wielwijzer: the rules failed for " + profile + "; watch goes on:");
            err.println(e.problem());
        }
    }
}
