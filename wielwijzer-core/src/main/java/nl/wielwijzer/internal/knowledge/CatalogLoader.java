package nl.wielwijzer.internal.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.bcw.ComB;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.catalog.Audience;
import nl.wielwijzer.catalog.Basis;
import nl.wielwijzer.catalog.Cost;
import nl.wielwijzer.catalog.Instrument;
import nl.wielwijzer.catalog.Outcome;
import nl.wielwijzer.catalog.TargetGroup;
import nl.wielwijzer.internal.io.LocatedTree;
import nl.wielwijzer.internal.io.SchemaCheck;
import nl.wielwijzer.internal.io.SourceFile;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.profile.PlacementPhase;
import nl.wielwijzer.profile.Sector;
import nl.wielwijzer.profile.WorkAbility;
import nl.wielwijzer.result.EvidenceLevel;
import nl.wielwijzer.result.Phase;
import nl.wielwijzer.result.Route;

/**
 * Loads and checks the catalogue files. Everything is validated before anything is used: the schema
 * (fields, types, codes; a {@code label} must be one line, not blank, without spaces at its ends), unique ids over
 * all files, that every quote is in the lines it cites, that the Dutch name occurs in a cited passage, and that a
 * label differs from the name it stands in for. Every problem is reported with file, line and field.
 */
public final class CatalogLoader {

    private static final class Schema {
        static final SchemaCheck CATALOG = SchemaCheck.bundled("catalog-v1.schema.json");
    }

    /** The {@code targetGroup} value that says, explicitly, that an entry is not reserved for a group. */
    static final String EVERYONE = "everyone";

    /** The seed whose entries must say whether they hold for its target group only (workers with a limitation). */
    static final String TARGET_GROUP_SEED = "001_";

    private CatalogLoader() {
    }

    /** The result of loading: the catalogue, or the problems that prevent it. */
    public record Loaded(Catalog catalog, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Loaded load(List<SourceFile> files, SeedLibrary seeds) {
        List<Problem> problems = new ArrayList<>();
        List<Instrument> instruments = new ArrayList<>();
        Map<String, Instrument> seen = new HashMap<>();
        for (SourceFile file : files) {
            Optional<LocatedTree> valid = Schema.CATALOG.readYaml(file, problems);
            if (valid.isEmpty()) {
                continue;
            }
            LocatedTree tree = valid.get();
            JsonNode list = tree.root().get("instruments");
            for (int i = 0; i < list.size(); i++) {
                String path = LocatedTree.index("instruments", i);
                Instrument instrument = convert(tree, path, list.get(i));
                Instrument earlier = seen.putIfAbsent(instrument.id(), instrument);
                if (earlier != null) {
                    problems.add(tree.problem(LocatedTree.child(path, "id"), "the id '" + instrument.id()
                            + "' is already used at " + earlier.file() + ":" + earlier.line())
                            .withHint("ids must be unique over the whole catalogue; merge the two entries if they "
                                    + "are the same instrument, or choose another id"));
                }
                problems.addAll(check(tree, path, instrument, seeds));
                problems.addAll(checkScope(tree, path, list.get(i), instrument, seeds));
                instruments.add(instrument);
            }
        }
        problems.sort(Problem.IN_FILE_ORDER);
        return new Loaded(problems.isEmpty() ? new Catalog(instruments) : null, problems);
    }

    private static List<Problem> check(LocatedTree tree, String path, Instrument instrument, SeedLibrary seeds) {
        List<Problem> problems = new ArrayList<>(
                Citations.check(tree, LocatedTree.child(path, "sources"), instrument.sources(), seeds));
        boolean named = instrument.sources().stream()
                .anyMatch(c -> seeds.mentions(c.seed(), c.fromLine(), c.toLine(), instrument.name()));
        if (!named && problems.isEmpty()) {
            problems.add(tree.problem(LocatedTree.child(path, "name"), "the name '" + instrument.name()
                    + "' does not occur in the lines of any of its sources")
                    .withHint("write the name exactly as the seed does, and cite the lines that contain it; "
                            + "put words that tell entries apart in 'qualifier', and a readable Dutch name, where the "
                            + "seed's words are not one, in 'label'"));
        }
        if (instrument.label() != null && instrument.label().equals(instrument.name())) {
            problems.add(tree.problem(LocatedTree.child(path, "label"), "the label is the same as the name '"
                    + instrument.name() + "'")
                    .withHint("leave label out when the seed's words already read as a name; write a label only "
                            + "where they do not (a sentence fragment such as 'contact te leggen met ...')"));
        }
        if (instrument.costNoteNl() != null && instrument.costNote() == null) {
            problems.add(tree.problem(LocatedTree.child(path, "costNoteNl"), "there is a Dutch cost note but no costNote")
                    .withHint("costNoteNl is the Dutch wording of costNote; write costNote (English) as well"));
        }
        if (instrument.ageMin() != null && instrument.ageMax() != null && instrument.ageMin() > instrument.ageMax()) {
            problems.add(tree.problem(LocatedTree.child(path, "ageMin"), "ageMin " + instrument.ageMin()
                    + " is above ageMax " + instrument.ageMax()));
        }
        return problems;
    }

    /**
     * Where the entry holds. Audience and sectors the schema requires; here: an entry citing seed 001 (workers with
     * an occupational limitation) must say whether it holds for that group only or for everyone, and the
     * organisation an arrangement belongs to must be named in a seed the entry cites.
     */
    private static List<Problem> checkScope(LocatedTree tree, String path, JsonNode node, Instrument instrument,
                                            SeedLibrary seeds) {
        List<Problem> problems = new ArrayList<>();
        boolean citesTargetGroupSeed = instrument.sources().stream().anyMatch(c -> c.seed().startsWith(TARGET_GROUP_SEED));
        if (citesTargetGroupSeed && !node.has("targetGroup")) {
            problems.add(tree.problem(LocatedTree.child(path, "targetGroup"), "the entry '" + instrument.id()
                    + "' cites seed 001 but does not say whether it holds only for workers with an occupational "
                    + "limitation")
                    .withHint("write targetGroup: occupationalLimitation when the cited lines are about those workers, "
                            + "their placement or their employers, or targetGroup: everyone when the seed reports it "
                            + "for all workers (e.g. from the general DI literature)"));
        }
        String organisation = instrument.organisation();
        if (organisation != null) {
            String wanted = organisation.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            boolean named = instrument.sources().stream().map(c -> c.seed()).distinct()
                    .anyMatch(seed -> seeds.text(seed, 1, seeds.lineCount(seed))
                            .map(t -> t.toLowerCase(Locale.ROOT).contains(wanted)).orElse(false));
            if (!named) {
                problems.add(tree.problem(LocatedTree.child(path, "organisation"), "the organisation '" + organisation
                        + "' is not named in any seed the entry cites")
                        .withHint("write the organisation's name as the seed does (e.g. Gemeente Groningen); leave "
                                + "organisation out for a sector scheme or a practice any organisation can adopt"));
            }
        }
        return problems;
    }

    private static Instrument convert(LocatedTree tree, String path, JsonNode node) {
        int[] at = tree.locate(path);
        return new Instrument(
                node.get("id").asText(),
                node.get("name").asText(),
                text(node, "label"),
                text(node, "qualifier"),
                node.get("nameEn").asText(),
                node.get("description").asText(),
                text(node, "descriptionNl"),
                text(node, "provider"),
                codes(node.get("audience"), Audience.class),
                codes(node.get("sectors"), Sector.class),
                bases(node.get("functions"), InterventionFunction.class),
                bases(node.get("components"), ComB.class),
                codes(node.get("outcomes"), Outcome.class),
                codes(node.get("routes"), Route.class),
                codes(node.get("phases"), Phase.class),
                codes(node.get("workAbility"), WorkAbility.class),
                node.has("ageMin") ? node.get("ageMin").asInt() : null,
                node.has("ageMax") ? node.get("ageMax").asInt() : null,
                codes(node.get("placementPhases"), PlacementPhase.class),
                targetGroup(node),
                text(node, "organisation"),
                text(node, "format"),
                text(node, "duration"),
                node.has("cost") ? Coded.parse(Cost.class, node.get("cost").asText()).orElseThrow() : Cost.UNKNOWN,
                text(node, "costNote"),
                text(node, "costNoteNl"),
                Coded.parse(EvidenceLevel.class, node.get("evidence").asText()).orElseThrow(),
                text(node, "evidenceNote"),
                Citations.read(node.get("sources")),
                tree.file(),
                at[0]);
    }

    /** The group the entry is reserved for; null for {@code everyone} or when the entry does not say. */
    private static TargetGroup targetGroup(JsonNode node) {
        String code = text(node, "targetGroup");
        return code == null || code.equals(EVERYONE) ? null : Coded.parse(TargetGroup.class, code).orElseThrow();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText().strip();
    }

    static <E extends Enum<E> & Coded> Set<E> codes(JsonNode array, Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        if (array != null) {
            array.forEach(item -> out.add(Coded.parse(type, item.asText()).orElseThrow()));
        }
        return out;
    }

    private static <E extends Enum<E> & Coded> Map<E, Basis> bases(JsonNode object, Class<E> type) {
        Map<E, Basis> out = new EnumMap<>(type);
        if (object != null) {
            object.fields().forEachRemaining(e -> out.put(Coded.parse(type, e.getKey()).orElseThrow(),
                    Coded.parse(Basis.class, e.getValue().asText()).orElseThrow()));
        }
        return out;
    }
}
