package nl.wielwijzer.internal.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.bcw.ComB;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.bcw.Language;
import nl.wielwijzer.bcw.PolicyCategory;
import nl.wielwijzer.internal.io.LocatedTree;
import nl.wielwijzer.internal.io.SourceFile;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.result.Citation;
import org.drools.template.ObjectDataCompiler;

/**
 * The Behaviour Change Wheel's two matrices as the policy designers keep them: one table each in
 * {@code rules/bcw-wheel.yaml}. The matrix rules are generated from the tables with the rule templates
 * {@code bcw-matrix.drt} and {@code bcw-policy.drt} (Drools rule templates), so a cell is changed in one place;
 * lint, coverage and the explanations read the same table. Immutable.
 */
public final class Wheel {

    /** The file that holds the tables, inside a rule directory. */
    public static final String FILE = "bcw-wheel.yaml";

    /** The two matrices, with the name rules carry in {@code @matrix}. */
    public enum Matrix {
        COMB_FUNCTION("comB-function"), FUNCTION_CATEGORY("function-category");

        public final String code;

        Matrix(String code) {
            this.code = code;
        }
    }

    /** Where a cell comes from. */
    public enum Edition {
        /** Michie, van Stralen &amp; West (2011). */
        Y2011("2011"),
        /** Added by the BCW guide (Michie, Atkins &amp; West 2014, Table 2.3). */
        Y2014("2014"),
        /** Added by the policy designers; not in the wheel. */
        OWN("own");

        final String code;

        Edition(String code) {
            this.code = code;
        }
    }

    /**
     * One linked cell: {@code from} is a COM-B sub-component or a function, {@code to} a function or a category
     * (their wire codes), at {@code line} and {@code column} of the table file.
     */
    public record Cell(Matrix matrix, String from, String to, Edition edition, String file, int line, int column) {

        /** How coverage and lint name the cell, e.g. {@code comB-function: physicalCapability -> training}. */
        public String label() {
            return matrix.code + ": " + from + " -> " + to;
        }

        /** The row as a value: a COM-B sub-component or a function, as {@code type} says (loading checked the code). */
        public <E extends Enum<E> & Coded> E from(Class<E> type) {
            return Coded.parse(type, from).orElseThrow();
        }

        /** The column as a value: a function or a category, as {@code type} says (loading checked the code). */
        public <E extends Enum<E> & Coded> E to(Class<E> type) {
            return Coded.parse(type, to).orElseThrow();
        }
    }

    /** A wheel with no table: rule directories without {@value #FILE} keep their hand-written matrix rules. */
    static final Wheel NONE = new Wheel(Map.of(), List.of());

    private final Map<String, Cell> cellsByRule;
    private final List<SourceFile> generated;

    private Wheel(Map<String, Cell> cellsByRule, List<SourceFile> generated) {
        this.cellsByRule = Collections.unmodifiableMap(cellsByRule);
        this.generated = List.copyOf(generated);
    }

    /** Every linked cell, in table order. */
    public List<Cell> cells() {
        return List.copyOf(cellsByRule.values());
    }

    /** The cell a generated matrix rule encodes; empty for every other rule. */
    public Optional<Cell> cellOf(String ruleName) {
        return Optional.ofNullable(cellsByRule.get(ruleName));
    }

    /** The rule files generated from the tables, named after their templates. */
    List<SourceFile> generated() {
        return generated;
    }

    /** The table and the templates, checked; or the problems, each with file, line, column and field. */
    record Loaded(Wheel wheel, List<Problem> problems) {
    }

    /**
     * Reads the tables and generates the matrix rules.
     *
     * @param templates the rule directory's {@code *.drt} files; {@code bcw-matrix.drt} and {@code bcw-policy.drt}
     *                  are used
     */
    static Loaded load(SourceFile table, List<SourceFile> templates, SeedLibrary seeds) {
        LocatedTree tree;
        try {
            tree = LocatedTree.yaml(table.name(), table.text());
        } catch (LocatedTree.ParseFailure e) {
            return new Loaded(null, e.problems());
        }
        List<Problem> problems = new ArrayList<>();
        Texts texts = Texts.read(tree, seeds, problems);
        List<Cell> cells = new ArrayList<>();
        cells.addAll(cells(tree, Matrix.COMB_FUNCTION, "comBToFunctions", ComB.class, InterventionFunction.class, problems));
        cells.addAll(cells(tree, Matrix.FUNCTION_CATEGORY, "functionsToCategories", InterventionFunction.class,
                PolicyCategory.class, problems));
        if (!problems.isEmpty()) {
            return new Loaded(null, problems);
        }
        Map<String, Cell> byRule = new LinkedHashMap<>();
        List<Map<String, Object>> comBRows = new ArrayList<>();
        List<Map<String, Object>> policyRows = new ArrayList<>();
        for (Cell cell : cells) {
            Map<String, Object> row = cell.matrix() == Matrix.COMB_FUNCTION ? texts.comBRow(cell) : texts.policyRow(cell);
            byRule.put((String) row.get("name"), cell);
            (cell.matrix() == Matrix.COMB_FUNCTION ? comBRows : policyRows).add(row);
        }
        List<SourceFile> generated = new ArrayList<>();
        generate(templates, "bcw-matrix.drt", comBRows, generated, problems);
        generate(templates, "bcw-policy.drt", policyRows, generated, problems);
        return problems.isEmpty() ? new Loaded(new Wheel(byRule, generated), List.of()) : new Loaded(null, problems);
    }

    private static <R extends Enum<R> & Coded, C extends Enum<C> & Coded> List<Cell> cells(LocatedTree tree,
            Matrix matrix, String key, Class<R> rowType, Class<C> columnType, List<Problem> problems) {
        List<Cell> cells = new ArrayList<>();
        JsonNode table = tree.root().path(key);
        if (!table.isObject()) {
            problems.add(tree.problem(key, "the table is missing").withHint("see the comments at the top of "
                    + FILE + " in the bundled rules"));
            return cells;
        }
        List<C> columns = columns(tree, key, columnType, problems);
        for (var row : (Iterable<Map.Entry<String, JsonNode>>) table::fields) {
            if (row.getKey().equals("columns")) {
                continue;
            }
            String rowPath = LocatedTree.child(key, row.getKey());
            if (Coded.parse(rowType, row.getKey()).isEmpty()) {
                problems.add(tree.problem(rowPath, "\"" + row.getKey() + "\" is not a row of this table")
                        .withHint("the rows are: " + Coded.codesOf(rowType)));
                continue;
            }
            if (!row.getValue().isArray() || row.getValue().size() != columns.size()) {
                problems.add(tree.problem(rowPath, "the row needs one cell per column (" + columns.size() + ")")
                        .withHint("write . for a cell without a link"));
                continue;
            }
            for (int i = 0; i < columns.size(); i++) {
                String cellPath = LocatedTree.index(rowPath, i);
                String value = row.getValue().get(i).asText();
                if (value.equals(NO_LINK)) {
                    continue;
                }
                Optional<Edition> edition = Arrays.stream(Edition.values()).filter(e -> e.code.equals(value)).findFirst();
                if (edition.isEmpty()) {
                    problems.add(tree.problem(cellPath, "\"" + value + "\" is not a cell value")
                            .withHint("write 2011, 2014, own, or " + NO_LINK + " for no link"));
                    continue;
                }
                int[] at = tree.locate(cellPath);
                cells.add(new Cell(matrix, row.getKey(), columns.get(i).code(), edition.get(), tree.file(), at[0], at[1]));
            }
        }
        return cells;
    }

    /** A cell without a link. */
    private static final String NO_LINK = ".";

    private static <C extends Enum<C> & Coded> List<C> columns(LocatedTree tree, String key, Class<C> type,
                                                                List<Problem> problems) {
        List<C> columns = new ArrayList<>();
        JsonNode header = tree.root().path(key).path("columns");
        for (int i = 0; i < header.size(); i++) {
            Optional<C> column = Coded.parse(type, header.get(i).asText());
            if (column.isEmpty()) {
                problems.add(tree.problem(LocatedTree.index(LocatedTree.child(key, "columns"), i), "\""
                        + header.get(i).asText() + "\" is not a column of this table")
                        .withHint("the columns are: " + Coded.codesOf(type)));
            } else {
                columns.add(column.get());
            }
        }
        return columns;
    }

    private static void generate(List<SourceFile> templates, String name, List<Map<String, Object>> rows,
                                 List<SourceFile> generated, List<Problem> problems) {
        Optional<SourceFile> template = templates.stream().filter(t -> t.name().endsWith("/" + name)).findFirst();
        if (template.isEmpty()) {
            problems.add(new Problem(name, 0, 0, null, "the rule template is missing",
                    "the matrix rules are generated from " + FILE + " with " + name + "; copy it from the bundled rules"));
            return;
        }
        try {
            String drl = new ObjectDataCompiler().compile(rows,
                    new ByteArrayInputStream(template.get().text().getBytes(StandardCharsets.UTF_8)));
            generated.add(new SourceFile(template.get().name(), drl));
        } catch (RuntimeException e) {
            problems.add(new Problem(template.get().name(), 0, 0, null, "the template cannot be filled in: "
                    + e.getMessage(), "compare it with the bundled " + name));
        }
    }

    /** The words and sources the generated rules are written with, read from the table file. */
    private record Texts(Map<String, JsonNode> comB, Map<String, JsonNode> functions, Map<String, JsonNode> categories) {

        static Texts read(LocatedTree tree, SeedLibrary seeds, List<Problem> problems) {
            Map<String, JsonNode> comB = section(tree, "comB", ComB.class, false, seeds, problems);
            Map<String, JsonNode> functions = section(tree, "functions", InterventionFunction.class, true, seeds, problems);
            Map<String, JsonNode> categories = section(tree, "categories", PolicyCategory.class, true, seeds, problems);
            return new Texts(comB, functions, categories);
        }

        private static <E extends Enum<E> & Coded> Map<String, JsonNode> section(LocatedTree tree, String key,
                Class<E> type, boolean cited, SeedLibrary seeds, List<Problem> problems) {
            Map<String, JsonNode> out = new LinkedHashMap<>();
            for (E value : type.getEnumConstants()) {
                String path = LocatedTree.child(key, value.code());
                JsonNode node = tree.root().path(key).path(value.code());
                if (node.isMissingNode()) {
                    problems.add(tree.problem(key, "\"" + value.code() + "\" is missing")
                            .withHint("every " + key + " entry needs its words" + (cited ? " and a source" : "")));
                    continue;
                }
                if (cited) {
                    JsonNode source = node.path("source");
                    if (!source.isObject()) {
                        problems.add(tree.problem(path, "the source is missing").withHint("cite the seed: "
                                + "{seed: FILE, lines: \"FROM-TO\", quote: \"…\"}"));
                        continue;
                    }
                    int[] lines = Citation.parseLines(source.path("lines").asText()).orElse(new int[] {0, 0});
                    Citation citation = new Citation(source.path("seed").asText(), lines[0], lines[1],
                            source.path("quote").asText());
                    seeds.check(citation).ifPresent(m -> problems.add(tree.problem(
                            LocatedTree.child(LocatedTree.child(path, "source"), m.field()), m.message()).withHint(m.hint())));
                }
                out.put(value.code(), node);
            }
            return out;
        }

        Map<String, Object> comBRow(Cell cell) {
            ComB component = cell.from(ComB.class);
            InterventionFunction function = cell.to(InterventionFunction.class);
            JsonNode words = comB.get(cell.from());
            JsonNode definition = functions.get(cell.to());
            Map<String, Object> row = base(cell, definition.path("source"));
            row.put("name", title(function) + " can close a gap in " + component.label(Language.EN));
            row.put("COMPONENT", component.name());
            row.put("FUNCTION", function.name());
            row.put("functionCode", function.code());
            row.put("componentNl", escaped(words.path("nl").asText()));
            row.put("componentEn", escaped(words.path("en").asText()));
            row.put("functionNl", escaped(definition.path("nl").asText()));
            row.put("functionEn", escaped(definition.path("en").asText()));
            return row;
        }

        Map<String, Object> policyRow(Cell cell) {
            InterventionFunction function = cell.from(InterventionFunction.class);
            PolicyCategory category = cell.to(PolicyCategory.class);
            JsonNode definition = functions.get(cell.from());
            Map<String, Object> row = base(cell, categories.get(cell.to()).path("source"));
            row.put("name", title(function) + " can be delivered through " + category.label(Language.EN));
            row.put("FUNCTION", function.name());
            row.put("CATEGORY", category.name());
            row.put("functionCode", function.code());
            row.put("categoryCode", category.code());
            row.put("functionNeedNl", capitalised(function.label(Language.NL)));
            row.put("functionEn", function.label(Language.EN));
            row.put("categoryNl", category.label(Language.NL));
            row.put("categoryEn", category.label(Language.EN));
            JsonNode functionSource = definition.path("source");
            row.put("functionSeed", escaped(functionSource.path("seed").asText()));
            row.put("functionLines", escaped(functionSource.path("lines").asText()));
            row.put("functionQuote", escaped(functionSource.path("quote").asText()));
            return row;
        }

        /** The values every row has; the templates choose what differs by {@code edition} (2011, 2014 or own). */
        private static Map<String, Object> base(Cell cell, JsonNode source) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("seed", escaped(source.path("seed").asText()));
            row.put("lines", escaped(source.path("lines").asText()));
            row.put("quote", escaped(source.path("quote").asText()));
            row.put("edition", cell.edition().code);
            return row;
        }

        private static String title(InterventionFunction function) {
            return capitalised(function.label(Language.EN));
        }

        private static String capitalised(String text) {
            return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
        }

        /** Text goes into DRL string literals: a quote or backslash in the table must not end the literal. */
        private static String escaped(String text) {
            return text.replace("\\", "\\\\").replace("\"", "\\\"");
        }
    }
}
