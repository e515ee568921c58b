package nl.wielwijzer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.problem.InvalidKnowledgeException;
import nl.wielwijzer.problem.InvalidProfileException;
import nl.wielwijzer.result.RankedFunction;
import nl.wielwijzer.result.Recommendation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "watch", description = {
    "Serves the rules and catalogue in --rules and --catalog and reloads them when a file changes.",
    "A broken set is reported and the previous set keeps answering; a good set replaces it at once.",
    "With --profile FILE, the profile is recommended after every load, to show which set is answering."})
final class WatchCommand extends KnowledgeCommand {

    /** Editors save in bursts (temporary file, rename); wait until the directory is quiet before reloading. */
    private static final long QUIET_MILLIS = 400;

    @Option(names = "--profile", paramLabel = "FILE", description = "A profile to recommend after every (re)load.")
    Path profile;

    @Option(names = "--max-reloads", paramLabel = "N", hidden = true, defaultValue = "-1",
            description = "Stop after N reload attempts (for tests); -1 watches until interrupted.")
    int maxReloads;

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
            show(recommender, out, err);
            return watch(recommender, out, err);
        } catch (IOException e) {
            err.println("wielwijzer: cannot watch the directories: " + e.getMessage());
            return Main.INVALID_INPUT;
        }
    }

    private int watch(Recommender recommender, PrintWriter out, PrintWriter err) throws IOException, KnowledgeOptions.Exit {
        List<Path> dirs = new ArrayList<>();
        if (knowledge.rules != null) {
            dirs.add(knowledge.rules);
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
                WatchKey key = watcher.take();
                drain(key);
                WatchKey more;
                while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                reloads++;
                try {
                    recommender.reload();
                    out.println("reloaded: now serving " + describe(recommender));
                } catch (InvalidKnowledgeException e) {
                    KnowledgeOptions.report(err, "the changed rules or catalogue cannot be loaded; the previous set "
                            + "keeps serving", e.problems());
                }
                show(recommender, out, err);
                out.flush();
            }
            return Main.OK;
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
            return Main.OK;
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    private static String describe(Recommender recommender) {
        return recommender.knowledge().rules().rules().size() + " rules and " + recommender.knowledge().catalog().size()
                + " instruments (rules: " + recommender.knowledge().rulesOrigin() + ", catalogue: "
                + recommender.knowledge().catalogOrigin() + ")";
    }

    private void show(Recommender recommender, PrintWriter out, PrintWriter err) throws KnowledgeOptions.Exit {
        if (profile == null) {
            return;
        }
        try {
            Recommendation r = recommender.recommend(profile.toString(), Input.read(profile.toString(), err));
            List<String> top = new ArrayList<>();
            for (RankedFunction f : r.interventionFunctions()) {
                top.add(f.rank() + " " + f.function().code() + " (" + f.score() + ")");
            }
            out.println("  " + profile + ": " + (top.isEmpty() ? "no functions" : String.join(", ", top)));
        } catch (InvalidProfileException e) {
            KnowledgeOptions.report(err, "the profile is not valid", e.problems());
        }
    }
}
