package nl.wielwijzer.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wielwijzer.bcw.ComB;
import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.bcw.PolicyCategory;
import nl.wielwijzer.internal.io.Json;
import nl.wielwijzer.result.EvidenceLevel;
import nl.wielwijzer.result.Phase;
import nl.wielwijzer.result.Route;
import nl.wielwijzer.server.ProblemJson.Kind;

/**
 * The self-scan page and its files, the OpenAPI description and the two contract schemas, read once from the
 * jar. Nothing is fetched from anywhere else: the page loads no external script, style or font, and its
 * Content-Security-Policy forbids it to.
 */
final class WebAssets {

    /** The page may load only what this server serves, and may call only this server. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    static final List<String> SCHEMAS = List.of("profile-v1.schema.json", "result-v1.schema.json", "result-v2.schema.json");

    private record Asset(String contentType, byte[] bytes) {
    }

    private final Map<String, Asset> page = new HashMap<>();
    private final Map<String, Asset> schemas = new HashMap<>();
    private final Asset openApi;

    private WebAssets() {
        page.put("index.html", new Asset("text/html; charset=utf-8", resource("web/index.html")));
        page.put("selfscan.js", new Asset("text/javascript; charset=utf-8", resource("web/selfscan.js")));
        page.put("selfscan.css", new Asset("text/css; charset=utf-8", resource("web/selfscan.css")));
        page.put("favicon.svg", new Asset("image/svg+xml", resource("web/favicon.svg")));
        page.put("questions.json", new Asset("application/json", resource("web/questions.json")));
        page.put("labels.json", new Asset("application/json", labels().getBytes(StandardCharsets.UTF_8)));
        openApi = new Asset("application/json", resource("openapi.json"));
        for (String name : SCHEMAS) {
            schemas.put(name, new Asset("application/schema+json", absolute("META-INF/wielwijzer/schema/" + name)));
        }
    }

    static WebAssets load() {
        return new WebAssets();
    }

    void page(Context ctx, String name) {
        serve(ctx, page.get(name));
        if (name.equals("index.html")) {
            ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
    }

    void openApi(Context ctx) {
        serve(ctx, openApi);
    }

    void schema(Context ctx, String name) {
        serve(ctx, schemas.get(name));
    }

    private static void serve(Context ctx, Asset asset) {
        if (asset == null) {
            WielwijzerServer.problem(ctx, ProblemJson.of(Kind.NOT_FOUND, "no file " + ctx.path(), ctx.path()));
            return;
        }
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType(asset.contentType()).result(asset.bytes());
    }

    /** The labels the page shows for the codes of a result, in both languages, straight from the library. */
    static String labels() {
        ObjectNode root = Json.NODES.objectNode();
        put(root, "functions", InterventionFunction.values());
        put(root, "categories", PolicyCategory.values());
        put(root, "comB", ComB.values());
        put(root, "routes", Route.values());
        put(root, "phases", Phase.values());
        put(root, "evidence", EvidenceLevel.values());
        return Json.text(root);
    }

    private static void put(ObjectNode root, String field, Coded[] values) {
        ObjectNode node = root.putObject(field);
        for (Coded value : values) {
            ObjectNode label = node.putObject(value.code());
            label.put("nl", value.labels().nl());
            label.put("en", value.labels().en());
        }
    }

    private static byte[] resource(String name) {
        return absolute("nl/wielwijzer/server/" + name);
    }

    private static byte[] absolute(String name) {
        try (InputStream in = WebAssets.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + name + " is missing from the jar; rebuild it");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
