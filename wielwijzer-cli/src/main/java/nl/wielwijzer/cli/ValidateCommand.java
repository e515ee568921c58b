package nl.wielwijzer.cli;

import nl.wielwijzer.Recommender;
import nl.wielwijzer.problem.InvalidProfileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", description = "Checks a profile against the contract, the vocabulary and the catalogue.")
final class ValidateCommand extends KnowledgeCommand {

    @Parameters(paramLabel = "FILE", description = "The profile, as JSON; - reads standard input.")
    String file;

    @Override
    int execute() throws KnowledgeOptions.Exit {
        String json = Input.read(file, err());
        Recommender recommender = recommender();
        try {
            recommender.readProfile(Input.name(file), json);
        } catch (InvalidProfileException e) {
            KnowledgeOptions.report(err(), "the profile is not valid", e);
            return Main.INVALID_INPUT;
        }
        out().println(Input.name(file) + ": the profile is valid");
        return Main.OK;
    }
}
