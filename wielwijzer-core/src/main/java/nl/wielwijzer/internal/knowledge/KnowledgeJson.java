package nl.wielwijzer.internal.knowledge;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.catalog.Instrument;
import nl.wielwijzer.internal.io.Json;

/**
 * The rule and catalogue listings as JSON, with a fixed field order: what {@code wielwijzer rules} and
 * {@code wielwijzer catalog} print and what the server answers on {@code /v1/rules} and {@code /v1/catalog}.
 */
public final class KnowledgeJson {

    private static final JsonNodeFactory NODES = Json.NODES;

    private KnowledgeJson() {
    }

    public static ArrayNode rules(List<RuleInfo> rules) {
        ArrayNode array = NODES.arrayNode();
        for (RuleInfo rule : rules) {
            ObjectNode node = array.addObject();
            node.put("name", rule.name());
            node.put("file", rule.file());
            node.put("line", rule.line());
            node.put("nl", rule.nl());
            node.put("en", rule.en());
            node.put("effect", rule.effect());
            if (rule.note() != null) {
                node.put("effectNote", rule.note());
            }
            ArrayNode scope = node.putArray("scope");
            rule.scopeCodes().forEach(scope::add);
            if (rule.generalises() != null) {
                node.put("generalises", rule.generalises());
            }
            if (rule.apease() != null) {
                node.put("apease", rule.apease().code());
            }
            node.set("sources", Json.citations(rule.sources()));
            ArrayNode refs = node.putArray("references");
            rule.references().forEach(refs::add);
        }
        return array;
    }

    /**
     * The links of {@code rules/bct.yaml}, functions first, in the file's order: each with its file and line, the
     * function or instrument, the BCT's number and labels, and its basis (with the seed passage for a seed link).
     */
    public static ArrayNode techniques(TechniqueBook book) {
        ArrayNode array = NODES.arrayNode();
        for (TechniqueBook.Entry entry : book.entries()) {
            ObjectNode node = array.addObject();
            node.put("file", entry.file());
            node.put("line", entry.line());
            node.put("kind", entry.kind().code());
            node.put("target", entry.target());
            node.put("bct", entry.technique().number());
            node.put("en", entry.technique().en());
            node.put("nl", entry.technique().nl());
            node.put("basis", entry.technique().basis().code());
            if (entry.technique().source() != null) {
                node.set("source", Json.citations(List.of(entry.technique().source())).get(0));
            }
        }
        return array;
    }

    public static ObjectNode catalog(Catalog catalog) {
        ObjectNode root = NODES.objectNode();
        root.put("count", catalog.size());
        ArrayNode array = root.putArray("instruments");
        for (Instrument i : catalog.instruments()) {
            ObjectNode node = array.addObject();
            node.put("id", i.id());
            node.put("name", i.name());
            putIfSet(node, "label", i.label());
            putIfSet(node, "qualifier", i.qualifier());
            node.put("nameEn", i.nameEn());
            node.put("description", i.description());
            putIfSet(node, "descriptionNl", i.descriptionNl());
            putIfSet(node, "provider", i.provider());
            codes(node, "audience", i.audience());
            codes(node, "sectors", i.sectors());
            bases(node, "functions", i.functions());
            bases(node, "components", i.components());
            codes(node, "outcomes", i.outcomes());
            codes(node, "routes", i.routes());
            codes(node, "phases", i.phases());
            codes(node, "workAbility", i.workAbility());
            if (i.ageMin() != null) {
                node.put("ageMin", i.ageMin());
            }
            if (i.ageMax() != null) {
                node.put("ageMax", i.ageMax());
            }
            codes(node, "placementPhases", i.placementPhases());
            if (i.targetGroup() != null) {
                node.put("targetGroup", i.targetGroup().code());
            }
            putIfSet(node, "format", i.format());
            putIfSet(node, "duration", i.duration());
            node.put("cost", i.cost().code());
            putIfSet(node, "costNote", i.costNote());
            putIfSet(node, "costNoteNl", i.costNoteNl());
            node.put("evidence", i.evidence().code());
            putIfSet(node, "evidenceNote", i.evidenceNote());
            node.set("sources", Json.citations(i.sources()));
            node.put("file", i.file());
            node.put("line", i.line());
        }
        return root;
    }

    private static void putIfSet(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static void codes(ObjectNode node, String field, Collection<? extends Coded> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(field);
            values.forEach(v -> array.add(v.code()));
        }
    }

    private static void bases(ObjectNode node, String field, Map<? extends Coded, ? extends Coded> values) {
        if (!values.isEmpty()) {
            ObjectNode object = node.putObject(field);
            values.forEach((k, v) -> object.put(k.code(), v.code()));
        }
    }
}
