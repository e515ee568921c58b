package nl.wielwijzer.cli;

import nl.wielwijzer.Recommender;
import nl.wielwijzer.internal.io.Json;
import nl.wielwijzer.internal.knowledge.KnowledgeJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "rules", description = {"Prints every loaded rule with its file, line, explanations, sources and effect, as JSON.",
    "With --techniques: every link of rules/bct.yaml instead (function or instrument, BCT number and labels, basis, "
    + "seed passage), each with its file and line."})
final class RulesCommand extends KnowledgeCommand {

    @Option(names = "--techniques", description = "List the behaviour change techniques of bct.yaml instead of the rules.")
    boolean techniques;

    @Override
    int execute() throws KnowledgeOptions.Exit {
        Recommender recommender = recommender();
        out().print(Json.text(techniques
                ? KnowledgeJson.techniques(recommender.knowledge().techniques())
                : KnowledgeJson.rules(recommender.knowledge().rules().ruleList())));
        return Main.OK;
    }
}
