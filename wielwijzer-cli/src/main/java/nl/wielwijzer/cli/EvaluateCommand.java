package nl.wielwijzer.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.evaluation.Agreement;
import nl.wielwijzer.evaluation.Answer;
import nl.wielwijzer.evaluation.Evaluation;
import nl.wielwijzer.evaluation.JudgedCaseReader;
import nl.wielwijzer.evaluation.Measure;
import nl.wielwijzer.internal.io.Json;
import nl.wielwijzer.internal.io.SourceFile;
import nl.wielwijzer.internal.io.SourceFiles;
import nl.wielwijzer.problem.InvalidProfileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "evaluate", description = {
    "Scores the judged cases (evaluation/judged/*.yaml) against Wielwijzer's answers and against a plain "
    + "2014-matrix baseline on the same profiles, and prints the agreement per case and on average (overall, "
    + "per subject and sector, for the target group). Each figure lies between 0 and 1; '-' means the case has "
    + "nothing to check for that measure. docs/quality.md explains the measures and the baseline.",
    "It reports; it does not judge: the exit code is 0 whatever the agreement, 2 when a case file is invalid "
    + "(each problem with file, line and field), 3 when the rules or catalogue are."})
final class EvaluateCommand extends KnowledgeCommand {

    enum Format { text, json }

    @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = "evaluation/judged",
            description = "The folder of judged cases (*.yaml). Default: ${DEFAULT-VALUE}.")
    Path dir;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json (every answer, score and miss).")
    Format format;

    @Option(names = "--misses", description = "In text: list under each case what Wielwijzer missed.")
    boolean misses;

    /** The measures shown as columns, in this order. */
    private static final List<Measure> COLUMNS = List.of(Measure.TOP3, Measure.TOP3_EXACT, Measure.MUST_INCLUDE,
            Measure.MUST_NOT, Measure.ROUTE, Measure.PHASE, Measure.AGREEMENT, Measure.SHARED);

    @Override
    int execute() throws KnowledgeOptions.Exit {
        PrintWriter err = err();
        List<SourceFile> files;
        try {
            if (!Files.isDirectory(dir)) {
                err.println("wielwijzer: " + dir + " is not a folder of judged cases");
                return Main.INVALID_INPUT;
            }
            files = SourceFiles.directory(dir, ".yaml", dir.toString());
        } catch (IOException e) {
            err.println("wielwijzer: the judged cases cannot be read: " + e.getMessage());
            return Main.INVALID_INPUT;
        }
        if (files.isEmpty()) {
            err.println("wielwijzer: there are no judged cases (*.yaml) in " + dir);
            return Main.INVALID_INPUT;
        }
        Recommender recommender = recommender();
        JudgedCaseReader.Loaded loaded = new JudgedCaseReader(recommender).load(files);
        if (!loaded.problems().isEmpty()) {
            KnowledgeOptions.report(err, "the judged cases have problems", loaded.problems());
            return Main.INVALID_INPUT;
        }
        Evaluation evaluation;
        try {
            evaluation = Evaluation.run(recommender, loaded.cases(), knowledge.maxInstruments);
        } catch (InvalidProfileException e) {
            KnowledgeOptions.report(err, "a judged profile does not fit these rules", e);
            return Main.INVALID_INPUT;
        }
        out().print(format == Format.json ? Json.text(json(evaluation)) : text(evaluation));
        return Main.OK;
    }

    private String text(Evaluation evaluation) {
        StringBuilder s = new StringBuilder();
        s.append("Judged cases in ").append(dir.toString().replace('\\', '/')).append(": ").append(evaluation.cases().size())
                .append(", scored for Wielwijzer (W) and the plain 2014-matrix baseline (B); top ")
                .append(knowledge.maxInstruments).append(" instruments.\n\n");
        header(s, "case");
        for (Evaluation.CaseResult r : evaluation.cases()) {
            row(s, r.judged().id() + " " + r.judged().group() + (r.judged().targetGroup() ? " tg" : ""),
                    r.wielwijzerAgreement().scores(), r.baselineAgreement().scores());
            if (misses && !r.wielwijzerAgreement().misses().isEmpty()) {
                s.append("      W missed: ").append(String.join("; ", r.wielwijzerAgreement().misses())).append('\n');
            }
        }
        s.append("\nAverages (every case counts once; tg = seed 001's target group)\n\n");
        header(s, "group (cases)");
        for (Evaluation.Summary summary : evaluation.summaries()) {
            row(s, summary.group() + " (" + summary.cases() + ")", summary.wielwijzer(), summary.baseline());
        }
        s.append("\ntop3 = share of the expected top-3 functions in the top 3; exact = all three; include = share of "
                + "mustInclude instruments returned;\nmustNot = share of mustNot entries respected; route, phase = 1 "
                + "expected, 0.5 acceptable, 0 other (the baseline chooses none: 0);\nagreement = mean of top3, include, "
                + "mustNot, route, phase; shared = mean of top3, include, mustNot (what both answer).\nSee docs/quality.md.\n");
        return s.toString();
    }

    private static final String LABEL = "%-25s";

    /** The column names, and under each a W and a B right above the figures. */
    private static void header(StringBuilder s, String first) {
        s.append(String.format(Locale.ROOT, LABEL, first));
        for (Measure m : COLUMNS) {
            s.append(String.format(Locale.ROOT, "  %-10s", shortName(m)));
        }
        s.setLength(s.toString().stripTrailing().length());
        s.append('\n').append(String.format(Locale.ROOT, LABEL, ""));
        s.append("  W     B   ".repeat(COLUMNS.size()).stripTrailing()).append('\n');
    }

    private static String shortName(Measure m) {
        return switch (m) {
            case TOP3_EXACT -> "exact";
            case MUST_INCLUDE -> "include";
            default -> m.code;
        };
    }

    private static void row(StringBuilder s, String label, Map<Measure, Double> ours, Map<Measure, Double> plain) {
        s.append(String.format(Locale.ROOT, LABEL, label));
        for (Measure m : COLUMNS) {
            s.append("  ").append(figure(ours.get(m))).append("  ").append(figure(plain.get(m)));
        }
        s.append('\n');
    }

    /** Four characters: 0.67, or a dash when the measure does not apply. */
    private static String figure(Double value) {
        return value == null ? " -  " : String.format(Locale.ROOT, "%.2f", value);
    }

    private ObjectNode json(Evaluation evaluation) {
        ObjectNode root = Json.NODES.objectNode();
        root.put("directory", dir.toString().replace('\\', '/'));
        root.put("maxInstruments", knowledge.maxInstruments);
        ArrayNode measures = root.putArray("measures");
        for (Measure m : Measure.values()) {
            measures.addObject().put("code", m.code).put("label", m.label);
        }
        ArrayNode cases = root.putArray("cases");
        for (Evaluation.CaseResult r : evaluation.cases()) {
            ObjectNode c = cases.addObject();
            c.put("id", r.judged().id());
            c.put("title", r.judged().title());
            c.put("file", r.judged().file().replace('\\', '/'));
            c.put("subject", r.judged().profile().subject().code());
            c.put("sector", r.judged().profile().sector().code());
            c.put("targetGroup", r.judged().targetGroup());
            r.judged().seeds().forEach(c.putArray("seeds")::add);
            c.set("wielwijzer", answer(r.wielwijzer(), r.wielwijzerAgreement()));
            c.set("baseline", answer(r.baseline(), r.baselineAgreement()));
        }
        ArrayNode summaries = root.putArray("summaries");
        for (Evaluation.Summary summary : evaluation.summaries()) {
            ObjectNode s = summaries.addObject();
            s.put("group", summary.group());
            s.put("cases", summary.cases());
            s.set("wielwijzer", scores(summary.wielwijzer()));
            s.set("baseline", scores(summary.baseline()));
        }
        return root;
    }

    private static ObjectNode answer(Answer answer, Agreement agreement) {
        ObjectNode a = Json.NODES.objectNode();
        ArrayNode top = a.putArray("topFunctions");
        answer.topThree().forEach(f -> top.add(f.code()));
        ArrayNode instruments = a.putArray("instruments");
        answer.instruments().forEach(i -> instruments.add(i.id()));
        a.put("route", answer.route() == null ? null : answer.route().code());
        a.put("phase", answer.phase() == null ? null : answer.phase().code());
        a.put("choosesRouteAndPhase", answer.choosesRoute());
        a.set("scores", scores(agreement.scores()));
        agreement.misses().forEach(a.putArray("misses")::add);
        return a;
    }

    private static ObjectNode scores(Map<Measure, Double> scores) {
        ObjectNode o = Json.NODES.objectNode();
        // rounded, so that the same run prints the same text on every platform
        scores.forEach((m, v) -> o.put(m.code, Math.round(v * 1000) / 1000.0));
        return o;
    }
}
