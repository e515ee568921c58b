package nl.wielwijzer.internal.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.bcw.ComB;
import nl.wielwijzer.internal.io.ProfileField;
import nl.wielwijzer.internal.io.ProfileField.Codec;
import nl.wielwijzer.profile.Budget;
import nl.wielwijzer.profile.CareerCompetence;
import nl.wielwijzer.profile.DiMaturity;
import nl.wielwijzer.profile.DiPolicy;
import nl.wielwijzer.profile.EducationLevel;
import nl.wielwijzer.profile.EmployerMotive;
import nl.wielwijzer.profile.Limitation;
import nl.wielwijzer.profile.OrganisationSize;
import nl.wielwijzer.profile.OrganisationalFactor;
import nl.wielwijzer.profile.PlacementPhase;
import nl.wielwijzer.profile.Profile;
import nl.wielwijzer.profile.Sector;
import nl.wielwijzer.profile.SelfLeadershipStrategy;
import nl.wielwijzer.profile.SelfLeadershipTrait;
import nl.wielwijzer.profile.Subject;
import nl.wielwijzer.profile.WorkAbility;
import nl.wielwijzer.rules.Case;
import nl.wielwijzer.rules.Fact;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The profile description and the schema are two statements of one contract: they must name the same fields
 * with the same types and codes, and the description's three walks (read, write, facts) must agree.
 */
class ProfileDescriptionTest {

    private static final List<String> HEAD = List.of("id", "subject", "sector");
    private static final List<ProfileField<Fact>> FIELDS = ProfileDescription.V1.shape().fields();

    /** Every field: known, so that every line of the description is exercised. */
    private static final Profile FULL = Profile.builder("full", Subject.EMPLOYEE, Sector.VVT)
            .gap(ComB.SOCIAL_OPPORTUNITY, 2).gap(ComB.PHYSICAL_CAPABILITY, 0)
            .push("illness", "heavyWork").pull("wantsToLearn")
            .trait(SelfLeadershipTrait.SELF_EFFICACY, 2).strategy(SelfLeadershipStrategy.NATURAL_REWARD, 4)
            .employee(e -> e.age(58).workAbility(WorkAbility.MODERATE).contractHoursPerWeek(18.5)
                    .educationLevel(EducationLevel.LOW).tenureYears(24).limitation(Limitation.PHYSICAL)
                    .placementPhase(PlacementPhase.SETTLING_IN).careerCompetence(CareerCompetence.NETWORKING, 3)
                    .situation("worksShifts"))
            .organisation(o -> o.size(OrganisationSize.SMALL).diPolicy(DiPolicy.STARTING)
                    .diMaturity(DiMaturity.BRONZE).budget(Budget.LOW).motivation(EmployerMotive.INTRINSIC, 4)
                    .urgency(3).factor(OrganisationalFactor.DIALOGUE, 2).offered("vvt-wn-werkvermogensmonitor")
                    .situation("reorganising"))
            .build();

    /** Every property of the schema by dotted path, parents before children. */
    private static Map<String, JsonNode> schemaFields() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Files.readString(Path.of("docs/schema/profile-v1.schema.json")));
        Map<String, JsonNode> out = new LinkedHashMap<>();
        collect("", schema.get("properties"), out);
        return out;
    }

    private static void collect(String prefix, JsonNode properties, Map<String, JsonNode> out) {
        properties.fields().forEachRemaining(e -> {
            String path = prefix + e.getKey();
            out.put(path, e.getValue());
            if (e.getValue().has("properties")) {
                collect(path + ".", e.getValue().get("properties"), out);
            }
        });
    }

    @Test
    void describesEveryFieldOfTheSchemaAndNoOther() throws IOException {
        Map<String, JsonNode> schema = schemaFields();
        List<String> described = new ArrayList<>(HEAD);
        FIELDS.forEach(f -> described.add(f.path()));
        for (String path : described) {
            assertTrue(schema.containsKey(path), path + " is described but not in the schema");
        }
        schema.forEach((path, node) -> {
            boolean leaf = !node.has("properties");
            boolean covered = described.stream().anyMatch(d -> path.equals(d) || path.startsWith(d + "."));
            assertTrue(!leaf || covered, path + " is in the schema but not described");
        });
    }

    @Test
    void typesAndCodesAgreeWithTheSchema() throws IOException {
        Map<String, JsonNode> schema = schemaFields();
        Map<String, Set<String>> scoreKeys = new LinkedHashMap<>();
        for (ProfileField<Fact> field : FIELDS) {
            JsonNode node = schema.get(field.path());
            if (field instanceof ProfileField.One<Fact, ?> one) {
                assertValue(field.path(), one.codec(), node);
            } else if (field instanceof ProfileField.Each<Fact, ?> each) {
                assertList(field.path(), each.codec(), node);
            } else if (field instanceof ProfileField.Value<Fact> value) {
                if (value.list()) {
                    assertList(field.path(), value.codec(), node);
                } else {
                    assertValue(field.path(), value.codec(), node);
                }
            } else if (field instanceof ProfileField.Scores<Fact, ?> scores) {
                assertEquals("object", node.get("type").asText(), field.path());
                for (Coded key : scores.keys()) {
                    scoreKeys.computeIfAbsent(field.path(), k -> new HashSet<>()).add(key.code());
                    String path = field.path() + "." + key.code();
                    assertEquals("integer", schema.get(path).get("type").asText(), path);
                }
            }
        }
        scoreKeys.forEach((path, keys) -> {
            Set<String> inSchema = new HashSet<>();
            schema.get(path).get("properties").fieldNames().forEachRemaining(inSchema::add);
            assertEquals(inSchema, keys, path);
        });
    }

    private static void assertValue(String path, Codec<?> codec, JsonNode node) {
        assertEquals(codec.type(), node.get("type").asText(), path);
        if (!codec.codes().isEmpty()) {
            assertEquals(codec.codes(), texts(node.get("enum")), path);
        }
    }

    private static void assertList(String path, Codec<?> codec, JsonNode node) {
        assertEquals("array", node.get("type").asText(), path);
        assertValue(path + "[]", codec, node.get("items"));
    }

    private static List<String> texts(JsonNode array) {
        assertNotNull(array, "a code field has an enum in the schema");
        List<String> out = new ArrayList<>();
        array.forEach(item -> out.add(item.asText()));
        return out;
    }

    @Test
    void aProfileSurvivesWritingAndReadingAndMeetsTheSchema() {
        JsonNode written = ProfileDescription.V1.shape().write(FULL);
        assertEquals(FULL, ProfileDescription.V1.shape().read(written));
        assertEquals(List.of(), ProfileDescription.V1.reader().check(FULL, p -> List.of()));
    }

    @Test
    void everyKnownFieldMakesFactsAndAnUnknownOneNone() {
        for (ProfileField<Fact> field : FIELDS) {
            if (field instanceof ProfileField.Value) {
                continue;   // v1 has none; NewProfileFieldTest covers them
            }
            List<Fact> facts = new ArrayList<>();
            field.facts(FULL, facts::add);
            assertFalse(facts.isEmpty(), field.path());
            facts.forEach(f -> assertTrue(f.path().startsWith(field.path()), f.path() + " from " + field.path()));
        }
        Profile unknown = Profile.builder("x", Subject.EMPLOYER, Sector.GEMEENTE).build();
        assertEquals(List.of(new Case(Subject.EMPLOYER, Sector.GEMEENTE)), ProfileDescription.V1.facts(unknown));
    }
}
