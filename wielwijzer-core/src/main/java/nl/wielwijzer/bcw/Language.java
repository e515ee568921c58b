package nl.wielwijzer.bcw;

import java.util.Locale;

/** The two languages every explanation is written in. */
public enum Language {
    NL, EN;

    public static Language parse(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
