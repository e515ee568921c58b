package nl.wielwijzer.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Optional;

/**
 * The two query parameters of {@code POST /v1/recommendations}: {@code lang} keeps the explanation texts of
 * one language ({@code nl} or {@code en}; both by default), {@code explain} sets how much of the explanation
 * comes along ({@code full}, the default: everything; {@code summary}: no trace of the diagnoses behind a
 * rule; {@code none}: empty explanation lists). Rankings, scores and codes never change.
 */
record ResultView(Optional<String> lang, String explain) {

    static final String FULL = "full";
    static final String SUMMARY = "summary";
    static final String NONE = "none";

    /** Thrown for a parameter value that is not allowed. */
    static final class BadParameter extends Exception {
        final String name;

        BadParameter(String name, String message) {
            super(message, null, false, false);
            this.name = name;
        }
    }

    static ResultView parse(String langParam, String explainParam) throws BadParameter {
        Optional<String> lang = Optional.empty();
        if (langParam != null) {
            String l = langParam.strip().toLowerCase(Locale.ROOT);
            if (!l.equals("nl") && !l.equals("en")) {
                throw new BadParameter("lang", "\"" + langParam + "\" is not one of nl, en");
            }
            lang = Optional.of(l);
        }
        String explain = FULL;
        if (explainParam != null) {
            explain = explainParam.strip().toLowerCase(Locale.ROOT);
            if (!explain.equals(FULL) && !explain.equals(SUMMARY) && !explain.equals(NONE)) {
                throw new BadParameter("explain", "\"" + explainParam + "\" is not one of full, summary, none");
            }
        }
        return new ResultView(lang, explain);
    }

    /** The {@code explain} level of {@code /v2/recommendations}: summary, standard (the default) or full. */
    static nl.wielwijzer.result.Explain level(String explainParam) throws BadParameter {
        if (explainParam == null) {
            return nl.wielwijzer.result.Explain.STANDARD;
        }
        String code = explainParam.strip().toLowerCase(Locale.ROOT);
        for (nl.wielwijzer.result.Explain e : nl.wielwijzer.result.Explain.values()) {
            if (e.code().equals(code)) {
                return e;
            }
        }
        throw new BadParameter("explain", "\"" + explainParam + "\" is not one of summary, standard, full");
    }

    /** Applies the view to a result tree (wire contract v1), in place. */
    ObjectNode apply(ObjectNode result) {
        if (lang.isEmpty() && explain.equals(FULL)) {
            return result;
        }
        visit(result);
        return result;
    }

    private void visit(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode explanations = object.get("explanations");
            if (explanations instanceof ArrayNode array) {
                if (explain.equals(NONE)) {
                    array.removeAll();
                } else {
                    array.forEach(this::explanation);
                }
            }
            object.forEach(child -> {
                if (child != explanations) {
                    visit(child);
                }
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(this::visit);
        }
    }

    private void explanation(JsonNode node) {
        if (!(node instanceof ObjectNode x)) {
            return;
        }
        lang.ifPresent(l -> x.remove(l.equals("nl") ? "en" : "nl"));
        if (explain.equals(SUMMARY)) {
            x.remove("trace");
        } else if (x.get("trace") instanceof ArrayNode trace) {
            trace.forEach(this::explanation);
        }
    }
}
