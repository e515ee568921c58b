package nl.wielwijzer.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.bcw.PolicyCategory;
import nl.wielwijzer.internal.io.LocatedTree;
import nl.wielwijzer.internal.io.SchemaCheck;
import nl.wielwijzer.internal.io.SourceFile;
import nl.wielwijzer.internal.io.Suggest;
import nl.wielwijzer.internal.io.Utf8;
import nl.wielwijzer.internal.knowledge.Knowledge;
import nl.wielwijzer.internal.knowledge.ProfileDescription;
import nl.wielwijzer.internal.knowledge.Vocabulary;
import nl.wielwijzer.problem.InvalidProfileException;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.profile.Profile;
import nl.wielwijzer.result.Effect;
import nl.wielwijzer.result.RankedInstrument;

/**
 * Reads scenario files and checks everything in them before anything runs: the file against
 * {@code docs/schema/scenario-v1.schema.json}, each profile against the profile contract, and every code, rule
 * name and instrument id against the loaded knowledge. Each problem names file, line and field.
 */
public final class ScenarioLoader {

    private static final List<String> SUBJECT_KEYS = List.of("function", "category", "instrument", "route", "phase",
            "diagnosis", "delivery", "technique", "rule");
    private static final List<String> RANK_CHECKS = List.of("rank", "top", "above", "below", "present", "absent",
            "excluded", "status", "apease");
    private static final List<String> RULE_KEYS = List.of("on", "points", "effect", "fired");

    private static final class Schema {
        static final SchemaCheck SCENARIO = SchemaCheck.bundled("scenario-v1.schema.json");
    }

    /** Reads a file a profileFile points at, given the scenario file's name and the relative path. */
    public interface Resolver {
        String read(String scenarioFile, String relativePath) throws IOException;

        /** Profile files on disk, inside the scenario file's folder or the working directory. */
        static Resolver files() {
            return files(Path.of("").toAbsolutePath());
        }

        /**
         * Profile files on disk, relative to the scenario file, that lie (every link followed) inside the
         * scenario file's folder, inside {@code base} (the working directory), or inside the project of a
         * scenario file kept where the guide keeps it, {@code PROJECT/RULES/scenarios/} with rule files in
         * RULES, so that {@code ../../examples/…} works wherever the project lies. Anything else is refused
         * before it is opened, so a scenario cannot make Wielwijzer read, and echo in a problem, a file outside
         * the project. Read as profiles are: bounded, strict UTF-8.
         */
        static Resolver files(Path base) {
            return (scenarioFile, relative) -> {
                Path folder = Path.of(scenarioFile).toAbsolutePath().getParent();
                Path target = folder.resolve(relative).normalize();
                if (!Files.isRegularFile(target)) {
                    throw new IOException("there is no such file");
                }
                Path project = project(folder);
                if (!Utf8.inside(folder, target) && !Utf8.inside(base, target)
                        && (project == null || !Utf8.inside(project, target))) {
                    throw new IOException("it lies outside the scenario file's folder and outside " + base
                            + (project == null ? "" : " and " + project)
                            + "; a scenario may only name profile files inside its project");
                }
                return Utf8.read(target, relative, Recommender.MAX_PROFILE_BYTES, "the profile file");
            };
        }

        /** The project of a folder PROJECT/RULES/scenarios whose RULES is named rules or holds rule files, or null. */
        private static Path project(Path folder) {
            Path rules = folder.getParent();
            Path project = rules == null ? null : rules.getParent();
            if (!folder.getFileName().toString().equals("scenarios") || project == null
                    || project.getNameCount() == 0) {
                return null;
            }
            return rules.getFileName().toString().equals("rules") || holdsRuleFiles(rules) ? project : null;
        }

        private static boolean holdsRuleFiles(Path rules) {
            try (var files = Files.list(rules)) {
                return files.map(f -> f.getFileName().toString())
                        .anyMatch(name -> name.endsWith(".drl") || name.equals("vocabulary.yaml"));
            } catch (IOException e) {
                return false;
            }
        }

        /** Profile files bundled in the jar, laid out as in the project (rules/scenarios → examples). */
        static Resolver bundled() {
            return (scenarioFile, relative) -> {
                String path = Path.of(scenarioFile).resolveSibling(relative).normalize().toString().replace('\\', '/');
                if (path.startsWith("..") || path.startsWith("/")) {
                    throw new IOException("it lies outside the bundled files");
                }
                try (InputStream in = ScenarioLoader.class.getClassLoader().getResourceAsStream("META-INF/wielwijzer/" + path)) {
                    if (in == null) {
                        throw new IOException("there is no bundled file " + path);
                    }
                    return Utf8.read(in, path, Recommender.MAX_PROFILE_BYTES, "the profile file");
                }
            };
        }
    }

    /** The scenarios read, or the problems found in the files. */
    public record Loaded(List<Scenario> scenarios, List<Problem> problems) {
    }

    private final Recommender recommender;
    private final Resolver resolver;

    public ScenarioLoader(Recommender recommender, Resolver resolver) {
        this.recommender = recommender;
        this.resolver = resolver;
    }

    public Loaded load(List<SourceFile> files) {
        List<Scenario> scenarios = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (SourceFile file : files) {
            LocatedTree tree;
            try {
                tree = LocatedTree.yaml(file.name(), file.text());
            } catch (LocatedTree.ParseFailure e) {
                problems.addAll(e.problems());
                continue;
            }
            List<Problem> schema = Schema.SCENARIO.check(tree);
            problems.addAll(schema);
            JsonNode list = tree.root().get("scenarios");
            if (list == null || !list.isArray()) {
                continue;
            }
            // Keep checking what the schema found no fault in, so one run reports every mistake in the file.
            List<String> broken = schema.stream().map(p -> p.field() == null ? "" : p.field()).toList();
            Set<String> names = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                String path = LocatedTree.index("scenarios", i);
                Scenario scenario = scenario(tree, path, list.get(i), broken, problems);
                if (scenario != null && !names.add(scenario.name())) {
                    problems.add(tree.problem(LocatedTree.child(path, "name"), "another scenario in this file has the name \""
                            + scenario.name() + "\"").withHint("give every scenario its own name"));
                } else if (scenario != null) {
                    scenarios.add(scenario);
                }
            }
        }
        problems.sort(Problem.IN_FILE_ORDER);
        return new Loaded(scenarios, problems);
    }

    /** Whether the schema already reported a problem at or inside {@code path}. */
    private static boolean isBroken(List<String> broken, String path) {
        return broken.stream().anyMatch(b -> b.equals(path) || b.startsWith(path + ".") || b.startsWith(path + "["));
    }

    private Scenario scenario(LocatedTree tree, String path, JsonNode node, List<String> broken, List<Problem> problems) {
        if (!node.isObject() || !node.has("name") || !node.has("expect") || !node.get("expect").isArray()) {
            return null;
        }
        int before = problems.size();
        boolean faulty = isBroken(broken, path);
        Profile profile = isBroken(broken, LocatedTree.child(path, "profile")) ? null : profile(tree, path, node, problems);
        List<Expectation> expectations = new ArrayList<>();
        JsonNode expect = node.get("expect");
        for (int j = 0; j < expect.size(); j++) {
            String expectationPath = LocatedTree.index(LocatedTree.child(path, "expect"), j);
            if (isBroken(broken, expectationPath) || !expect.get(j).isObject()) {
                continue;
            }
            Expectation e = expectation(tree, expectationPath, expect.get(j), problems);
            if (e != null) {
                expectations.add(e);
            }
        }
        if (faulty || problems.size() > before) {
            return null;
        }
        JsonNode description = node.get("description");
        return new Scenario(node.get("name").asText(), description == null ? null : description.asText(), tree.file(),
                tree.locate(path)[0], profile, expectations);
    }

    private Profile profile(LocatedTree tree, String path, JsonNode node, List<Problem> problems) {
        boolean inline = node.has("profile");
        boolean fromFile = node.has("profileFile");
        if (inline == fromFile) {
            problems.add(tree.problem(path, inline ? "has both 'profile' and 'profileFile'" : "has no profile")
                    .withHint("give the profile inline under 'profile', or name a JSON file under 'profileFile'"));
            return null;
        }
        Knowledge knowledge = recommender.knowledge();
        Function<Profile, List<Problem>> checks = knowledge::profileProblems;
        try {
            if (inline) {
                return ProfileDescription.V1.reader().read(tree, LocatedTree.child(path, "profile"), node.get("profile"), checks);
            }
            String relative = node.get("profileFile").asText();
            String json;
            try {
                json = resolver.read(tree.file(), relative);
            } catch (IOException e) {
                problems.add(tree.problem(LocatedTree.child(path, "profileFile"), "the profile file '" + relative
                        + "' cannot be read (" + e.getMessage() + ")").withHint("the path is relative to the scenario file"));
                return null;
            }
            String name = Path.of(tree.file()).resolveSibling(relative).normalize().toString();
            return recommender.readProfile(name, json);
        } catch (InvalidProfileException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private Expectation expectation(LocatedTree tree, String path, JsonNode node, List<Problem> problems) {
        int line = tree.locate(path)[0];
        List<String> subjects = SUBJECT_KEYS.stream().filter(node::has).toList();
        if (subjects.size() != 1) {
            problems.add(tree.problem(path, subjects.isEmpty() ? "does not say what it is about"
                    : "is about more than one thing (" + String.join(", ", subjects) + ")")
                    .withHint("start each expectation with exactly one of: " + String.join(", ", SUBJECT_KEYS)));
            return null;
        }
        String key = subjects.get(0);
        return switch (key) {
            case "function", "category", "instrument" -> ranked(tree, path, node, key, line, problems);
            case "route", "phase" -> alone(tree, path, node, key, problems)
                    ? new ChoiceExpectation(new Subject(key.equals("route") ? Subject.Kind.ROUTE : Subject.Kind.PHASE,
                    node.get(key).asText()), line) : null;
            case "diagnosis" -> conclusion(tree, path, node, Subject.Kind.DIAGNOSIS, Vocabulary.Kind.DIAGNOSES, line, problems);
            case "delivery" -> conclusion(tree, path, node, Subject.Kind.DELIVERY, Vocabulary.Kind.DELIVERY, line, problems);
            case "technique" -> technique(tree, path, node, line, problems);
            default -> rule(tree, path, node, line, problems);
        };
    }

    private Expectation ranked(LocatedTree tree, String path, JsonNode node, String key, int line, List<Problem> problems) {
        Subject.Kind kind = key.equals("function") ? Subject.Kind.FUNCTION
                : key.equals("category") ? Subject.Kind.CATEGORY : Subject.Kind.INSTRUMENT;
        String code = node.get(key).asText();
        if (kind == Subject.Kind.INSTRUMENT && !knownInstrument(tree, LocatedTree.child(path, key), code, problems)) {
            return null;
        }
        List<String> checks = RANK_CHECKS.stream().filter(node::has).toList();
        List<String> stray = RULE_KEYS.stream().filter(node::has).toList();
        if (!stray.isEmpty()) {
            problems.add(tree.problem(LocatedTree.child(path, stray.get(0)), "belongs to a 'rule' expectation, not to a "
                    + key + " expectation"));
            return null;
        }
        if (checks.size() != 1 || (checks.get(0).equals("status") && kind != Subject.Kind.INSTRUMENT)) {
            problems.add(tree.problem(path, checks.isEmpty() ? "says nothing about " + key + " " + code
                    : "has more than one check (" + String.join(", ", checks) + ")")
                    .withHint("add exactly one of: rank, top, above, below, present, absent, excluded, apease"
                            + (kind == Subject.Kind.INSTRUMENT ? ", status" : "")));
            return null;
        }
        String check = checks.get(0);
        JsonNode value = node.get(check);
        RankExpectation.Check which = RankExpectation.Check.valueOf(check.toUpperCase(Locale.ROOT));
        if ((which == RankExpectation.Check.PRESENT || which == RankExpectation.Check.ABSENT
                || which == RankExpectation.Check.EXCLUDED) && !value.asBoolean()) {
            problems.add(tree.problem(LocatedTree.child(path, check), "only 'true' is meaningful here")
                    .withHint(check.equals("present") ? "write absent: true instead" : "write present: true instead"));
            return null;
        }
        String other = null;
        if (which == RankExpectation.Check.ABOVE || which == RankExpectation.Check.BELOW) {
            other = value.asText();
            if (!validOther(tree, LocatedTree.child(path, check), kind, other, problems)) {
                return null;
            }
        }
        int number = which == RankExpectation.Check.RANK || which == RankExpectation.Check.TOP ? value.asInt() : 0;
        // The schema has already held the value to its enum, so parsing cannot fail here.
        RankedInstrument.Status status = which == RankExpectation.Check.STATUS
                ? Coded.parse(RankedInstrument.Status.class, value.asText()).orElseThrow() : null;
        nl.wielwijzer.result.ApeaseCriterion criterion = which == RankExpectation.Check.APEASE
                ? Coded.parse(nl.wielwijzer.result.ApeaseCriterion.class, value.asText()).orElseThrow() : null;
        return new RankExpectation(new Subject(kind, code), which, other, number, status, criterion, line);
    }

    private boolean validOther(LocatedTree tree, String path, Subject.Kind kind, String other, List<Problem> problems) {
        if (kind == Subject.Kind.INSTRUMENT) {
            return knownInstrument(tree, path, other, problems);
        }
        List<String> codes = Arrays.stream(kind == Subject.Kind.FUNCTION ? InterventionFunction.values()
                : PolicyCategory.values()).map(Coded::code).toList();
        if (!codes.contains(other)) {
            String near = Suggest.closest(other, codes);
            problems.add(tree.problem(path, "\"" + other + "\" is not one of " + String.join(", ", codes)
                    + (near == null ? "" : " (did you mean " + near + "?)")));
            return false;
        }
        return true;
    }

    private boolean knownInstrument(LocatedTree tree, String path, String id, List<Problem> problems) {
        if (recommender.knowledge().catalog().contains(id)) {
            return true;
        }
        String near = Suggest.closest(id, recommender.knowledge().catalog().instruments().stream().map(i -> i.id()).toList());
        problems.add(tree.problem(path, "\"" + id + "\" is not an instrument in the catalogue"
                + (near == null ? "" : " (did you mean " + near + "?)")));
        return false;
    }

    private boolean alone(LocatedTree tree, String path, JsonNode node, String key, List<Problem> problems) {
        List<String> others = new ArrayList<>();
        node.fieldNames().forEachRemaining(f -> {
            if (!f.equals(key)) {
                others.add(f);
            }
        });
        if (!others.isEmpty()) {
            problems.add(tree.problem(LocatedTree.child(path, others.get(0)), "does not go with a " + key + " expectation")
                    .withHint("a " + key + " expectation is just '" + key + ": CODE' or '" + key + ": none'"));
            return false;
        }
        return true;
    }

    /** A diagnosis or delivery expectation: a code of the vocabulary, optionally with {@code present: false}. */
    private Expectation conclusion(LocatedTree tree, String path, JsonNode node, Subject.Kind subject,
                                   Vocabulary.Kind codes, int line, List<Problem> problems) {
        String key = subject.key;
        String code = node.get(key).asText();
        Vocabulary vocabulary = recommender.knowledge().vocabulary();
        if (!vocabulary.has(codes, code)) {
            Problem unknown = vocabulary.unknown(codes, LocatedTree.child(path, key), code);
            problems.add(tree.problem(unknown.field(), unknown.message()).withHint(unknown.hint()));
            return null;
        }
        for (String field : List.of("rank", "top", "above", "below", "absent", "excluded", "status", "apease", "on", "points",
                "effect", "fired")) {
            if (node.has(field)) {
                problems.add(tree.problem(LocatedTree.child(path, field), "does not go with a " + key + " expectation")
                        .withHint("a " + key + " expectation is '" + key + ": CODE', optionally with 'present: false'"));
                return null;
            }
        }
        return new ConclusionExpectation(new Subject(subject, code), !node.has("present") || node.get("present").asBoolean(), line);
    }

    /**
     * A technique expectation: a BCT number of {@code rules/bct.yaml}, optionally {@code on} one function or
     * instrument, optionally {@code present: false}.
     */
    private Expectation technique(LocatedTree tree, String path, JsonNode node, int line, List<Problem> problems) {
        String number = node.get("technique").asText();
        List<String> numbers = recommender.knowledge().techniques().numbers();
        if (!numbers.contains(number)) {
            String near = Suggest.closest(number, numbers);
            problems.add(tree.problem(LocatedTree.child(path, "technique"), "BCT " + number + " is not in rules/bct.yaml"
                    + (near == null ? "" : " (did you mean " + near + "?)"))
                    .withHint("the numbers are listed under 'techniques' in rules/bct.yaml"));
            return null;
        }
        for (String field : List.of("rank", "top", "above", "below", "absent", "excluded", "status", "apease", "points",
                "effect", "fired")) {
            if (node.has(field)) {
                problems.add(tree.problem(LocatedTree.child(path, field), "does not go with a technique expectation")
                        .withHint("a technique expectation is 'technique: NUMBER', optionally with 'on: { function: "
                                + "CODE }' or 'on: { instrument: ID }' and 'present: false'"));
                return null;
            }
        }
        Subject on = null;
        if (node.has("on")) {
            String key = node.get("on").fieldNames().next();
            String code = node.get("on").get(key).asText();
            if (!key.equals("function") && !key.equals("instrument")) {
                problems.add(tree.problem(LocatedTree.child(path, "on"), "techniques belong to a function or an "
                        + "instrument, not to a " + key).withHint("write on: { function: CODE } or on: { instrument: ID }"));
                return null;
            }
            if (key.equals("instrument") && !knownInstrument(tree, LocatedTree.child(path, "on.instrument"), code, problems)) {
                return null;
            }
            on = new Subject(key.equals("function") ? Subject.Kind.FUNCTION : Subject.Kind.INSTRUMENT, code);
        }
        return new TechniqueExpectation(number, on, !node.has("present") || node.get("present").asBoolean(), line);
    }

    private Expectation rule(LocatedTree tree, String path, JsonNode node, int line, List<Problem> problems) {
        String name = node.get("rule").asText();
        if (!recommender.knowledge().rules().rules().containsKey(name)) {
            String near = Suggest.closest(name, recommender.knowledge().rules().rules().keySet());
            problems.add(tree.problem(LocatedTree.child(path, "rule"), "there is no rule named \"" + name + "\""
                    + (near == null ? "" : " (did you mean \"" + near + "\"?)"))
                    .withHint("copy the name exactly from the rule file; 'wielwijzer rules' lists them"));
            return null;
        }
        List<String> stray = RANK_CHECKS.stream().filter(node::has).toList();
        if (!stray.isEmpty()) {
            problems.add(tree.problem(LocatedTree.child(path, stray.get(0)), "does not go with a rule expectation")
                    .withHint("a rule expectation can have: on, points, effect, fired"));
            return null;
        }
        boolean fired = !node.has("fired") || node.get("fired").asBoolean();
        if (!fired && (node.has("on") || node.has("points") || node.has("effect"))) {
            problems.add(tree.problem(LocatedTree.child(path, "fired"), "'fired: false' cannot go with on, points or effect"));
            return null;
        }
        Subject on = null;
        if (node.has("on")) {
            JsonNode target = node.get("on");
            String key = target.fieldNames().next();
            Subject.Kind kind = switch (key) {
                case "function" -> Subject.Kind.FUNCTION;
                case "category" -> Subject.Kind.CATEGORY;
                case "instrument" -> Subject.Kind.INSTRUMENT;
                case "route" -> Subject.Kind.ROUTE;
                case "phase" -> Subject.Kind.PHASE;
                case "delivery" -> Subject.Kind.DELIVERY;
                default -> Subject.Kind.DIAGNOSIS;
            };
            if (kind == Subject.Kind.INSTRUMENT
                    && !knownInstrument(tree, LocatedTree.child(path, "on.instrument"), target.get(key).asText(), problems)) {
                return null;
            }
            on = new Subject(kind, target.get(key).asText());
        }
        Integer points = node.has("points") ? node.get("points").asInt() : null;
        Effect effect = node.has("effect") ? Coded.parse(Effect.class, node.get("effect").asText()).orElseThrow() : null;
        return new RuleExpectation(name, on, points, effect, fired, line);
    }
}
