package nl.wielwijzer.cli;

import java.io.PrintWriter;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.bcw.Language;
import nl.wielwijzer.problem.InvalidProfileException;
import nl.wielwijzer.result.Recommendation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "recommend", description = "Recommends interventions for a profile (a JSON file, or - for standard input).")
final class RecommendCommand extends KnowledgeCommand {

    enum Format { json, text }

    @Parameters(paramLabel = "FILE", description = "The profile, as JSON; - reads standard input.")
    String file;

    @Option(names = "--format", defaultValue = "json", description = "json (default) or text.")
    Format format;

    @Option(names = "--lang", defaultValue = "nl", description = "Language of the text report: nl (default) or en.")
    String lang;

    @Override
    int execute() throws KnowledgeOptions.Exit {
        Language language = language(lang, err());
        String json = Input.read(file, err());
        Recommender recommender = recommender();
        try {
            Recommendation result = recommender.recommend(Input.name(file), json);
            out().print(format == Format.text ? TextReport.of(result, language, recommender.knowledge()) : Recommender.toJson(result));
            return Main.OK;
        } catch (InvalidProfileException e) {
            KnowledgeOptions.report(err(), "the profile is not valid", e);
            return Main.INVALID_INPUT;
        }
    }

    static Language language(String code, PrintWriter err) throws KnowledgeOptions.Exit {
        if (code.equals("nl") || code.equals("en")) {
            return Language.parse(code);
        }
        err.println("wielwijzer: --lang must be nl or en, not '" + code + "'");
        err.flush();
        throw new KnowledgeOptions.Exit(Main.INVALID_INPUT);
    }
}
