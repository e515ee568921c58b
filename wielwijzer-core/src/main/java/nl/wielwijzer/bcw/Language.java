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
}
