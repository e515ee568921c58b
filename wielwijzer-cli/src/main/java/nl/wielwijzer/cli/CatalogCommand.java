package nl.wielwijzer.cli;

import nl.wielwijzer.Recommender;
import nl.wielwijzer.internal.io.Json;
import nl.wielwijzer.internal.knowledge.KnowledgeJson;
import picocli.CommandLine.Command;

@Command(name = "catalog", description = "Prints the loaded instrument catalogue as JSON.")
final class CatalogCommand extends KnowledgeCommand {

    @Override
    int execute() throws KnowledgeOptions.Exit {
        Recommender recommender = recommender();
        out().print(Json.text(KnowledgeJson.catalog(recommender.knowledge().catalog())));
        return Main.OK;
    }
}
