package nl.wielwijzer.internal.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.wielwijzer.internal.io.SourceFile;
import nl.wielwijzer.internal.io.SourceFiles;
import nl.wielwijzer.problem.InvalidKnowledgeException;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.profile.Profile;

/**
 * One loaded, checked set of rules, vocabulary and catalogue: what a recommender answers from. Immutable;
 * a reload builds a new one and swaps it in whole.
 */
public final class Knowledge {

    static final String VOCABULARY_FILE = "vocabulary.yaml";

    private final RuleBook rules;
    private final Wheel wheel;
    private final Catalog catalog;
    private final SeedLibrary seeds;
    private final TechniqueBook techniques;
    private final FitTable fit;
    private final String rulesOrigin;
    private final String catalogOrigin;
    private final String fingerprint;
    private final boolean precompiled;

    private Knowledge(RuleBook rules, Wheel wheel, Catalog catalog, SeedLibrary seeds, TechniqueBook techniques,
                      FitTable fit, String rulesOrigin, String catalogOrigin, String fingerprint, boolean precompiled) {
        this.techniques = techniques;
        this.fit = fit;
        this.fingerprint = fingerprint;
        this.precompiled = precompiled;
        this.rules = rules;
        this.wheel = wheel;
        this.catalog = catalog;
        this.seeds = seeds;
        this.rulesOrigin = rulesOrigin;
        this.catalogOrigin = catalogOrigin;
    }

    public RuleBook rules() {
        return rules;
    }

    /** The Behaviour Change Wheel's matrices as the rule directory's table holds them. */
    public Wheel wheel() {
        return wheel;
    }

    public Catalog catalog() {
        return catalog;
    }

    public Vocabulary vocabulary() {
        return rules.vocabulary();
    }

    public SeedLibrary seeds() {
        return seeds;
    }

    /** The behaviour change techniques and BCIO ids of the rule directory's {@value TechniqueBook#FILE}. */
    public TechniqueBook techniques() {
        return techniques;
    }

    /** The generic instrument fit of the rule directory's {@value FitTable#FILE}; without one, an empty table. */
    public FitTable fit() {
        return fit;
    }

    /** Where the rules came from: a directory, or "bundled". */
    public String rulesOrigin() {
        return rulesOrigin;
    }

    public String catalogOrigin() {
        return catalogOrigin;
    }

    /**
     * Whether this is the bundled set started from its build-time compilation ({@link Precompiled}): every
     * check, and a trial on every bundled example, ran when the knowledge module was built.
     */
    public boolean precompiled() {
        return precompiled;
    }

    /** What the set was made from (for the bundled set: the fingerprint a precompiled set must match). */
    String fingerprint() {
        return fingerprint;
    }

    /**
     * Loads rules and catalogue.
     *
     * @param rulesDir   a directory with {@code *.drl} and {@code vocabulary.yaml}, or empty for the bundled rules
     * @param catalogDir a directory with {@code *.yaml} catalogue files, or empty for the bundled catalogue
     * @throws InvalidKnowledgeException with every problem found, each with file, line and field
     */
    public static Knowledge load(Optional<Path> rulesDir, Optional<Path> catalogDir) throws InvalidKnowledgeException {
        return load(rulesDir, catalogDir, true);
    }

    /**
     * Loads rules and catalogue; the bundled set from its build-time compilation when {@code precompiled} allows,
     * there is one, and it was made from exactly the files bundled now (else it is compiled, as any folder is).
     */
    static Knowledge load(Optional<Path> rulesDir, Optional<Path> catalogDir, boolean precompiled)
            throws InvalidKnowledgeException {
        SeedLibrary seeds = SeedLibrary.bundled();
        List<Problem> problems = new ArrayList<>();
        List<SourceFile> ruleFiles = files(rulesDir, "META-INF/wielwijzer/rules", ".drl", "rules", problems);
        List<SourceFile> yamlFiles = files(rulesDir, "META-INF/wielwijzer/rules", ".yaml", "rules", problems);
        List<SourceFile> templates = files(rulesDir, "META-INF/wielwijzer/rules", ".drt", "rules", problems);
        // bcw-wheel.yaml holds the wheel's tables and bct.yaml the techniques; every other YAML file of a rule
        // directory is vocabulary.
        Optional<SourceFile> wheelTable = yamlFiles.stream().filter(f -> named(f, Wheel.FILE)).findFirst();
        Optional<SourceFile> techniqueFile = yamlFiles.stream().filter(f -> named(f, TechniqueBook.FILE)).findFirst();
        Optional<SourceFile> fitFile = yamlFiles.stream().filter(f -> named(f, FitTable.FILE)).findFirst();
        List<SourceFile> vocabularyFiles = yamlFiles.stream()
                .filter(f -> !named(f, Wheel.FILE) && !named(f, TechniqueBook.FILE) && !named(f, FitTable.FILE)).toList();
        List<SourceFile> catalogFiles = files(catalogDir, "META-INF/wielwijzer/catalog", ".yaml", "catalog", problems);
        if (!problems.isEmpty()) {
            throw new InvalidKnowledgeException(problems);
        }
        String rulesName = rulesDir.map(Path::toString).orElse("rules");
        if (ruleFiles.isEmpty()) {
            problems.add(new Problem(rulesName, 0, 0, null, "there are no rule files (*.drl) here",
                    "point --rules at the directory that holds the .drl files and vocabulary.yaml"));
        }
        if (vocabularyFiles.isEmpty()) {
            problems.add(new Problem(rulesName + "/" + VOCABULARY_FILE, 0, 0, null, "the vocabulary is missing",
                    "every rule directory needs its vocabulary (*.yaml); copy the bundled rules/vocabulary.yaml as a start"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidKnowledgeException(problems);
        }
        String rulesOrigin = rulesDir.map(Path::toString).orElse("bundled");
        String catalogOrigin = catalogDir.map(Path::toString).orElse("bundled");
        String fingerprint = null;
        Optional<Precompiled.Compiled> compiled = Optional.empty();
        if (rulesDir.isEmpty() && catalogDir.isEmpty()) {
            List<SourceFile> everything = new ArrayList<>(ruleFiles);
            everything.addAll(yamlFiles);
            everything.addAll(templates);
            everything.addAll(catalogFiles);
            fingerprint = Precompiled.fingerprint(everything);
            compiled = precompiled ? Precompiled.bundled(fingerprint) : Optional.empty();
        }
        // the precompiled set brings the vocabulary and catalogue as the full load read and checked them
        Vocabulary.Loaded vocabulary = compiled.map(c -> new Vocabulary.Loaded(c.vocabulary(), List.<Problem>of()))
                .orElseGet(() -> Vocabulary.load(vocabularyFiles, seeds));
        CatalogLoader.Loaded catalog = compiled.map(c -> new CatalogLoader.Loaded(c.catalog(), List.<Problem>of()))
                .orElseGet(() -> CatalogLoader.load(catalogFiles, seeds));
        Wheel.Loaded wheel = wheelTable.map(t -> Wheel.load(t, templates, seeds))
                .orElse(new Wheel.Loaded(Wheel.NONE, List.of()));
        problems.addAll(vocabulary.problems());
        problems.addAll(catalog.problems());
        problems.addAll(wheel.problems());
        if (!problems.isEmpty()) {
            throw new InvalidKnowledgeException(problems);
        }
        // read every time, also beside a precompiled set: it is small, and its citations are checked like any other
        TechniqueBook.Loaded techniques = techniqueFile.map(f -> TechniqueBook.load(f, catalog.catalog(), seeds))
                .orElse(new TechniqueBook.Loaded(TechniqueBook.NONE, List.of()));
        if (!techniques.problems().isEmpty()) {
            throw new InvalidKnowledgeException(techniques.problems());
        }
        // read every time, like the techniques: a few rows, whose citations are checked like a rule's
        FitTable.Loaded fit = fitFile.map(f -> FitTable.load(f, vocabulary.vocabulary(), seeds)).orElse(new FitTable.Loaded(FitTable.NONE, List.of()));
        if (!fit.problems().isEmpty()) {
            throw new InvalidKnowledgeException(fit.problems());
        }
        List<SourceFile> allRules = new ArrayList<>(ruleFiles);
        allRules.addAll(wheel.wheel().generated());
        if (compiled.isPresent()) {
            RuleBook book = new RuleBook(compiled.get().kieBase(), compiled.get().rules(), vocabulary.vocabulary(),
                    allRules, compiled.get().tabled());
            return new Knowledge(book.withTable(fit.table().rules()), wheel.wheel(), catalog.catalog(), seeds,
                    techniques.book(), fit.table(), rulesOrigin, catalogOrigin, fingerprint, true);
        }
        RuleBookLoader.Loaded book = RuleBookLoader.load(allRules, vocabulary.vocabulary(), catalog.catalog(), seeds,
                wheel.wheel());
        if (!book.problems().isEmpty()) {
            throw new InvalidKnowledgeException(book.problems());
        }
        // A generated matrix rule is explained as its cell of the table, where a policy designer changes it.
        RuleBook located = book.book().relocated(name -> wheel.wheel().cellOf(name)
                .map(cell -> new RuleBook.Location(cell.file(), cell.line())));
        List<Problem> clashes = clashes(fit.table(), located);
        if (!clashes.isEmpty()) {
            throw new InvalidKnowledgeException(clashes);
        }
        return new Knowledge(located.withTable(fit.table().rules()), wheel.wheel(), catalog.catalog(), seeds,
                techniques.book(), fit.table(), rulesOrigin, catalogOrigin, fingerprint, false);
    }

    /**
     * What the profile schema cannot check: codes must be in the vocabulary and offered instruments in the
     * catalogue. Problems carry the profile path, e.g. {@code pushFactors[1]}.
     */
    public List<Problem> profileProblems(Profile profile) {
        Vocabulary vocabulary = vocabulary();
        List<Problem> problems = new ArrayList<>();
        problems.addAll(vocabulary.checkProfileCodes(profile));
        if (profile.values().get(ProfileDescription.TARGET_BEHAVIOUR) instanceof String target
                && !vocabulary.has(Vocabulary.Kind.TARGET_BEHAVIOURS, target)) {
            problems.add(vocabulary.unknown(Vocabulary.Kind.TARGET_BEHAVIOURS, ProfileDescription.TARGET_BEHAVIOUR, target));
        }
        List<String> offered = profile.organisation().offered();
        for (int i = 0; i < offered.size(); i++) {
            if (!catalog().contains(offered.get(i))) {
                problems.add(Problem.at("organisation.offered[" + i + "]", "\"" + offered.get(i)
                        + "\" is not an instrument in the catalogue")
                        .withHint("use the id of a catalogue entry; 'wielwijzer catalog' lists them"));
            }
        }
        return problems;
    }

    /** A table row named like a rule: explanations and scenarios could not tell them apart. */
    private static List<Problem> clashes(FitTable fit, RuleBook book) {
        List<Problem> problems = new ArrayList<>();
        for (RuleInfo row : fit.rules()) {
            RuleInfo rule = book.rules().get(row.name());
            if (rule != null) {
                problems.add(new Problem(row.file(), row.line(), 0, "rule", "this rule name is already used at "
                        + rule.file() + ":" + rule.line(), "every rule and every row of " + FitTable.FILE + " needs its "
                        + "own name; a rule file that scores candidates itself does not need the table's row as well"));
            }
        }
        return problems;
    }

    private static boolean named(SourceFile file, String name) {
        return file.name().endsWith("/" + name);
    }

    private static List<SourceFile> files(Optional<Path> dir, String resource, String extension, String display,
                                          List<Problem> problems) {
        if (dir.isEmpty()) {
            return SourceFiles.bundled(resource, extension, display);
        }
        Path path = dir.get();
        if (!Files.isDirectory(path)) {
            problems.add(new Problem(path.toString(), 0, 0, null, "is not a directory",
                    "give the directory that holds the files, not a single file"));
            return List.of();
        }
        try {
            return SourceFiles.directory(path, extension, path.toString());
        } catch (nl.wielwijzer.internal.io.Utf8.Refused e) {
            problems.add(e.problem());
            return List.of();
        } catch (IOException e) {
            problems.add(new Problem(path.toString(), 0, 0, null, "cannot be read: " + e.getMessage(), null));
            return List.of();
        }
    }
}
