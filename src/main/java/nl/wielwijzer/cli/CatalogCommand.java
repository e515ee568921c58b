package nl.wielwijzer.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.wielwijzer.Recommender;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "catalog", description = "Prints the loaded instrument catalogue as JSON.")
final class CatalogCommand implements Callable<Integer> {

    @Mixin
    KnowledgeOptions knowledge;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            Recommender recommender = knowledge.load(spec.commandLine().getErr());
            out.print(KnowledgeJson.text(KnowledgeJson.catalog(recommender.knowledge().catalog())));
            out.flush();
            return Main.OK;
        } catch (KnowledgeOptions.Exit e) {
            return e.code;
        }
    }
}
