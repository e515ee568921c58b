package nl.wielwijzer.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import nl.wielwijzer.internal.io.Json;
import nl.wielwijzer.problem.Problem;

/**
 * Error responses as {@code application/problem+json} (RFC 9457). The problem types are URIs under
 * {@value #TYPE_BASE}; {@code errors} lists one entry per thing wrong, each naming its place in the request:
 * {@code pointer} (a JSON Pointer into the body, as a URI fragment) and {@code field} (the same place as the
 * library writes it, e.g. {@code comB.reflectiveMotivation}), or {@code parameter} for a query parameter.
 */
final class ProblemJson {

    static final String CONTENT_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://wielwijzer.nl/problems/";

    /** One kind of problem: its type slug, HTTP status and title. */
    enum Kind {
        INVALID_PROFILE("invalid-profile", 400, "The profile is not valid"),
        INVALID_PARAMETER("invalid-parameter", 400, "A query parameter is not valid"),
        UNAUTHORIZED("unauthorized", 401, "This needs the admin token"),
        ORIGIN_NOT_ALLOWED("origin-not-allowed", 403, "This origin may not call the API from a browser"),
        NOT_FOUND("not-found", 404, "There is nothing here"),
        METHOD_NOT_ALLOWED("method-not-allowed", 405, "This method is not allowed here"),
        BODY_TOO_LARGE("body-too-large", 413, "The request body is too large"),
        UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Send the profile as application/json"),
        INVALID_KNOWLEDGE("invalid-knowledge", 422, "The rules or catalogue cannot be loaded"),
        INTERNAL("internal", 500, "Something went wrong that should not"),
        NOT_READY("not-ready", 503, "The knowledge base is still being built"),
        BUSY("busy", 503, "The server is busy"),
        TIME_BUDGET_EXCEEDED("time-budget-exceeded", 503, "The recommendation took longer than the time budget"),
        STOPPING("stopping", 503, "The server is shutting down");

        final String slug;
        final int status;
        final String title;

        Kind(String slug, int status, String title) {
            this.slug = slug;
            this.status = status;
            this.title = title;
        }

        String type() {
            return TYPE_BASE + slug;
        }
    }

    private ProblemJson() {
    }

    static ObjectNode of(Kind kind, String detail, String instance) {
        ObjectNode node = Json.NODES.objectNode();
        node.put("type", kind.type());
        node.put("title", kind.title);
        node.put("status", kind.status);
        node.put("detail", detail);
        node.put("instance", instance);
        return node;
    }

    /** A problem document for a list of library problems (profile or knowledge), one entry each. */
    static ObjectNode of(Kind kind, String summary, String instance, List<Problem> problems) {
        ObjectNode node = of(kind, summary, instance);
        ArrayNode errors = node.putArray("errors");
        for (Problem p : problems) {
            ObjectNode e = errors.addObject();
            e.put("detail", p.message());
            if (p.field() != null && !p.field().isEmpty()) {
                e.put("field", p.field());
            }
            if (kind == Kind.INVALID_PROFILE) {
                e.put("pointer", pointer(p.field()));
            }
            if (p.file() != null) {
                e.put("file", p.file());
            }
            if (p.line() > 0) {
                e.put("line", p.line());
                if (p.column() > 0) {
                    e.put("column", p.column());
                }
            }
            if (p.hint() != null && !p.hint().isBlank()) {
                e.put("hint", p.hint());
            }
        }
        return node;
    }

    /** A problem with one query parameter. */
    static ObjectNode parameter(String name, String detail, String instance) {
        ObjectNode node = of(Kind.INVALID_PARAMETER, name + ": " + detail, instance);
        ObjectNode e = node.putArray("errors").addObject();
        e.put("detail", detail);
        e.put("parameter", name);
        return node;
    }

    /**
     * The library's field path as a JSON Pointer fragment (RFC 6901): {@code pushFactors[1]} becomes
     * {@code #/pushFactors/1}, no field (the document as a whole) becomes {@code #}.
     */
    static String pointer(String field) {
        if (field == null || field.isEmpty()) {
            return "#";
        }
        StringBuilder out = new StringBuilder("#");
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '.' || c == '[' || c == ']') {
                if (token.length() > 0) {
                    out.append('/').append(escape(token.toString()));
                    token.setLength(0);
                }
            } else {
                token.append(c);
            }
        }
        if (token.length() > 0) {
            out.append('/').append(escape(token.toString()));
        }
        return out.toString();
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
