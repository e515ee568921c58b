package nl.wielwijzer.bcw;

import java.util.Locale;

/** The two languages every explanation is written in. */
public enum Language {
    /** Dutch, the language of the seeds and of most users. */
    NL,
    /** English. */
    EN;

    /**
     * The language for a code.
     *
     * @param code {@code nl} or {@code en}, in any case
     * @return the language
     * @throws IllegalArgumentException for any other code
     */
    public static Language parse(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /**
     * A score or points as this language writes them: a whole number as such ({@code 12}), otherwise with its one
     * decimal, a comma in Dutch ({@code 4,3}) and a point in English ({@code 4.3}). Scores are exact to a tenth of a
     * point, so one decimal loses nothing.
     *
     * @param points a score or points, exact to a tenth
     * @return the number as text
     */
    public String points(double points) {
        long tenths = Math.round(points * 10);
        if (tenths % 10 == 0) {
            return Long.toString(tenths / 10);
        }
        String sign = tenths < 0 ? "-" : "";
        long abs = Math.abs(tenths);
        return sign + (abs / 10) + (this == NL ? "," : ".") + (abs % 10);
    }
}
