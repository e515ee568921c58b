package nl.wielwijzer.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.wielwijzer.InvalidProfileException;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.profile.Language;
import nl.wielwijzer.profile.Profile;
import nl.wielwijzer.ranking.Recommendation;
import nl.wielwijzer.ranking.RecommendationJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "recommend", description = "Recommends interventions for a profile (JSON file, or - for standard input).")
final class RecommendCommand implements Callable<Integer> {

    enum Format { json, text }

    @Parameters(paramLabel = "FILE", description = "The profile, as JSON; - reads standard input.")
    String file;

    @Option(names = "--format", defaultValue = "json", description = "json (default) or text.")
    Format format;

    @Option(names = "--lang", defaultValue = "nl", description = "Language of the text report: nl (default) or en.")
    String lang;

    @Mixin
    KnowledgeOptions knowledge;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Language language = language(lang, err);
            String json = Input.read(file, err);
            Recommender recommender = knowledge.load(err);
            Profile profile = recommender.readProfile(Input.name(file), json);
            Recommendation result = recommender.recommend(profile);
            out.print(format == Format.text ? TextReport.of(result, language) : RecommendationJson.write(result));
            out.flush();
            return Main.OK;
        } catch (InvalidProfileException e) {
            KnowledgeOptions.report(err, "the profile is not valid", e.problems());
            return Main.INVALID_INPUT;
        } catch (KnowledgeOptions.Exit e) {
            return e.code;
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
