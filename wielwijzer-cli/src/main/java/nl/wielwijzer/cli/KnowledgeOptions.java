package nl.wielwijzer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.problem.InvalidKnowledgeException;
import nl.wielwijzer.problem.Problem;
import picocli.CommandLine.Option;

/** The options that choose which rules and catalogue to load; shared by every command. */
final class KnowledgeOptions {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Directory with the rule files (*.drl) and vocabulary (*.yaml). Default: the bundled rules.")
    Path rules;

    @Option(names = "--catalog", paramLabel = "DIR",
            description = "Directory with the catalogue files (*.yaml). Default: the bundled catalogue.")
    Path catalog;

    @Option(names = "--max-instruments", paramLabel = "N", defaultValue = "10",
            description = "How many instruments a result lists at most (default: ${DEFAULT-VALUE}).")
    int maxInstruments;

    Recommender.Builder builder() {
        Recommender.Builder b = Recommender.builder().maxInstruments(maxInstruments);
        if (rules != null) {
            b.rules(rules);
        }
        if (catalog != null) {
            b.catalog(catalog);
        }
        return b;
    }

    /** Builds the recommender, or reports why the rules or catalogue cannot be loaded. */
    Recommender load(PrintWriter err) throws Exit {
        try {
            return builder().build();
        } catch (InvalidKnowledgeException e) {
            report(err, "the rules or the catalogue cannot be loaded", e);
            throw new Exit(Main.INVALID_KNOWLEDGE);
        }
    }

    static void report(PrintWriter err, String summary, nl.wielwijzer.problem.WielwijzerException e) {
        report(err, summary, e.problems(), e.count());
    }

    static void report(PrintWriter err, String summary, java.util.List<Problem> problems) {
        report(err, summary, problems, problems.size());
    }

    static void report(PrintWriter err, String summary, java.util.List<Problem> problems, int count) {
        err.println("wielwijzer: " + summary + " (" + count + (count == 1 ? " problem):" : " problems):"));
        for (Problem p : problems) {
            err.println(p);
        }
        err.flush();
    }

    /** Ends a command with an exit code after its message has been printed. */
    static final class Exit extends Exception {
        final int code;

        Exit(int code) {
            super(null, null, false, false);
            this.code = code;
        }
    }
}
