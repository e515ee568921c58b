package nl.wielwijzer.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.internal.engine.RuleMisuseException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command shares: the options that choose the rules and catalogue, the output streams, and the rule
 * that a command ends with an exit code once its message has been printed.
 */
abstract class KnowledgeCommand implements Callable<Integer> {

    @Mixin
    KnowledgeOptions knowledge;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        try {
            return execute();
        } catch (KnowledgeOptions.Exit e) {
            return e.code;
        } catch (RuleMisuseException e) {
            err().println("wielwijzer: the rules failed for this input (the rules, not the input, need correcting):");
            err().println(e.problem());
            return Main.INVALID_KNOWLEDGE;
        } finally {
            out().flush();
            err().flush();
        }
    }

    /** Does the command's work; returns the exit code. */
    abstract int execute() throws KnowledgeOptions.Exit;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Loads the rules and catalogue the options name, or ends the command with exit code 3. */
    Recommender recommender() throws KnowledgeOptions.Exit {
        return knowledge.load(err());
    }
}
