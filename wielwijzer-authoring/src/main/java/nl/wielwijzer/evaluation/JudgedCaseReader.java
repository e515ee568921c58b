package nl.wielwijzer.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.internal.io.LocatedTree;
import nl.wielwijzer.internal.io.SchemaCheck;
import nl.wielwijzer.internal.io.SourceFile;
import nl.wielwijzer.internal.io.Suggest;
import nl.wielwijzer.internal.knowledge.Knowledge;
import nl.wielwijzer.internal.knowledge.ProfileDescription;
import nl.wielwijzer.internal.knowledge.SeedLibrary;
import nl.wielwijzer.problem.InvalidProfileException;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.profile.Profile;
import nl.wielwijzer.result.Citation;
import nl.wielwijzer.result.Phase;
import nl.wielwijzer.result.RankedInstrument;
import nl.wielwijzer.result.Route;

/**
 * Reads judged cases and checks everything in them before anything is scored: the file against
 * {@code docs/schema/judged-case-v1.schema.json}, the profile against the profile contract and the vocabulary,
 * every instrument id against the catalogue, every justification's quote against the cited seed lines (the same
 * check as the catalogue's citations), that every expectation is justified and every listed seed quoted. Each
 * problem names file, line and field, as the scenario loader's do.
 */
public final class JudgedCaseReader {

    private static final class Schema {
        static final SchemaCheck CASE = SchemaCheck.bundled("judged-case-v1.schema.json");
    }

    /** The cases read, in the order of the files, or the problems found in them. */
    public record Loaded(List<JudgedCase> cases, List<Problem> problems) {
    }

    private final Knowledge knowledge;

    public JudgedCaseReader(Recommender recommender) {
        this.knowledge = recommender.knowledge();
    }

    public Loaded load(List<SourceFile> files) {
        List<JudgedCase> cases = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        for (SourceFile file : files) {
            LocatedTree tree;
            try {
                tree = LocatedTree.yaml(file.name(), file.text());
            } catch (LocatedTree.ParseFailure e) {
                problems.addAll(e.problems());
                continue;
            }
            List<Problem> schema = Schema.CASE.check(tree);
            if (!schema.isEmpty()) {
                // The shape is wrong; the checks below would only repeat it in other words.
                problems.addAll(schema);
                continue;
            }
            int before = problems.size();
            JudgedCase judged = read(tree, problems);
            String other = ids.putIfAbsent(judged.id(), tree.file());
            if (other != null) {
                problems.add(tree.problem("id", "case " + judged.id() + " is also in " + other)
                        .withHint("give every case its own number"));
            }
            if (problems.size() == before) {
                cases.add(judged);
            }
        }
        problems.sort(Problem.IN_FILE_ORDER);
        return new Loaded(cases, problems);
    }

    private JudgedCase read(LocatedTree tree, List<Problem> problems) {
        JsonNode root = tree.root();
        String id = root.get("id").asText();
        String fileName = Path.of(tree.file()).getFileName().toString();
        if (!fileName.startsWith(id)) {
            problems.add(tree.problem("id", "the id \"" + id + "\" is not where the file name " + fileName + " starts")
                    .withHint("name the file NNN-short-name.yaml after its id"));
        }
        List<String> seeds = new ArrayList<>();
        JsonNode seedList = root.get("seeds");
        for (int i = 0; i < seedList.size(); i++) {
            String seed = seedList.get(i).asText();
            if (seedFile(seed).isEmpty()) {
                problems.add(tree.problem(LocatedTree.index("seeds", i), "there is no seed " + seed)
                        .withHint("the seeds are " + String.join(", ", seedNumbers())));
            }
            seeds.add(seed);
        }
        Profile profile = profile(tree, problems);
        JudgedCase.Expected expected = expected(tree, root.get("expected"), profile, problems);
        justification(tree, root.get("justification"), keys(root.get("expected")), seeds, problems);
        return new JudgedCase(id, root.get("title").asText(), seeds, tree.file(), profile, expected);
    }

    private Profile profile(LocatedTree tree, List<Problem> problems) {
        Function<Profile, List<Problem>> checks = knowledge::profileProblems;
        try {
            return ProfileDescription.V1.reader().read(tree, "profile", tree.root().get("profile"), checks);
        } catch (InvalidProfileException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private JudgedCase.Expected expected(LocatedTree tree, JsonNode node, Profile profile, List<Problem> problems) {
        Set<InterventionFunction> top = EnumSet.noneOf(InterventionFunction.class);
        JsonNode tops = node.get("topFunctions");
        for (int i = 0; i < tops.size(); i++) {
            InterventionFunction f = parse(InterventionFunction.class, tops.get(i).get("function"));
            if (!top.add(f)) {
                problems.add(tree.problem(LocatedTree.child(LocatedTree.index("expected.topFunctions", i), "function"),
                        f.code() + " is listed twice").withHint("name three different functions"));
            }
        }
        List<String> offered = profile == null ? List.of() : profile.organisation().offered();
        List<JudgedCase.Include> include = new ArrayList<>();
        JsonNode includes = node.get("mustInclude");
        for (int i = 0; i < includes.size(); i++) {
            String path = LocatedTree.index("expected.mustInclude", i);
            String id = includes.get(i).get("instrument").asText();
            RankedInstrument.Status status = includes.get(i).has("status")
                    ? parse(RankedInstrument.Status.class, includes.get(i).get("status")) : null;
            knownInstrument(tree, LocatedTree.child(path, "instrument"), id, problems);
            if (status == RankedInstrument.Status.MAKE_BETTER_USE && !offered.contains(id)) {
                problems.add(tree.problem(LocatedTree.child(path, "status"), "status makeBetterUse, but the profile's "
                        + "organisation.offered does not list " + id).withHint("add it to offered, or drop the status"));
            } else if (status == null && offered.contains(id)) {
                problems.add(tree.problem(LocatedTree.child(path, "instrument"), id + " is already offered by the "
                        + "organisation").withHint("write status: makeBetterUse if the seed says to use it better"));
            }
            include.add(new JudgedCase.Include(id, status));
        }
        List<JudgedCase.Forbidden> forbidden = new ArrayList<>();
        JsonNode nots = node.get("mustNot");
        for (int i = 0; i < nots.size(); i++) {
            String path = LocatedTree.index("expected.mustNot", i);
            JsonNode entry = nots.get(i);
            if (entry.has("instrument") == entry.has("function")) {
                problems.add(tree.problem(path, "names " + (entry.has("function") ? "both a function and an instrument"
                        : "neither a function nor an instrument")).withHint("write exactly one of function: or instrument:"));
            } else if (entry.has("function")) {
                InterventionFunction f = parse(InterventionFunction.class, entry.get("function"));
                if (top.contains(f)) {
                    problems.add(tree.problem(LocatedTree.child(path, "function"), f.code()
                            + " is also an expected top function"));
                }
                forbidden.add(JudgedCase.Forbidden.function(f));
            } else {
                String id = entry.get("instrument").asText();
                knownInstrument(tree, LocatedTree.child(path, "instrument"), id, problems);
                if (include.stream().anyMatch(x -> x.instrument().equals(id))) {
                    problems.add(tree.problem(LocatedTree.child(path, "instrument"), id + " is also in mustInclude"));
                }
                forbidden.add(JudgedCase.Forbidden.instrument(id));
            }
        }
        return new JudgedCase.Expected(top, include, forbidden, choice(node.get("route"), Route.class),
                choice(node.get("phase"), Phase.class));
    }

    private static <T extends Enum<T> & Coded> JudgedCase.Choice<T> choice(JsonNode node, Class<T> type) {
        JsonNode code = node.get("code");
        T value = code == null || code.isNull() ? null : parse(type, code);
        Set<T> acceptable = EnumSet.noneOf(type);
        if (node.has("acceptable")) {
            node.get("acceptable").forEach(a -> acceptable.add(parse(type, a)));
        }
        return new JudgedCase.Choice<>(value, acceptable);
    }

    /** The expectation keys a justification may name: topFunctions.F, mustInclude.ID, mustNot.ID-or-F, route, phase. */
    private static Set<String> keys(JsonNode expected) {
        Set<String> keys = new LinkedHashSet<>();
        expected.get("topFunctions").forEach(t -> keys.add("topFunctions." + t.get("function").asText()));
        expected.get("mustInclude").forEach(m -> keys.add("mustInclude." + m.get("instrument").asText()));
        expected.get("mustNot").forEach(m -> keys.add("mustNot." + (m.has("function") ? m.get("function")
                : m.get("instrument")).asText()));
        keys.add("route");
        keys.add("phase");
        return keys;
    }

    private void justification(LocatedTree tree, JsonNode list, Set<String> keys, List<String> seeds,
                               List<Problem> problems) {
        Set<String> covered = new LinkedHashSet<>();
        Set<String> quoted = new LinkedHashSet<>();
        SeedLibrary library = knowledge.seeds();
        for (int i = 0; i < list.size(); i++) {
            String path = LocatedTree.index("justification", i);
            JsonNode entry = list.get(i);
            JsonNode targets = entry.get("for");
            List<JsonNode> each = new ArrayList<>();
            targets.forEach(each::add);
            if (targets.isTextual()) {
                each.add(targets);
            }
            for (int j = 0; j < each.size(); j++) {
                String key = each.get(j).asText();
                if (!keys.contains(key)) {
                    String near = Suggest.closest(key, keys);
                    problems.add(tree.problem(targets.isTextual() ? LocatedTree.child(path, "for")
                            : LocatedTree.index(LocatedTree.child(path, "for"), j), "\"" + key
                            + "\" is not an expectation of this case" + (near == null ? "" : " (did you mean " + near + "?)")));
                }
                covered.add(key);
            }
            if (entry.has("quote")) {
                // a seed counts as quoted even when its quote is wrong: that mistake is reported on its own line
                if (entry.has("seed")) {
                    String seed = entry.get("seed").asText();
                    quoted.add(seed.length() >= 3 ? seed.substring(0, 3) : seed);
                }
                citation(tree, path, entry, library, problems);
            } else if (!entry.has("bcw")) {
                problems.add(tree.problem(path, "has neither a seed quote nor a bcw statement")
                        .withHint("quote the seed (seed, lines, quote) or say which matrix cells it rests on (bcw)"));
            }
        }
        for (String key : keys) {
            if (!covered.contains(key)) {
                problems.add(tree.problem("justification", "the expectation " + key + " has no justification")
                        .withHint("add an entry whose 'for' names it, with the seed lines that say it"));
            }
        }
        for (int i = 0; i < seeds.size(); i++) {
            if (!quoted.contains(seeds.get(i))) {
                problems.add(tree.problem(LocatedTree.index("seeds", i), "seed " + seeds.get(i)
                        + " is listed but never quoted").withHint("quote it in justification, or drop it from seeds"));
            }
        }
    }

    /** Checks a quoted justification against the seed; reports what does not hold. */
    private static void citation(LocatedTree tree, String path, JsonNode entry, SeedLibrary library,
                                             List<Problem> problems) {
        for (String field : List.of("seed", "lines")) {
            if (!entry.has(field)) {
                problems.add(tree.problem(path, "has a quote but no " + field)
                        .withHint("a quoted justification needs seed, lines and quote"));
                return;
            }
        }
        int[] lines = Citation.parseLines(entry.get("lines").asText()).orElse(new int[] {0, 0});
        Citation citation = new Citation(entry.get("seed").asText(), lines[0], lines[1], entry.get("quote").asText());
        library.check(citation).ifPresent(mismatch -> problems.add(tree.problem(LocatedTree.child(path,
                mismatch.field()), mismatch.message()).withHint(mismatch.hint())));
    }

    private Optional<String> seedFile(String number) {
        return knowledge.seeds().names().stream().filter(n -> n.startsWith(number + "_")).findFirst();
    }

    private List<String> seedNumbers() {
        return knowledge.seeds().names().stream().map(n -> n.substring(0, 3)).toList();
    }

    private void knownInstrument(LocatedTree tree, String path, String id, List<Problem> problems) {
        if (knowledge.catalog().contains(id)) {
            return;
        }
        String near = Suggest.closest(id, knowledge.catalog().instruments().stream().map(i -> i.id()).toList());
        problems.add(tree.problem(path, "\"" + id + "\" is not an instrument in the catalogue"
                + (near == null ? "" : " (did you mean " + near + "?)")));
    }

    /** The schema has held the value to its enum, so parsing cannot fail. */
    private static <T extends Enum<T> & Coded> T parse(Class<T> type, JsonNode code) {
        return Coded.parse(type, code.asText()).orElseThrow();
    }
}
