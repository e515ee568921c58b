package nl.wielwijzer.internal.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.wielwijzer.internal.io.LocatedTree;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.result.Citation;

/** Reads {@code sources} lists from catalogue, vocabulary and scenario files, and checks them against the seeds. */
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
            int[] lines = Citation.parseLines(source.get("lines").asText()).orElse(new int[] {0, 0});
            out.add(new Citation(source.get("seed").asText(), lines[0], lines[1], source.get("quote").asText()));
        }
        return out;
    }

    /** One problem per citation that does not hold, located at its {@code quote}, {@code lines} or {@code seed}. */
    public static List<Problem> check(LocatedTree tree, String listPath, List<Citation> citations, SeedLibrary seeds) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < citations.size(); i++) {
            Citation citation = citations.get(i);
            Optional<SeedLibrary.Mismatch> mismatch = seeds.check(citation);
            if (mismatch.isPresent()) {
                String path = LocatedTree.child(LocatedTree.index(listPath, i), mismatch.get().field());
                problems.add(tree.problem(path, mismatch.get().message()).withHint(mismatch.get().hint()));
            }
        }
        return problems;
    }
}
