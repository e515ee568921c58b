package nl.wielwijzer.internal.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.internal.io.LocatedTree;
import nl.wielwijzer.internal.io.SchemaCheck;
import nl.wielwijzer.internal.io.SourceFile;
import nl.wielwijzer.internal.io.Suggest;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.result.Citation;
import nl.wielwijzer.result.TargetKind;
import nl.wielwijzer.result.Technique;

/**
 * The behaviour change techniques of {@code rules/bct.yaml}: the BCT Taxonomy v1 techniques Wielwijzer shows, the
 * BCTs that commonly deliver each intervention function, the BCTs a catalogue instrument's seed description shows,
 * and the BCIO ids of the COM-B components, functions and policy categories. Every link carries its basis (the BCW
 * guide, a checked seed citation, or the editor's judgement). Immutable; a rule directory without the file has none.
 */
public final class TechniqueBook {

    /** The file inside a rule directory. */
    public static final String FILE = "bct.yaml";

    /** A rule directory without {@value #FILE}: no techniques, no identifiers. */
    static final TechniqueBook NONE = new TechniqueBook(List.of(), Map.of(), Map.of(), List.of());

    private static final class Schema {
        static final SchemaCheck BCT = SchemaCheck.bundled("bct-v1.schema.json");
    }

    /**
     * One link of the file: a technique for a function or an instrument, at {@code file:line}, which coverage
     * names.
     */
    public record Entry(TargetKind kind, String target, Technique technique, String file, int line) {

        /** How coverage names the link, e.g. {@code enablement -> 1.4}. */
        public String label() {
            return target + " -> " + technique.number();
        }
    }

    /** One technique of the file's {@code techniques}, at {@code file:line}, which lint names. */
    public record Definition(String number, String en, String file, int line) {
    }

    /**
     * How many techniques each of the 16 groups of BCT Taxonomy v1 has (Michie et al. 2013, Table 3): group 1
     * (goals and planning) numbers 1.1 to 1.9, group 2 (feedback and monitoring) 2.1 to 2.7, and so on to
     * 16.3; 93 in all. A number outside these is not a technique of the taxonomy.
     */
    private static final int[] TAXONOMY_GROUPS = {9, 7, 3, 4, 6, 3, 8, 7, 3, 11, 4, 6, 5, 10, 4, 3};

    private final List<String> numbers;
    private final Map<String, List<Technique>> byTarget;
    private final Map<String, String> bcio;
    private final List<Entry> entries;
    private final List<Definition> definitions;
    private final List<InterventionFunction> unlisted;
    private final String file;
    private final int functionsLine;

    private TechniqueBook(List<String> numbers, Map<String, List<Technique>> byTarget, Map<String, String> bcio,
                          List<Entry> entries) {
        this(numbers, byTarget, bcio, entries, List.of(), List.of(), null, 0);
    }

    private TechniqueBook(List<String> numbers, Map<String, List<Technique>> byTarget, Map<String, String> bcio,
                          List<Entry> entries, List<Definition> definitions, List<InterventionFunction> unlisted,
                          String file, int functionsLine) {
        this.numbers = List.copyOf(numbers);
        this.byTarget = Collections.unmodifiableMap(byTarget);
        this.bcio = Collections.unmodifiableMap(bcio);
        this.entries = List.copyOf(entries);
        this.definitions = List.copyOf(definitions);
        this.unlisted = List.copyOf(unlisted);
        this.file = file;
        this.functionsLine = functionsLine;
    }

    /** The BCTs that commonly deliver the function, in the file's order. */
    public List<Technique> of(InterventionFunction function) {
        return byTarget.getOrDefault(key(TargetKind.INTERVENTION_FUNCTION, function.code()), List.of());
    }

    /** The BCTs the instrument's seed description shows, in the file's order; empty when the file names none. */
    public List<Technique> of(String instrumentId) {
        return byTarget.getOrDefault(key(TargetKind.INSTRUMENT, instrumentId), List.of());
    }

    /** The BCIO id of a COM-B component, function or policy category, by its wire code. */
    public Optional<String> bcio(String code) {
        return Optional.ofNullable(bcio.get(code));
    }

    /** The BCT numbers of the file's {@code techniques}, in its order. */
    public List<String> numbers() {
        return numbers;
    }

    /** Every link, functions first, in the file's order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The techniques of the file's {@code techniques}, each with its line, in the file's order. */
    public List<Definition> definitions() {
        return definitions;
    }

    /**
     * The functions the file's {@code functions} does not list at all (an empty list, as for restriction, is
     * listed): results show no techniques for them. Empty for a rule directory without the file.
     */
    public List<InterventionFunction> unlistedFunctions() {
        return unlisted;
    }

    /** The file, for a rule directory that has one; otherwise null. */
    public String file() {
        return file;
    }

    /** The line of the file's {@code functions}; 0 without the file. */
    public int functionsLine() {
        return functionsLine;
    }

    /** Whether {@code number} is one of the 93 techniques of BCT Taxonomy v1 (1.1 to 16.3). */
    public static boolean inTaxonomy(String number) {
        int dot = number.indexOf('.');
        if (dot < 1 || number.startsWith("0") || number.substring(dot + 1).startsWith("0")) {
            return false;
        }
        try {
            int group = Integer.parseInt(number.substring(0, dot));
            int item = Integer.parseInt(number.substring(dot + 1));
            return group >= 1 && group <= TAXONOMY_GROUPS.length && item >= 1 && item <= TAXONOMY_GROUPS[group - 1];
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String key(TargetKind kind, String target) {
        return kind.code() + ":" + target;
    }

    /** The file read and checked, or the problems, each with file, line and field. */
    record Loaded(TechniqueBook book, List<Problem> problems) {
    }

    /**
     * Reads the file: its shape against {@code bct-v1.schema.json}, then every BCT number against the file's own
     * list of techniques, every instrument id against the catalogue, and every quote against its seed lines.
     */
    static Loaded load(SourceFile file, Catalog catalog, SeedLibrary seeds) {
        List<Problem> problems = new ArrayList<>();
        Optional<LocatedTree> valid = Schema.BCT.readYaml(file, problems);
        if (valid.isEmpty()) {
            return new Loaded(null, problems);
        }
        LocatedTree tree = valid.get();
        List<Definition> definitions = new ArrayList<>();
        for (var technique : (Iterable<Map.Entry<String, JsonNode>>) tree.root().get("techniques")::fields) {
            String number = technique.getKey();
            String path = LocatedTree.child("techniques", number);
            if (!inTaxonomy(number)) {
                int group = number.contains(".") ? parseOrZero(number.substring(0, number.indexOf('.'))) : 0;
                problems.add(tree.problem(path, number + " is not a technique of BCT Taxonomy v1"
                        + (group >= 1 && group <= TAXONOMY_GROUPS.length
                                ? " (its group " + group + " numbers " + group + ".1 to " + group + "." + TAXONOMY_GROUPS[group - 1] + ")"
                                : " (its 16 groups number 1.1 to 16.3)"))
                        .withHint("use the number the taxonomy gives the technique (Michie et al. 2013)"));
            }
            definitions.add(new Definition(number, technique.getValue().get("en").asText(), tree.file(), tree.locate(path)[0]));
        }
        Reader reader = new Reader(tree, labels(tree.root().get("techniques")), seeds, problems);
        List<InterventionFunction> unlisted = new ArrayList<>();
        for (InterventionFunction function : InterventionFunction.values()) {
            JsonNode links = tree.root().get("functions").get(function.code());
            if (links == null) {
                unlisted.add(function);
            } else {
                reader.links(TargetKind.INTERVENTION_FUNCTION, function.code(),
                        LocatedTree.child("functions", function.code()), links);
            }
        }
        for (var instrument : (Iterable<Map.Entry<String, JsonNode>>) tree.root().get("instruments")::fields) {
            String path = LocatedTree.child("instruments", instrument.getKey());
            if (catalog.contains(instrument.getKey())) {
                reader.links(TargetKind.INSTRUMENT, instrument.getKey(), path, instrument.getValue());
            } else {
                String near = Suggest.closest(instrument.getKey(), catalog.instruments().stream().map(i -> i.id()).toList());
                problems.add(tree.problem(path, "\"" + instrument.getKey() + "\" is not an instrument in the catalogue"
                        + (near == null ? "" : " (did you mean " + near + "?)"))
                        .withHint("use the id of a catalogue entry; 'wielwijzer catalog' lists them"));
            }
        }
        problems.sort(Problem.IN_FILE_ORDER);
        return problems.isEmpty()
                ? new Loaded(new TechniqueBook(List.copyOf(reader.labels.keySet()), reader.byTarget,
                        identifiers(tree.root().get("identifiers")), reader.entries, definitions, unlisted, tree.file(),
                        tree.locate("functions")[0]), List.of())
                : new Loaded(null, problems);
    }

    private static int parseOrZero(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Map<String, String[]> labels(JsonNode techniques) {
        Map<String, String[]> labels = new LinkedHashMap<>();
        techniques.fields().forEachRemaining(t -> labels.put(t.getKey(),
                new String[] {t.getValue().get("nl").asText(), t.getValue().get("en").asText()}));
        return labels;
    }

    /** The ids of every group, by wire code; the schema has held the codes to the wheel's vocabulary. */
    private static Map<String, String> identifiers(JsonNode groups) {
        Map<String, String> ids = new LinkedHashMap<>();
        if (groups != null) {
            groups.fields().forEachRemaining(group -> group.getValue().get("ids").fields()
                    .forEachRemaining(id -> ids.put(id.getKey(), id.getValue().get("id").asText())));
        }
        return ids;
    }

    /** Turns the links of one function or instrument into techniques, collecting problems. */
    private static final class Reader {
        private final LocatedTree tree;
        private final Map<String, String[]> labels;
        private final SeedLibrary seeds;
        private final List<Problem> problems;
        private final Map<String, List<Technique>> byTarget = new LinkedHashMap<>();
        private final List<Entry> entries = new ArrayList<>();

        Reader(LocatedTree tree, Map<String, String[]> labels, SeedLibrary seeds, List<Problem> problems) {
            this.tree = tree;
            this.labels = labels;
            this.seeds = seeds;
            this.problems = problems;
        }

        void links(TargetKind kind, String target, String path, JsonNode list) {
            List<Technique> techniques = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                String at = LocatedTree.index(path, i);
                Technique technique = technique(at, list.get(i));
                if (technique == null) {
                    continue;
                }
                if (techniques.stream().anyMatch(t -> t.number().equals(technique.number()))) {
                    problems.add(tree.problem(LocatedTree.child(at, "bct"), "BCT " + technique.number()
                            + " is listed twice for " + target).withHint("keep one of them"));
                    continue;
                }
                techniques.add(technique);
                entries.add(new Entry(kind, target, technique, tree.file(), tree.locate(at)[0]));
            }
            byTarget.put(key(kind, target), List.copyOf(techniques));
        }

        private Technique technique(String path, JsonNode link) {
            String number = link.get("bct").asText();
            String[] label = labels.get(number);
            if (label == null) {
                String near = Suggest.closest(number, labels.keySet());
                problems.add(tree.problem(LocatedTree.child(path, "bct"), "BCT " + number + " is not under 'techniques'"
                        + (near == null ? "" : " (did you mean " + near + "?)"))
                        .withHint("add it under 'techniques' with its BCT Taxonomy v1 label and a Dutch label"));
                return null;
            }
            if (link.has("source")) {
                Citation cited = Citations.readOne(link.get("source"));
                Optional<Problem> wrong = Citations.checkOne(tree, LocatedTree.child(path, "source"), cited, seeds);
                wrong.ifPresent(problems::add);
                return wrong.isPresent() ? null : new Technique(number, label[0], label[1], Technique.Basis.SEED, cited);
            }
            Technique.Basis basis = Coded.parse(Technique.Basis.class, link.get("basis").asText()).orElseThrow();
            return new Technique(number, label[0], label[1], basis, null);
        }
    }
}
