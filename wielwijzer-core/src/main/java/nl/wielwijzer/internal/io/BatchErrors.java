package nl.wielwijzer.internal.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import nl.wielwijzer.problem.Problem;

/**
 * The line batch scoring writes for a profile that fails:
 * {@code {"line":N,"error":{"kind":K,"message":M,"problems":[{"field":…,"message":…,"hint":…}]}}}. It starts
 * with {@code {"line":}, so a reader tells it from a result (which starts with {@code {"contract":}) at once.
 */
public final class BatchErrors {

    /** How every error line starts. */
    public static final String PREFIX = "{\"line\":";

    private BatchErrors() {
    }

    public static String line(long line, String kind, String message, List<Problem> problems) {
        ObjectNode root = Json.NODES.objectNode();
        root.put("line", line);
        ObjectNode error = root.putObject("error");
        error.put("kind", kind);
        error.put("message", message);
        ArrayNode list = error.putArray("problems");
        for (Problem p : problems) {
            ObjectNode node = list.addObject();
            if (p.file() != null) {
                node.put("file", p.file());
                node.put("line", p.line());
            }
            if (p.field() != null) {
                node.put("field", p.field());
            }
            node.put("message", p.message());
            if (p.hint() != null) {
                node.put("hint", p.hint());
            }
        }
        return Json.line(root);
    }
}
