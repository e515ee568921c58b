package nl.wielwijzer.internal.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.result.Choice;
import nl.wielwijzer.result.Exclusion;
import nl.wielwijzer.result.Explanation;
import nl.wielwijzer.result.RankedCategory;
import nl.wielwijzer.result.RankedFunction;
import nl.wielwijzer.result.RankedInstrument;
import nl.wielwijzer.result.Recommendation;

/**
 * Writes a {@link Recommendation} in the wire contract v1, which the server still serves at {@code /v1/recommendations}
 * during the transition to v2 (docs/result.md, "From v1 to v2"). Field order is fixed and the output uses "\n" line
 * ends and two-space indents on every platform, so the same result is the same bytes everywhere.
 */
public final class ResultJsonV1 {

    /** The version of the result contract written here. */
    public static final String CONTRACT = "wielwijzer/result/v1";

    private static final JsonNodeFactory NODES = Json.NODES;

    private ResultJsonV1() {
    }

    /** The result as pretty-printed JSON text, ending with a line break. */
    public static String write(Recommendation r) {
        return Json.text(tree(r));
    }

    /** The result on one line (a line of JSON Lines, without the line break): the same fields, no spacing. */
    public static String line(Recommendation r) {
        return Json.line(tree(r));
    }

    public static ObjectNode tree(Recommendation r) {
        ObjectNode root = NODES.objectNode();
        root.put("contract", CONTRACT);
        root.put("profileId", r.profileId());
        ArrayNode functions = root.putArray("interventionFunctions");
        for (RankedFunction f : r.interventionFunctions()) {
            ObjectNode node = functions.addObject();
            node.put("function", f.function().code());
            node.put("rank", f.rank());
            node.put("score", whole(f.score()));
            node.set("explanations", explanations(f.explanations()));
        }
        ArrayNode categories = root.putArray("policyCategories");
        for (RankedCategory c : r.policyCategories()) {
            ObjectNode node = categories.addObject();
            node.put("category", c.category().code());
            node.put("rank", c.rank());
            node.put("score", whole(c.score()));
            node.set("explanations", explanations(c.explanations()));
        }
        ArrayNode instruments = root.putArray("instruments");
        for (RankedInstrument i : r.instruments()) {
            ObjectNode node = instruments.addObject();
            node.put("id", i.id());
            node.put("name", i.name());
            node.put("nameEn", i.nameEn());
            node.put("rank", i.rank());
            node.put("score", whole(i.score()));
            // the v1 contract knows new and makeBetterUse only: an example to copy is new to this organisation
            node.put("status", i.status() == nl.wielwijzer.result.RankedInstrument.Status.EXAMPLE_TO_COPY
                    ? nl.wielwijzer.result.RankedInstrument.Status.NEW.code() : i.status().code());
            node.put("evidence", i.evidence().code());
            ArrayNode fs = node.putArray("functions");
            i.functions().forEach(fn -> fs.add(fn.code()));
            node.set("explanations", explanations(i.explanations()));
        }
        choice(root, "route", r.route());
        choice(root, "phase", r.phase());
        ArrayNode excluded = root.putArray("excluded");
        for (Exclusion e : r.excluded()) {
            ObjectNode node = excluded.addObject();
            node.put("kind", e.kind().code());
            node.put("code", e.code());
            node.set("explanations", explanations(e.explanations()));
        }
        return root;
    }

    private static void choice(ObjectNode root, String field, Choice<? extends Coded> choice) {
        if (choice == null) {
            root.putNull(field);
            return;
        }
        ObjectNode node = root.putObject(field);
        node.put("code", choice.value().code());
        node.put("score", whole(choice.score()));
        node.set("explanations", explanations(choice.explanations()));
    }

    /**
     * v1 promised whole-number scores; since 0.2 scores are exact to a tenth of a point (evidence weighs), so v1
     * rounds them half up. The ranks, which v1 also carries, are the exact order.
     */
    private static long whole(double score) {
        return Math.round(score);
    }

    private static ArrayNode explanations(List<Explanation> explanations) {
        ArrayNode array = NODES.arrayNode();
        for (Explanation x : explanations) {
            ObjectNode node = array.addObject();
            node.put("rule", x.rule());
            node.put("file", x.file());
            node.put("line", x.line());
            node.put("effect", x.effect().code());
            node.put("points", x.points());
            node.put("nl", x.nl());
            node.put("en", x.en());
            ArrayNode facts = node.putArray("facts");
            x.facts().forEach(facts::add);
            node.set("sources", Json.citations(x.sources()));
            if (!x.references().isEmpty()) {
                ArrayNode refs = node.putArray("references");
                x.references().forEach(refs::add);
            }
            if (!x.trace().isEmpty()) {
                node.set("trace", explanations(x.trace()));
            }
        }
        return array;
    }
}
