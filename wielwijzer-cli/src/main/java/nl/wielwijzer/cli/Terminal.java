package nl.wielwijzer.cli;

/**
 * Text from profiles, rule files and catalogues reaches the terminal only through here: control characters
 * (an escape sequence can clear the screen or rewrite what was shown) and the bidirectional overrides that can
 * make text read differently from what it is are written as visible {@code \}u escapes. Line breaks and tabs
 * stay.
 */
final class Terminal {

    private Terminal() {
    }

    /** A writer that passes everything through {@link #safe(String)}; for standard output and error. */
    static java.io.PrintWriter writer(java.io.PrintWriter target) {
        return new java.io.PrintWriter(new java.io.FilterWriter(target) {
            @Override
            public void write(int c) throws java.io.IOException {
                out.write(safe(String.valueOf((char) c)));
            }

            @Override
            public void write(char[] chars, int off, int len) throws java.io.IOException {
                out.write(safe(new String(chars, off, len)));
            }

            @Override
            public void write(String text, int off, int len) throws java.io.IOException {
                out.write(safe(text.substring(off, off + len)));
            }
        }, true);
    }

    static String safe(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || (c >= 0x7F && c <= 0x9F)
                    || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
            if (control && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (control) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
