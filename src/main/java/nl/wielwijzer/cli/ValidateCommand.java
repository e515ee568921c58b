package nl.wielwijzer.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.wielwijzer.InvalidProfileException;
import nl.wielwijzer.Recommender;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", description = "Checks a profile against the contract, the vocabulary and the catalogue.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The profile, as JSON; - reads standard input.")
    String file;

    @Mixin
    KnowledgeOptions knowledge;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            String json = Input.read(file, err);
            Recommender recommender = knowledge.load(err);
            recommender.readProfile(Input.name(file), json);
            out.println(Input.name(file) + ": the profile is valid");
            out.flush();
            return Main.OK;
        } catch (InvalidProfileException e) {
            KnowledgeOptions.report(err, "the profile is not valid", e.problems());
            return Main.INVALID_INPUT;
        } catch (KnowledgeOptions.Exit e) {
            return e.code;
        }
    }
}
