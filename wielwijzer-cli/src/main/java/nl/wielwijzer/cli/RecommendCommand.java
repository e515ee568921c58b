package nl.wielwijzer.cli;

import java.io.PrintWriter;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.bcw.Language;
import nl.wielwijzer.problem.InvalidProfileException;
import nl.wielwijzer.result.Explain;
import nl.wielwijzer.result.Recommendation;
import nl.wielwijzer.result.Trace;
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

    @Option(names = "--lang", description = "Language: nl or en. The text report is in Dutch unless told; JSON carries "
            + "both languages unless told.")
    String lang;

    @Option(names = "--explain", defaultValue = "standard", description = "How much evidence: summary, standard "
            + "(default: the summary, the ranked lists and the rules and sources behind them) or full (also the rule "
            + "texts, quotes, the diagnoses behind each step and every step the rules took).")
    String explain;

    @Override
    int execute() throws KnowledgeOptions.Exit {
        Language language = lang == null ? null : language(lang, err());
        Explain level = level(explain, err());
        String json = Input.read(file, err());
        Recommender recommender = recommender();
        try {
            Trace trace;
            if (level == Explain.FULL) {
                trace = recommender.trace(recommender.readProfile(Input.name(file), json));
            } else {
                trace = new Trace(recommender.recommend(Input.name(file), json), java.util.List.of());
            }
            Recommendation result = trace.recommendation();
            out().print(format == Format.text
                    ? TextReport.of(result, language == null ? Language.NL : language, level, recommender.knowledge())
                    : level == Explain.FULL ? Recommender.toJson(trace, language)
                    : Recommender.toJson(result, level, language));
            return Main.OK;
        } catch (InvalidProfileException e) {
            KnowledgeOptions.report(err(), "the profile is not valid", e);
            return Main.INVALID_INPUT;
        }
    }

    static Explain level(String code, PrintWriter err) throws KnowledgeOptions.Exit {
        for (Explain e : Explain.values()) {
            if (e.code().equals(code)) {
                return e;
            }
        }
        err.println("wielwijzer: --explain must be summary, standard or full, not '" + code + "'");
        err.flush();
        throw new KnowledgeOptions.Exit(Main.INVALID_INPUT);
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
