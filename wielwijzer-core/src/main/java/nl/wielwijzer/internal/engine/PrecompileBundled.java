package nl.wielwijzer.internal.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.wielwijzer.internal.knowledge.Knowledge;
import nl.wielwijzer.internal.knowledge.Precompiled;
import nl.wielwijzer.internal.knowledge.ProfileDescription;
import nl.wielwijzer.problem.InvalidKnowledgeException;

/**
 * The knowledge module's build step ({@code wielwijzer-knowledge/pom.xml}): compiles the bundled rules and
 * catalogue with every check a user's folder gets, tries the set out on every bundled example under the default
 * bounds, and writes it as {@link Precompiled} into the module's classes, so that start-up loads it instead of
 * compiling DRL. Fails the build (exit status 1) on any problem.
 */
public final class PrecompileBundled {

    private PrecompileBundled() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: PrecompileBundled TARGET-FILE");
            System.exit(2);
        }
        Knowledge knowledge;
        try {
            knowledge = Precompiled.compileBundled();
        } catch (InvalidKnowledgeException e) {
            System.err.println("The bundled rules and catalogue have problems:\n" + e.getMessage());
            System.exit(1);
            return;
        }
        Engine engine = new Engine(knowledge.rules(), knowledge.wheel(), knowledge.catalog(), knowledge.vocabulary(), knowledge.techniques(), knowledge.fit(), 10, ProfileDescription.V1, Bounds.DEFAULT,
                Engine.Threading.WORKER); // the try-out that lets the bundled set run on a caller's thread
        List<String> failures = new ArrayList<>();
        Precompiled.bundledExamples(knowledge).forEach((name, profile) -> {
            try {
                engine.run(profile);
            } catch (RuntimeException e) {
                failures.add(name + ": " + e.getMessage());
            }
        });
        if (!failures.isEmpty()) {
            System.err.println("The bundled rules fail on a bundled example:\n" + String.join("\n", failures));
            System.exit(1);
        }
        Path target = Path.of(args[0]);
        Precompiled.write(knowledge, target);
        System.out.println("Precompiled " + knowledge.rules().rules().size() + " bundled rules into " + target);
    }
}
