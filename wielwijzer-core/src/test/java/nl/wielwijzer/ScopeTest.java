package nl.wielwijzer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.wielwijzer.internal.knowledge.RuleInfo;
import nl.wielwijzer.profile.Profile;
import nl.wielwijzer.profile.Sector;
import nl.wielwijzer.profile.Subject;
import nl.wielwijzer.result.Step;
import nl.wielwijzer.result.Trace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every finding stays in its own sector (issue 9 item 2): no rule fires for a profile of a sector its
 * {@code @scope} excludes, whatever the profile and subject, and the scope is enforced by the engine, not by the
 * rule's condition.
 */
class ScopeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** The bundled examples and every inline scenario profile: both subjects, many situations. */
    private static List<ObjectNode> profiles() throws IOException {
        List<ObjectNode> out = new ArrayList<>();
        for (String example : Bundled.examplePaths()) {
            out.add((ObjectNode) JSON.readTree(Bundled.file(example)));
        }
        try (Stream<Path> files = Files.list(Path.of("rules/scenarios"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode root = YAML.readTree(p.toFile());
                for (JsonNode scenario : root.path("scenarios")) {
                    if (scenario.get("profile") instanceof ObjectNode profile) {
                        out.add(profile);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void noFiredRuleHasAScopeThatExcludesTheProfilesSector() throws Exception {
        Recommender recommender = Bundled.recommender();
        Map<String, RuleInfo> rules = recommender.knowledge().rules().rules();
        List<ObjectNode> profiles = profiles();
        assertTrue(profiles.size() > 100, "profiles: " + profiles.size());
        int checked = 0;
        int[] subjects = new int[Subject.values().length];
        List<String> leaks = new ArrayList<>();
        for (ObjectNode original : profiles) {
            for (Sector sector : Sector.values()) {
                ObjectNode profile = original.deepCopy();
                profile.put("sector", sector.code());
                Profile read = recommender.readProfile("scope-test", JSON.writeValueAsString(profile));
                subjects[read.subject().ordinal()]++;
                Trace trace = recommender.trace(read);
                for (Step step : trace.steps()) {
                    RuleInfo rule = rules.get(step.rule());
                    if (!rule.appliesTo(sector)) {
                        leaks.add(step.rule() + " (" + rule.scopeCodes() + ") fired for " + profile.path("id").asText()
                                + " in " + sector.code());
                    }
                }
                checked++;
            }
        }
        for (Subject subject : Subject.values()) {
            assertTrue(subjects[subject.ordinal()] > 0, "profiles of subject " + subject.code());
        }
        assertTrue(checked >= 300, "profiles checked: " + checked);
        assertEquals(List.of(), leaks);
    }

    @Test
    void everySeedRuleDeclaresItsScope() {
        for (RuleInfo rule : Bundled.recommender().knowledge().rules().rules().values()) {
            if (rule.file().contains("seed-")) {
                assertFalse(rule.scopeCodes().isEmpty(), rule.name());
                if (!rule.scope().isEmpty() && rule.generalises() != null) {
                    // a rule that names sectors and says why it generalises must reach beyond one sector
                    assertTrue(rule.scope().size() > 1, rule.name() + " generalises but holds in one sector");
                }
            }
        }
    }

    /** A copy of the bundled rules in which one rule that fires for the VVT example is scoped to municipalities. */
    @Test
    void aRuleScopedToMunicipalitiesDoesNotFireForAVvtProfile(@TempDir Path dir) throws Exception {
        String example = Bundled.file("examples/vvt-employee.json");
        Recommender bundled = Bundled.recommender();
        Map<String, RuleInfo> rules = bundled.knowledge().rules().rules();
        RuleInfo planted = bundled.trace(bundled.readProfile("vvt", example)).steps().stream()
                .map(s -> rules.get(s.rule()))
                .filter(r -> r.file().contains("seed-") && r.scope().isEmpty())
                .findFirst().orElseThrow();
        Path copy = Bundled.copyRules(dir);
        Path file = copy.resolve(Path.of(planted.file()).getFileName());
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        int at = planted.line(); // the line after 'rule "…"' (1-based line of the rule, so index = line)
        assertTrue(lines.get(at).strip().startsWith("@scope("), lines.get(at));
        lines.set(at, "    @scope(\"gemeente\")");
        Files.write(file, lines);
        Recommender recommender = Recommender.builder().rules(copy).build();

        ObjectNode profile = (ObjectNode) JSON.readTree(example);
        Trace vvt = recommender.trace(recommender.readProfile("vvt", JSON.writeValueAsString(profile)));
        assertTrue(vvt.steps().stream().noneMatch(s -> s.rule().equals(planted.name())), planted.name());
        profile.put("sector", "gemeente");
        Trace gemeente = recommender.trace(recommender.readProfile("gemeente", JSON.writeValueAsString(profile)));
        assertTrue(gemeente.steps().stream().anyMatch(s -> s.rule().equals(planted.name())), planted.name());
        assertEquals(List.of("gemeente"), recommender.knowledge().rules().rules().get(planted.name()).scopeCodes());
    }
}
