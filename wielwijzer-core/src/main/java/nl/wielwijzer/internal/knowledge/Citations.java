package nl.wielwijzer.internal.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.wielwijzer.internal.io.LocatedTree;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.result.Citation;

/**
 * Reads {@code sources} lists (and single {@code source} objects) from catalogue, vocabulary, technique, fit-table and
 * scenario files, and checks them against the seeds.
 */
public final class Citations {

    private Citations() {
    }

    /** Reads a schema-valid list of {@code {seed, lines, quote}} objects. */
    public static List<Citation> read(JsonNode array) {
        List<Citation> out = new ArrayList<>();
        if (array == null) {
            return out;
        }
        for (JsonNode source : array) {
            out.add(readOne(source));
        }
        return out;
    }

    /** Reads one schema-valid {@code {seed, lines, quote}} object. */
    public static Citation readOne(JsonNode source) {
        int[] lines = Citation.parseLines(source.get("lines").asText()).orElse(new int[] {0, 0});
        return new Citation(source.get("seed").asText(), lines[0], lines[1], source.get("quote").asText());
    }

    /** The problem of a citation at {@code path} that does not hold, located at its quote, lines or seed. */
    public static Optional<Problem> checkOne(LocatedTree tree, String path, Citation citation, SeedLibrary seeds) {
        return seeds.check(citation).map(mismatch -> tree.problem(LocatedTree.child(path, mismatch.field()),
                mismatch.message()).withHint(mismatch.hint()));
    }

    /** One problem per citation that does not hold, located at its {@code quote}, {@code lines} or {@code seed}. */
    public static List<Problem> check(LocatedTree tree, String listPath, List<Citation> citations, SeedLibrary seeds) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < citations.size(); i++) {
            checkOne(tree, LocatedTree.index(listPath, i), citations.get(i), seeds).ifPresent(problems::add);
        }
        return problems;
    }
}
