package nl.wielwijzer.internal.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.internal.io.LocatedTree;
import nl.wielwijzer.internal.io.SchemaCheck;
import nl.wielwijzer.internal.io.SourceFile;
import nl.wielwijzer.internal.io.Suggest;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.profile.Profile;
import nl.wielwijzer.result.Citation;

/**
 * The codes profiles and rules may use beyond the fixed enums: push and pull factors, employee and organisation
 * situations, the diagnoses rules derive, and the target behaviours advice can be about. It lives in {@code rules/vocabulary.yaml}, so a policy designer can
 * add a code without a Java developer; every code cites the seed that names it.
 */
public final class Vocabulary {

    /** The lists of the vocabulary file, with the profile field each one serves. */
    public enum Kind {
        PUSH_FACTORS("pushFactors", "push factor", "pushFactors", Profile::pushFactors),
        PULL_FACTORS("pullFactors", "pull factor", "pullFactors", Profile::pullFactors),
        EMPLOYEE_SITUATIONS("employeeSituations", "employee situation", "employee.situations",
                p -> p.employee().situations()),
        ORGANISATION_SITUATIONS("organisationSituations", "organisation situation", "organisation.situations",
                p -> p.organisation().situations()),
        DIAGNOSES("diagnoses", "diagnosis", null, null),
        /** The behaviours advice can be about (issue 9 item 8); a profile names one, or gets its subject's default. */
        TARGET_BEHAVIOURS("targetBehaviours", "target behaviour", "targetBehaviour", null),
        /** How to bring the advice (issue 10 item 3): codes rules give with {@code advice.deliver}. */
        DELIVERY("delivery", "piece of delivery advice", null, null);

        private final String key;
        private final String singular;
        private final String profileField;
        /** The profile's list of these codes; null for a kind a profile gives no list of. */
        private final Function<Profile, List<String>> listed;

        Kind(String key, String singular, String profileField, Function<Profile, List<String>> listed) {
            this.key = key;
            this.singular = singular;
            this.profileField = profileField;
            this.listed = listed;
        }

        /** The list's name in vocabulary.yaml. */
        public String key() {
            return key;
        }

        public String singular() {
            return singular;
        }
    }

    /**
     * One code, with its labels and sources, and where it is defined.
     *
     * @param replaces older codes this one took over ({@code replaces:}): a profile may still use them, is read as
     *                 if it used this code, and is told so; rules may not
     */
    public record Term(Kind kind, String code, String nl, String en, String description, List<Citation> sources,
                       String file, int line, List<String> replaces) {
        public Term {
            replaces = List.copyOf(replaces);
        }
    }

    private static final class Schema {
        static final SchemaCheck VOCABULARY = SchemaCheck.bundled("vocabulary-v1.schema.json");
    }

    private final Map<Kind, Map<String, Term>> terms;
    /** Per kind, an older code and the term that replaces it. */
    private final Map<Kind, Map<String, Term>> replaced = new EnumMap<>(Kind.class);

    private Vocabulary(Map<Kind, Map<String, Term>> terms) {
        this.terms = terms;
        for (Kind kind : Kind.values()) {
            Map<String, Term> ofKind = new HashMap<>();
            terms.get(kind).values().forEach(t -> t.replaces().forEach(old -> ofKind.put(old, t)));
            replaced.put(kind, ofKind);
        }
    }

    /** A vocabulary of these terms, in this order (as read back from a precompiled set). */
    static Vocabulary of(List<Term> all) {
        Map<Kind, Map<String, Term>> terms = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            terms.put(kind, new LinkedHashMap<>());
        }
        all.forEach(t -> terms.get(t.kind()).put(t.code(), t));
        Map<Kind, Map<String, Term>> frozen = new EnumMap<>(Kind.class);
        terms.forEach((kind, ofKind) -> frozen.put(kind, Collections.unmodifiableMap(ofKind)));
        return new Vocabulary(Collections.unmodifiableMap(frozen));
    }

    /** Every term, kind by kind, in the order read. */
    List<Term> allTerms() {
        List<Term> all = new ArrayList<>();
        terms.values().forEach(ofKind -> all.addAll(ofKind.values()));
        return all;
    }

    public boolean has(Kind kind, String code) {
        return terms.get(kind).containsKey(code);
    }

    /**
     * The code a profile's code stands for: the code itself, or the code that replaced it.
     *
     * @param kind the list the code belongs to
     * @param code a code as a profile gives it
     * @return the current code
     */
    public String current(Kind kind, String code) {
        Term successor = replaced.get(kind).get(code);
        return successor == null ? code : successor.code();
    }

    /** Whether {@code code} is an older code that another code of {@code kind} replaced. */
    private boolean isReplaced(Kind kind, String code) {
        return replaced.get(kind).containsKey(code);
    }

    /**
     * What a profile is told about the older codes it uses, one notice per use, as the profile path (for example
     * {@code employee.situations[0]}) with the notice in Dutch and English, in the order of the profile's lists.
     *
     * @param profile the profile
     * @return the notices, empty when the profile uses only current codes
     */
    public List<Coded.Labels> replacedNotices(Profile profile) {
        List<Coded.Labels> notices = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            List<String> codes = kind.listed == null ? List.of() : kind.listed.apply(profile);
            for (int i = 0; i < codes.size(); i++) {
                Term successor = replaced.get(kind).get(codes.get(i));
                if (successor != null) {
                    notices.add(replacedNotice(LocatedTree.index(kind.profileField, i), codes.get(i), successor));
                }
            }
        }
        return notices;
    }

    private static Coded.Labels replacedNotice(String path, String old, Term successor) {
        return new Coded.Labels(path,
                "De code '" + old + "' is vervangen door '" + successor.code() + "' (" + successor.nl()
                        + ") en is zo gelezen; schrijf voortaan '" + successor.code() + "': de oude code "
                        + "verdwijnt in een latere versie.",
                "The code '" + old + "' was replaced by '" + successor.code() + "' (" + successor.en()
                        + ") and was read as that; write '" + successor.code() + "' from now on: the old "
                        + "code goes in a later version.");
    }

    public Optional<Term> term(Kind kind, String code) {
        return Optional.ofNullable(terms.get(kind).get(code));
    }

    /** The terms of one kind, in file order. */
    public List<Term> terms(Kind kind) {
        return List.copyOf(terms.get(kind).values());
    }

    /**
     * A problem for an unknown code at {@code path}, with a "did you mean" where one is close, or the code that
     * replaced it.
     */
    public Problem unknown(Kind kind, String path, String code) {
        Term successor = replaced.get(kind).get(code);
        if (successor != null) { // only rules get here: a profile may still use an older code
            return Problem.at(path, "\"" + code + "\" was replaced by \"" + successor.code() + "\" (" + successor.en()
                    + ")").withHint("write \"" + successor.code() + "\"; the older code is read only in profiles, for "
                    + "a while (" + successor.file() + ":" + successor.line() + ")");
        }
        String message = "\"" + code + "\" is not a known " + kind.singular();
        String near = Suggest.closest(code, terms.get(kind).keySet());
        String older = near == null ? Suggest.closest(code, replaced.get(kind).keySet()) : null;
        if (near != null) {
            message += " (did you mean " + near + "?)";
        } else if (older != null) { // close to a code that was replaced: point at its successor
            message += " (did you mean " + replaced.get(kind).get(older).code() + "? it replaced " + older + ")";
        }
        return Problem.at(path, message).withHint("the codes are listed under '" + kind.key()
                + "' in rules/vocabulary.yaml; add one there (with its source) if the seeds name it");
    }

    /**
     * Loads the vocabulary files of a rule directory ({@code rules/*.yaml}) as one vocabulary; problems name file,
     * line and field. A code may be defined once over all files.
     */
    public static Loaded load(List<SourceFile> files, SeedLibrary seeds) {
        List<Problem> problems = new ArrayList<>();
        List<Replacement> pending = new ArrayList<>();
        Map<Kind, Map<String, Term>> all = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            all.put(kind, new LinkedHashMap<>());
        }
        for (SourceFile file : files) {
            Optional<LocatedTree> valid = Schema.VOCABULARY.readYaml(file, problems);
            if (valid.isEmpty()) {
                continue;
            }
            LocatedTree tree = valid.get();
            for (Kind kind : Kind.values()) {
                JsonNode list = tree.root().get(kind.key());
                if (list != null) {
                    read(tree, kind, list, all.get(kind), seeds, problems, pending);
                }
            }
        }
        checkReplacements(pending, all, problems);
        problems.sort(Problem.IN_FILE_ORDER);
        if (!problems.isEmpty()) {
            return new Loaded(null, problems);
        }
        Map<Kind, Map<String, Term>> frozen = new EnumMap<>(Kind.class);
        all.forEach((kind, terms) -> frozen.put(kind, Collections.unmodifiableMap(terms)));
        return new Loaded(new Vocabulary(Collections.unmodifiableMap(frozen)), problems);
    }

    /** An older code a term says it replaces, and where it says so. */
    private record Replacement(Kind kind, String code, String old, LocatedTree tree, String path) {
    }

    /**
     * An older code may be replaced once, by a code of its own list, and may not be a current code as well (a
     * profile using it would mean two things).
     */
    private static void checkReplacements(List<Replacement> pending, Map<Kind, Map<String, Term>> all,
                                          List<Problem> problems) {
        Map<String, Replacement> seen = new HashMap<>();
        for (Replacement r : pending) {
            Term current = all.get(r.kind()).get(r.old());
            Replacement earlier = seen.putIfAbsent(r.kind().key() + "|" + r.old(), r);
            if (current != null) {
                problems.add(r.tree().problem(r.path(), "'" + r.old() + "' is still a code of its own, defined at "
                        + current.file() + ":" + current.line()).withHint("remove that entry (move its sources to '"
                        + r.code() + "'), or do not list it under 'replaces'"));
            } else if (earlier != null) {
                problems.add(r.tree().problem(r.path(), "'" + r.old() + "' is already replaced by '" + earlier.code()
                        + "'").withHint("an older code can stand for one current code only"));
            }
        }
    }

    private static void read(LocatedTree tree, Kind kind, JsonNode list, Map<String, Term> ofKind, SeedLibrary seeds,
                             List<Problem> problems, List<Replacement> pending) {
        for (int i = 0; i < list.size(); i++) {
            String path = LocatedTree.index(kind.key(), i);
            JsonNode node = list.get(i);
            String code = node.get("code").asText();
            List<Citation> sources = Citations.read(node.get("sources"));
            problems.addAll(Citations.check(tree, LocatedTree.child(path, "sources"), sources, seeds));
            Term earlier = ofKind.get(code);
            if (earlier != null) {
                problems.add(tree.problem(LocatedTree.child(path, "code"), "the code '" + code
                        + "' is already defined at " + earlier.file() + ":" + earlier.line()).withHint("keep one of them"));
                continue;
            }
            JsonNode description = node.get("description");
            List<String> replaces = new ArrayList<>();
            JsonNode older = node.get("replaces");
            if (older != null) {
                older.forEach(o -> replaces.add(o.asText()));
            }
            ofKind.put(code, new Term(kind, code, node.get("nl").asText(), node.get("en").asText(),
                    description == null ? null : description.asText(), List.copyOf(sources), tree.file(),
                    tree.locate(path)[0], replaces));
            for (int j = 0; j < replaces.size(); j++) {
                pending.add(new Replacement(kind, code, replaces.get(j), tree,
                        LocatedTree.index(LocatedTree.child(path, "replaces"), j)));
            }
        }
    }

    /** The vocabulary, or the problems that prevent loading it. */
    public record Loaded(Vocabulary vocabulary, List<Problem> problems) {
    }

    /**
     * Checks the codes of a profile's lists (push and pull factors, situations); problems carry the profile path,
     * e.g. {@code pushFactors[1]}. An older code that another replaced is no problem.
     */
    public List<Problem> checkProfileCodes(Profile profile) {
        List<Problem> problems = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            List<String> codes = kind.listed == null ? List.of() : kind.listed.apply(profile);
            for (int i = 0; i < codes.size(); i++) {
                if (!has(kind, codes.get(i)) && !isReplaced(kind, codes.get(i))) {
                    problems.add(unknown(kind, LocatedTree.index(kind.profileField, i), codes.get(i)));
                }
            }
        }
        return problems;
    }
}
