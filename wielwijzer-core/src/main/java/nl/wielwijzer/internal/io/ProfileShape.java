package nl.wielwijzer.internal.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import nl.wielwijzer.internal.io.ProfileField.Codec;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.profile.Profile;
import nl.wielwijzer.profile.Sector;
import nl.wielwijzer.profile.Subject;

/**
 * A profile description walked three ways: reading JSON into a {@link Profile}, writing a profile as JSON,
 * and making the facts the rules match. The fields are {@link ProfileField}s in wire order, after the three
 * every profile has ({@code id}, {@code subject}, {@code sector}). The description of contract v1 is
 * {@code internal.knowledge.ProfileDescription}.
 *
 * @param <F> the type of the facts
 */
public final class ProfileShape<F> {

    private static final List<String> HEAD = List.of("id", "subject", "sector");
    private static final Codec<Subject> SUBJECT = Codec.code(Subject.class);
    private static final Codec<Sector> SECTOR = Codec.code(Sector.class);

    private final BiFunction<Subject, Sector, ? extends F> head;
    private final List<ProfileField<F>> fields;
    /** Each field's path, split at its dots once rather than on every read and write. */
    private final String[][] paths;

    /**
     * @param head   the fact every profile makes from its subject and sector
     * @param fields the other fields, in wire order
     */
    public ProfileShape(BiFunction<Subject, Sector, ? extends F> head, List<ProfileField<F>> fields) {
        this.head = head;
        this.fields = List.copyOf(fields);
        this.paths = new String[this.fields.size()][];
        for (int i = 0; i < paths.length; i++) {
            paths[i] = this.fields.get(i).path().split("\\.");
        }
    }

    public List<ProfileField<F>> fields() {
        return fields;
    }

    /** This description with more fields at the end. */
    public ProfileShape<F> with(List<ProfileField<F>> more) {
        List<ProfileField<F>> all = new ArrayList<>(fields);
        all.addAll(more);
        return new ProfileShape<>(head, all);
    }

    /** Converts a profile that already passed the schema. */
    public Profile read(JsonNode root) {
        Profile.Builder b = Profile.builder(root.get("id").asText(),
                SUBJECT.read().apply(root.get("subject")), SECTOR.read().apply(root.get("sector")));
        for (int i = 0; i < paths.length; i++) {
            JsonNode value = at(root, paths[i]);
            if (value != null) {
                fields.get(i).read(value, b);
            }
        }
        return b.build();
    }

    /**
     * The profile in the wire format; unknown fields are left out. A value of {@link Profile#values()} that is
     * not a field of this description is written where its path says, so that the schema names it.
     */
    public ObjectNode write(Profile profile) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("id", profile.id());
        root.set("subject", SUBJECT.write().apply(profile.subject()));
        root.set("sector", SECTOR.write().apply(profile.sector()));
        for (int i = 0; i < paths.length; i++) {
            JsonNode value = fields.get(i).write(profile);
            if (value != null) {
                put(root, paths[i], value);
            }
        }
        profile.values().forEach((path, value) -> {
            if (!isValue(path)) {
                put(root, path.split("\\."), ProfileField.json(value));
            }
        });
        return root;
    }

    /** The facts of a profile, in wire order: the head's, then one per known value. */
    public List<F> facts(Profile profile) {
        List<F> facts = new ArrayList<>();
        facts.add(head.apply(profile.subject(), profile.sector()));
        fields.forEach(field -> field.facts(profile, facts::add));
        return facts;
    }

    /**
     * The entries of {@link Profile#values()} that name a field with a builder method of its own, or a group
     * of fields: written as they are, they would overwrite that field.
     */
    public List<Problem> misplacedValues(Profile profile) {
        List<Problem> problems = new ArrayList<>();
        for (String path : profile.values().keySet()) {
            if (!isValue(path) && collides(path)) {
                problems.add(Problem.at(path, "cannot be set with value(…): it has a builder method of its own"
                        + " or holds other fields"));
            }
        }
        return problems;
    }

    private boolean isValue(String path) {
        return fields.stream().anyMatch(f -> f instanceof ProfileField.Value && f.path().equals(path));
    }

    private boolean collides(String path) {
        List<String> taken = new ArrayList<>(HEAD);
        fields.forEach(f -> taken.add(f.path()));
        return taken.stream().anyMatch(t -> t.equals(path) || path.startsWith(t + ".") || t.startsWith(path + "."));
    }

    private static JsonNode at(JsonNode root, String[] path) {
        JsonNode node = root;
        for (String name : path) {
            node = node.get(name);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /** Puts a value at a path, split at its dots; two score groups in one object ({@code selfLeadership}) are merged. */
    private static void put(ObjectNode root, String[] names, JsonNode value) {
        ObjectNode parent = root;
        for (int i = 0; i < names.length - 1; i++) {
            parent = parent.get(names[i]) instanceof ObjectNode child ? child : parent.putObject(names[i]);
        }
        String last = names[names.length - 1];
        if (parent.get(last) instanceof ObjectNode existing && value instanceof ObjectNode more) {
            existing.setAll(more);
        } else {
            parent.set(last, value);
        }
    }
}
