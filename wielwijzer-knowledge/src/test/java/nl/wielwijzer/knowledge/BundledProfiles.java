package nl.wielwijzer.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.internal.io.SourceFile;
import nl.wielwijzer.internal.io.SourceFiles;
import nl.wielwijzer.problem.InvalidProfileException;
import nl.wielwijzer.profile.Profile;
import nl.wielwijzer.scenario.Scenario;
import nl.wielwijzer.scenario.ScenarioLoader;

/** Every profile the project bundles (the examples and every scenario's profile), for tests that run them all. */
final class BundledProfiles {

    private BundledProfiles() {
    }

    /** The profiles, in file order, by a name that says where each came from. */
    static Map<String, Profile> all(Recommender recommender) throws IOException, InvalidProfileException {
        Map<String, Profile> profiles = new LinkedHashMap<>();
        for (SourceFile example : SourceFiles.directory(Path.of("examples"), ".json", "examples")) {
            profiles.put(example.name(), recommender.readProfile(example.name(), example.text()));
        }
        List<SourceFile> files = SourceFiles.directory(Path.of("rules/scenarios"), ".yaml", "rules/scenarios");
        ScenarioLoader.Loaded loaded = new ScenarioLoader(recommender, ScenarioLoader.Resolver.files()).load(files);
        assertEquals(List.of(), loaded.problems());
        for (Scenario s : loaded.scenarios()) {
            profiles.put(s.file() + ":" + s.line() + " " + s.name(), s.profile());
        }
        return profiles;
    }
}
