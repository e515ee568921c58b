package nl.wielwijzer.rules;

import java.math.BigDecimal;

/** Small helpers for fact values. */
final class Facts {

    private Facts() {
    }

    /** A number without a needless ".0": 16 rather than 16.0, 16.5 as it is. */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
