package nl.wielwijzer.internal.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.wielwijzer.problem.InvalidProfileException;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.profile.Profile;

/**
 * Reads a profile from JSON by a profile description: the text is parsed, validated against the schema (for
 * contract v1, {@code docs/schema/profile-v1.schema.json}) and then against the loaded vocabulary and
 * catalogue, and every problem is reported, one per field, with its JSON path, line and column.
 */
public final class ProfileReader {

    private final ProfileShape<?> shape;
    private final SchemaCheck schema;

    /** A reader for a description and the schema that checks it; the two must name the same fields. */
    public ProfileReader(ProfileShape<?> shape, SchemaCheck schema) {
        this.shape = shape;
        this.schema = schema;
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
    public Profile read(String name, String json, Function<Profile, List<Problem>> checks)
            throws InvalidProfileException {
        // most profiles are valid: read first without the places only a problem needs, and read again, placed, to
        // name the problems of one that is not (so every problem is found and worded by one reading, the placed one)
        LocatedTree unplaced = LocatedTree.jsonUnplaced(json);
        if (unplaced != null && schema.check(unplaced).isEmpty()) {
            Profile profile = shape.read(unplaced.root());
            if (checks.apply(profile).isEmpty()) {
                return profile;
            }
        }
        LocatedTree tree;
        try {
            tree = LocatedTree.json(name, json);
        } catch (LocatedTree.ParseFailure e) {
            throw new InvalidProfileException(e.problems());
        }
        List<Problem> problems = schema.check(tree);
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(problems);
        }
        Profile profile = shape.read(tree.root());
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
    public Profile read(LocatedTree tree, String basePath, JsonNode node,
                               Function<Profile, List<Problem>> checks) throws InvalidProfileException {
        List<Problem> problems = schema.check(tree, basePath, node);
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(problems);
        }
        Profile profile = shape.read(node);
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
    public List<Problem> check(Profile profile, Function<Profile, List<Problem>> checks) {
        List<Problem> misplaced = shape.misplacedValues(profile);
        if (!misplaced.isEmpty()) {
            return misplaced;
        }
        LocatedTree tree;
        try {
            // read as JSON input is read (the same number and text forms), but placed nowhere: the caller never
            // saw a text, so a problem names the field, not a line and column of it
            tree = LocatedTree.written(shape.write(profile));
        } catch (LocatedTree.ParseFailure e) {
            return e.problems(); // past a limit of the reader (a text of 20,000 characters), as its JSON would be
        }
        List<Problem> problems = schema.check(tree);
        return problems.isEmpty() ? checks.apply(profile) : problems;
    }
}
