package nl.wielwijzer.internal.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.catalog.Instrument;
import nl.wielwijzer.internal.io.LocatedTree;
import nl.wielwijzer.internal.io.SchemaCheck;
import nl.wielwijzer.internal.io.SourceFile;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.profile.Subject;
import nl.wielwijzer.result.Citation;

/**
 * The generic fit of {@code rules/instrument-fit.yaml}: which instruments of the profile's sector are candidates
 * (who may be offered what), and what a candidate instrument earns for delivering a function the profile needs and
 * for targeting one of its COM-B gaps. A table, not rules, because the policy is a table
 * (three kinds of match, each with its points) and because it is the bulk of the matching work: evaluated natively
 * per candidate it costs arithmetic, where as rules it cost a join and a firing per match. Each row is explained
 * like a rule, at its line in the file. Immutable; a rule directory without the file has no generic fit (its rule
 * files may still score candidates with rules of their own).
 */
public final class FitTable {

    /** The file inside a rule directory. */
    public static final String FILE = "instrument-fit.yaml";

    /** A rule directory without {@value #FILE}. */
    static final FitTable NONE = new FitTable(List.of(), List.of());

    private static final class Schema {
        static final SchemaCheck FIT = SchemaCheck.bundled("instrument-fit-v1.schema.json");
    }

    /** What a row matches. */
    public enum When implements Coded {
        /** The candidate delivers a needed function, and the seed itself assigns it. */
        NEEDED_FUNCTION_STATED("neededFunctionStated", "levert een nodige functie (volgens de bron)",
                "delivers a needed function (as the seed states)"),
        /** The candidate delivers a needed function by the catalogue editor's judgement only. */
        NEEDED_FUNCTION_JUDGED("neededFunctionJudged", "levert een nodige functie (oordeel redactie)",
                "delivers a needed function (editor's judgement)"),
        /** The candidate targets a COM-B component in which the profile has a gap. */
        GAP_TARGETED("gapTargeted", "richt zich op een tekort", "targets a gap");

        private final Labels labels;

        When(String code, String nl, String en) {
            this.labels = new Labels(code, nl, en);
        }

        @Override
        public Labels labels() {
            return labels;
        }

        /** Whether the row's points depend on a needed function's rank (else on a gap's severity). */
        public boolean byFunction() {
            return this != GAP_TARGETED;
        }
    }

    /**
     * One row: what it matches, its points, and the rule it is explained as.
     *
     * @param from        for a needed function: points are this minus the function's rank
     * @param atLeast     for a needed function: the fewest points
     * @param perSeverity for a gap: points per step of severity
     */
    public record Row(When when, int from, int atLeast, int perSeverity, RuleInfo rule) {

        /** The points for a needed function of {@code rank} (1 = best). */
        public int forRank(int rank) {
            return Math.max(atLeast, from - rank);
        }

        /** The points for a gap of {@code severity}. */
        public int forSeverity(int severity) {
            return perSeverity * severity;
        }
    }

    /** Which instruments a row makes candidates. */
    public enum InstrumentsFor implements Coded {
        /** What an employee can use or ask for (audience employee or team). */
        EMPLOYEES("employees", "voor medewerkers", "for employees"),
        /** What an organisation, its HR or its managers can deploy. */
        EMPLOYERS("employers", "voor werkgevers", "for employers"),
        /** For employees and not for employers. */
        EMPLOYEES_ONLY("employeesOnly", "alleen voor medewerkers", "for employees only"),
        /** For managers: a manager can use it or deploy it for the staff he or she leads. */
        MANAGERS("managers", "voor leidinggevenden", "for managers");

        private final Labels labels;

        InstrumentsFor(String code, String nl, String en) {
            this.labels = new Labels(code, nl, en);
        }

        @Override
        public Labels labels() {
            return labels;
        }

        boolean includes(Instrument instrument) {
            return switch (this) {
                case EMPLOYEES -> instrument.isForEmployees();
                case EMPLOYERS -> instrument.isForEmployers();
                case EMPLOYEES_ONLY -> instrument.isForEmployees() && !instrument.isForEmployers();
                case MANAGERS -> instrument.isForManagers();
            };
        }
    }

    /**
     * One row of {@code candidates}: for a profile of {@code subject} (with the diagnosis {@code whenDiagnosis}, when
     * given), the instruments of its own sector that the row includes become candidates, {@code disfavour} points
     * lower.
     *
     * @param targetGroupOnly true: only instruments reserved for workers with an occupational limitation; false:
     *                        none of those
     */
    public record Candidacy(Subject subject, InstrumentsFor instrumentsFor, boolean targetGroupOnly,
                            String whenDiagnosis, int disfavour, RuleInfo rule) {

        /** Whether the row makes {@code instrument} (of the profile's sector) a candidate. */
        public boolean includes(Instrument instrument) {
            return instrumentsFor.includes(instrument) && instrument.isForTargetGroupOnly() == targetGroupOnly;
        }
    }

    private final List<Candidacy> candidates;
    private final List<Row> rows;

    private FitTable(List<Candidacy> candidates, List<Row> rows) {
        this.candidates = List.copyOf(candidates);
        this.rows = List.copyOf(rows);
    }

    /** The rows of {@code candidates}, in the file's order; empty when the rule files make candidates themselves. */
    public List<Candidacy> candidates() {
        return candidates;
    }

    /** The rows of {@code fit}, in the file's order. */
    public List<Row> rows() {
        return rows;
    }

    /** The rows explained as rules, in the file's order. */
    public List<RuleInfo> rules() {
        List<RuleInfo> rules = new ArrayList<>();
        candidates.forEach(c -> rules.add(c.rule()));
        rows.forEach(r -> rules.add(r.rule()));
        return rules;
    }

    /** The file read and checked, or the problems, each with file, line and field. */
    record Loaded(FitTable table, List<Problem> problems) {
    }

    /** Reads the file: its shape against {@code instrument-fit-v1.schema.json}, the points, every quote. */
    static Loaded load(SourceFile file, Vocabulary vocabulary, SeedLibrary seeds) {
        List<Problem> problems = new ArrayList<>();
        Optional<LocatedTree> valid = Schema.FIT.readYaml(file, problems);
        if (valid.isEmpty()) {
            return new Loaded(null, problems);
        }
        LocatedTree tree = valid.get();
        List<Candidacy> candidates = new ArrayList<>();
        JsonNode candidacies = tree.root().path("candidates");
        for (int i = 0; i < candidacies.size(); i++) {
            candidacy(tree, LocatedTree.index("candidates", i), candidacies.get(i), vocabulary, seeds, problems)
                    .ifPresent(candidates::add);
        }
        JsonNode fit = tree.root().get("fit");
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < fit.size(); i++) {
            row(tree, LocatedTree.index("fit", i), fit.get(i), seeds, problems).ifPresent(rows::add);
        }
        problems.sort(Problem.IN_FILE_ORDER);
        return problems.isEmpty() ? new Loaded(new FitTable(candidates, rows), List.of()) : new Loaded(null, problems);
    }

    private static Optional<Candidacy> candidacy(LocatedTree tree, String path, JsonNode node, Vocabulary vocabulary,
                                                 SeedLibrary seeds, List<Problem> problems) {
        int before = problems.size();
        String diagnosis = node.has("whenDiagnosis") ? node.get("whenDiagnosis").asText() : null;
        if (diagnosis != null && !vocabulary.has(Vocabulary.Kind.DIAGNOSES, diagnosis)) {
            Problem unknown = vocabulary.unknown(Vocabulary.Kind.DIAGNOSES, "Diagnosis", diagnosis);
            problems.add(tree.problem(LocatedTree.child(path, "whenDiagnosis"), unknown.message()).withHint(unknown.hint()));
        }
        Citation cited = citation(tree, path, node, seeds, problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        Subject subject = Coded.parse(Subject.class, node.get("subject").asText()).orElseThrow(); // the schema holds the codes
        InstrumentsFor instruments = Coded.parse(InstrumentsFor.class, node.get("instrumentsFor").asText()).orElseThrow();
        boolean only = node.get("targetGroup").asText().equals("only");
        int disfavour = node.path("disfavour").asInt(0);
        String effect = "instrument: candidate" + (disfavour > 0 ? ", -" + disfavour : "");
        RuleInfo rule = new RuleInfo(node.get("rule").asText(), tree.file(), tree.locate(LocatedTree.child(path, "rule"))[0],
                node.get("nl").asText(), node.get("en").asText(), List.of(cited), List.of(), effect, null, null);
        return Optional.of(new Candidacy(subject, instruments, only, diagnosis, disfavour, rule));
    }

    /** The row's source, checked against its seed lines; a mismatch is a problem at the field. */
    private static Citation citation(LocatedTree tree, String path, JsonNode node, SeedLibrary seeds, List<Problem> problems) {
        Citation cited = Citations.readOne(node.get("source"));
        Citations.checkOne(tree, LocatedTree.child(path, "source"), cited, seeds).ifPresent(problems::add);
        return cited;
    }

    private static Optional<Row> row(LocatedTree tree, String path, JsonNode node, SeedLibrary seeds,
                                     List<Problem> problems) {
        When when = Coded.parse(When.class, node.get("when").asText()).orElseThrow(); // the schema holds the codes
        JsonNode points = node.get("points");
        String at = LocatedTree.child(path, "points");
        int before = problems.size();
        if (when.byFunction()) {
            if (!points.has("from") || !points.has("atLeast") || points.has("perSeverity")) {
                problems.add(tree.problem(at, "a row for a needed function gives its points as 'from' and 'atLeast'")
                        .withHint("e.g. points: { from: 6, atLeast: 1 }: 6 minus the function's rank, at least 1"));
            }
        } else if (!points.has("perSeverity") || points.has("from") || points.has("atLeast")) {
            problems.add(tree.problem(at, "a row for a gap gives its points as 'perSeverity'")
                    .withHint("e.g. points: { perSeverity: 1 }: the gap's severity (1 to 3) in points"));
        }
        Citation cited = citation(tree, path, node, seeds, problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        int from = points.path("from").asInt(0);
        int atLeast = points.path("atLeast").asInt(0);
        int perSeverity = points.path("perSeverity").asInt(0);
        String effect = when.byFunction()
                ? "instrument + (" + from + " - rank of the function), at least " + atLeast
                : "instrument + " + (perSeverity == 1 ? "" : perSeverity + " × ") + "gap severity";
        RuleInfo rule = new RuleInfo(node.get("rule").asText(), tree.file(), tree.locate(LocatedTree.child(path, "rule"))[0],
                node.get("nl").asText(), node.get("en").asText(), List.of(cited), List.of(), effect, null, null);
        return Optional.of(new Row(when, from, atLeast, perSeverity, rule));
    }
}
