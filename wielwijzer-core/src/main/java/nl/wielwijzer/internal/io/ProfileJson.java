package nl.wielwijzer.internal.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Map;
import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.profile.EmployeeContext;
import nl.wielwijzer.profile.OrganisationContext;
import nl.wielwijzer.profile.Profile;

/**
 * Writes a profile in the wire format. A profile built in Java is checked by writing it and validating the
 * result against the same schema JSON input meets, so both ways in obey one contract.
 */
public final class ProfileJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ProfileJson() {
    }

    public static ObjectNode write(Profile p) {
        ObjectNode root = NODES.objectNode();
        root.put("id", p.id());
        root.put("subject", p.subject().code());
        root.put("sector", p.sector().code());
        scores(root, "comB", p.comB());
        strings(root, "pushFactors", p.pushFactors());
        strings(root, "pullFactors", p.pullFactors());
        ObjectNode selfLeadership = NODES.objectNode();
        p.traits().forEach((k, v) -> selfLeadership.put(k.code(), v));
        p.strategies().forEach((k, v) -> selfLeadership.put(k.code(), v));
        if (!selfLeadership.isEmpty()) {
            root.set("selfLeadership", selfLeadership);
        }
        ObjectNode employee = employee(p.employee());
        if (!employee.isEmpty()) {
            root.set("employee", employee);
        }
        ObjectNode organisation = organisation(p.organisation());
        if (!organisation.isEmpty()) {
            root.set("organisation", organisation);
        }
        return root;
    }

    private static ObjectNode employee(EmployeeContext e) {
        ObjectNode node = NODES.objectNode();
        if (e.age() != null) {
            node.put("age", e.age());
        }
        code(node, "workAbility", e.workAbility());
        if (e.contractHoursPerWeek() != null) {
            node.put("contractHoursPerWeek", e.contractHoursPerWeek());
        }
        code(node, "educationLevel", e.educationLevel());
        if (e.tenureYears() != null) {
            node.put("tenureYears", e.tenureYears());
        }
        codes(node, "limitations", e.limitations());
        code(node, "placementPhase", e.placementPhase());
        scores(node, "careerCompetences", e.careerCompetences());
        strings(node, "situations", e.situations());
        return node;
    }

    private static ObjectNode organisation(OrganisationContext o) {
        ObjectNode node = NODES.objectNode();
        code(node, "size", o.size());
        code(node, "diPolicy", o.diPolicy());
        code(node, "diMaturity", o.diMaturity());
        code(node, "budget", o.budget());
        scores(node, "motivation", o.motivation());
        if (o.urgency() != null) {
            node.put("urgency", o.urgency());
        }
        scores(node, "factors", o.factors());
        strings(node, "offered", o.offered());
        strings(node, "situations", o.situations());
        return node;
    }

    private static void code(ObjectNode node, String field, Coded value) {
        if (value != null) {
            node.put(field, value.code());
        }
    }

    private static void codes(ObjectNode node, String field, Collection<? extends Coded> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(field);
            values.forEach(v -> array.add(v.code()));
        }
    }

    private static <K extends Coded> void scores(ObjectNode node, String field, Map<K, Integer> values) {
        if (!values.isEmpty()) {
            ObjectNode object = node.putObject(field);
            values.forEach((k, v) -> object.put(k.code(), v));
        }
    }

    private static void strings(ObjectNode node, String field, Collection<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(field);
            values.forEach(array::add);
        }
    }
}
