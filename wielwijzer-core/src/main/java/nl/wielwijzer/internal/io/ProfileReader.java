package nl.wielwijzer.internal.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.bcw.ComB;
import nl.wielwijzer.problem.InvalidProfileException;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.profile.Budget;
import nl.wielwijzer.profile.CareerCompetence;
import nl.wielwijzer.profile.DiMaturity;
import nl.wielwijzer.profile.DiPolicy;
import nl.wielwijzer.profile.EducationLevel;
import nl.wielwijzer.profile.EmployeeContext;
import nl.wielwijzer.profile.EmployerMotive;
import nl.wielwijzer.profile.Limitation;
import nl.wielwijzer.profile.OrganisationContext;
import nl.wielwijzer.profile.OrganisationSize;
import nl.wielwijzer.profile.OrganisationalFactor;
import nl.wielwijzer.profile.PlacementPhase;
import nl.wielwijzer.profile.Profile;
import nl.wielwijzer.profile.Sector;
import nl.wielwijzer.profile.SelfLeadershipStrategy;
import nl.wielwijzer.profile.SelfLeadershipTrait;
import nl.wielwijzer.profile.Subject;
import nl.wielwijzer.profile.WorkAbility;

/**
 * Reads a profile from JSON: the text is parsed, validated against {@code docs/schema/profile-v1.schema.json}
 * and then against the loaded vocabulary and catalogue, and every problem is reported, one per field, with
 * its JSON path, line and column.
 */
public final class ProfileReader {

    private ProfileReader() {
    }

    private static final class Schema {
        static final SchemaCheck PROFILE = SchemaCheck.bundled("profile-v1.schema.json");
    }

    /**
     * Reads a profile.
     *
     * @param name   how to name the input in problems (a file name), or null
     * @param json   the JSON text
     * @param checks further checks on the parsed profile (codes against the vocabulary, offered instruments
     *               against the catalogue); their problems are located in the text by path
     * @throws InvalidProfileException with one problem per wrong field
     */
    public static Profile read(String name, String json, Function<Profile, List<Problem>> checks)
            throws InvalidProfileException {
        LocatedTree tree;
        try {
            tree = LocatedTree.json(name, json);
        } catch (LocatedTree.ParseFailure e) {
            throw new InvalidProfileException(e.problems());
        }
        List<Problem> problems = Schema.PROFILE.check(tree);
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(problems);
        }
        Profile profile = convert(tree.root());
        List<Problem> found = new ArrayList<>();
        for (Problem p : checks.apply(profile)) {
            int[] at = tree.locate(p.field());
            found.add(new Problem(name, at[0], at[1], p.field(), p.message(), p.hint()));
        }
        if (!found.isEmpty()) {
            throw new InvalidProfileException(found);
        }
        return profile;
    }

    /**
     * Reads a profile that is part of a larger document (the {@code profile} of a scenario): problems carry
     * their full path and the document's line and column.
     */
    public static Profile read(LocatedTree tree, String basePath, JsonNode node,
                               Function<Profile, List<Problem>> checks) throws InvalidProfileException {
        List<Problem> problems = Schema.PROFILE.check(tree, basePath, node);
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(problems);
        }
        Profile profile = convert(node);
        List<Problem> found = new ArrayList<>();
        for (Problem p : checks.apply(profile)) {
            String path = LocatedTree.child(basePath, p.field());
            found.add(tree.problem(path, p.message()).withHint(p.hint()));
        }
        if (!found.isEmpty()) {
            throw new InvalidProfileException(found);
        }
        return profile;
    }

    /**
     * Holds a profile built in Java to the same contract as JSON input: it is written in the wire format and
     * checked against the same schema, then by {@code checks}. Problems carry the JSON path.
     */
    public static List<Problem> check(Profile profile, Function<Profile, List<Problem>> checks) {
        LocatedTree tree;
        try {
            tree = LocatedTree.json(null, ProfileJson.write(profile).toString());
        } catch (LocatedTree.ParseFailure e) {
            throw new IllegalStateException("A profile written by Wielwijzer could not be read back", e);
        }
        List<Problem> problems = Schema.PROFILE.check(tree);
        return problems.isEmpty() ? checks.apply(profile) : problems;
    }

    /** Converts a tree that already passed the schema. */
    static Profile convert(JsonNode root) {
        Profile.Builder b = Profile.builder(root.get("id").asText(),
                code(Subject.class, root.get("subject")), code(Sector.class, root.get("sector")));
        scores(root.get("comB"), ComB.class).forEach(b::gap);
        strings(root.get("pushFactors")).forEach(b::push);
        strings(root.get("pullFactors")).forEach(b::pull);
        JsonNode selfLeadership = root.get("selfLeadership");
        scores(selfLeadership, SelfLeadershipTrait.class).forEach(b::trait);
        scores(selfLeadership, SelfLeadershipStrategy.class).forEach(b::strategy);
        JsonNode employee = root.get("employee");
        if (employee != null) {
            b.employee(e -> employee(employee, e));
        }
        JsonNode organisation = root.get("organisation");
        if (organisation != null) {
            b.organisation(o -> organisation(organisation, o));
        }
        return b.build();
    }

    private static void employee(JsonNode node, EmployeeContext.Builder e) {
        if (node.has("age")) {
            e.age(node.get("age").asInt());
        }
        if (node.has("workAbility")) {
            e.workAbility(code(WorkAbility.class, node.get("workAbility")));
        }
        if (node.has("contractHoursPerWeek")) {
            e.contractHoursPerWeek(node.get("contractHoursPerWeek").asDouble());
        }
        if (node.has("educationLevel")) {
            e.educationLevel(code(EducationLevel.class, node.get("educationLevel")));
        }
        if (node.has("tenureYears")) {
            e.tenureYears(node.get("tenureYears").asInt());
        }
        codes(node.get("limitations"), Limitation.class).forEach(e::limitation);
        if (node.has("placementPhase")) {
            e.placementPhase(code(PlacementPhase.class, node.get("placementPhase")));
        }
        scores(node.get("careerCompetences"), CareerCompetence.class).forEach(e::careerCompetence);
        strings(node.get("situations")).forEach(e::situation);
    }

    private static void organisation(JsonNode node, OrganisationContext.Builder o) {
        if (node.has("size")) {
            o.size(code(OrganisationSize.class, node.get("size")));
        }
        if (node.has("diPolicy")) {
            o.diPolicy(code(DiPolicy.class, node.get("diPolicy")));
        }
        if (node.has("diMaturity")) {
            o.diMaturity(code(DiMaturity.class, node.get("diMaturity")));
        }
        if (node.has("budget")) {
            o.budget(code(Budget.class, node.get("budget")));
        }
        scores(node.get("motivation"), EmployerMotive.class).forEach(o::motivation);
        if (node.has("urgency")) {
            o.urgency(node.get("urgency").asInt());
        }
        scores(node.get("factors"), OrganisationalFactor.class).forEach(o::factor);
        strings(node.get("offered")).forEach(o::offered);
        strings(node.get("situations")).forEach(o::situation);
    }

    private static <E extends Enum<E> & Coded> E code(Class<E> type, JsonNode node) {
        return Coded.parse(type, node.asText()).orElseThrow();
    }

    private static <E extends Enum<E> & Coded> Set<E> codes(JsonNode array, Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        if (array != null) {
            array.forEach(item -> out.add(code(type, item)));
        }
        return out;
    }

    /** The integer scores in {@code object} whose keys are codes of {@code type}; other keys are ignored. */
    private static <E extends Enum<E> & Coded> Map<E, Integer> scores(JsonNode object, Class<E> type) {
        Map<E, Integer> out = new EnumMap<>(type);
        if (object != null) {
            for (E key : type.getEnumConstants()) {
                JsonNode value = object.get(key.code());
                if (value != null) {
                    out.put(key, value.asInt());
                }
            }
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(item -> out.add(item.asText()));
        }
        return out;
    }
}
