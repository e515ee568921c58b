package nl.wielwijzer.cli;

import nl.wielwijzer.Recommender;
import nl.wielwijzer.internal.io.Json;
import nl.wielwijzer.internal.knowledge.KnowledgeJson;
import picocli.CommandLine.Command;

@Command(name = "rules", description = "Prints every loaded rule with its file, line, explanations, sources and effect, as JSON.")
final class RulesCommand extends KnowledgeCommand {

    @Override
    int execute() throws KnowledgeOptions.Exit {
        Recommender recommender = recommender();
        out().print(Json.text(KnowledgeJson.rules(recommender.knowledge().rules().ruleList())));
        return Main.OK;
    }
}
