package nl.wielwijzer.internal.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the value of a rule's metadata, as Drools hands it over: one string with its quotes already taken off
 * ({@code @nl("...")}), or the raw text of several comma-separated strings
 * ({@code @source("002_….txt", "83-85", "te dwingen door middel van wet- en regelgeving")}).
 */
final class MetadataValues {

    private MetadataValues() {
    }

    /** The strings in a raw list of quoted strings; empty when the text is not such a list. */
    static Optional<List<String>> strings(String raw) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = raw.length();
        while (true) {
            while (i < n && Character.isWhitespace(raw.charAt(i))) {
                i++;
            }
            if (i >= n || raw.charAt(i) != '"') {
                return Optional.empty();
            }
            StringBuilder value = new StringBuilder();
            i++;
            while (i < n && raw.charAt(i) != '"') {
                char c = raw.charAt(i);
                if (c == '\\' && i + 1 < n) {
                    i++;
                    c = raw.charAt(i);
                }
                value.append(c);
                i++;
            }
            if (i >= n) {
                return Optional.empty();
            }
            i++;
            out.add(value.toString());
            while (i < n && Character.isWhitespace(raw.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return Optional.of(out);
            }
            if (raw.charAt(i) != ',') {
                return Optional.empty();
            }
            i++;
        }
    }

    /** A single string value: unquoted already, or quoted once more. */
    static String single(Object value) {
        String text = String.valueOf(value).strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return strings(text).filter(l -> l.size() == 1).map(l -> l.get(0)).orElse(text);
        }
        return text;
    }
}
