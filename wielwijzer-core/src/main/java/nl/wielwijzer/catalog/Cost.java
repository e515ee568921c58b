package nl.wielwijzer.catalog;

import nl.wielwijzer.bcw.Coded;

/** What an instrument costs the user, as far as the seed says. */
public enum Cost implements Coded {
    FREE("free", "gratis", "free"),
    DISCOUNT("discount", "met korting", "at a discount"),
    SUBSIDISED("subsidised", "gesubsidieerd", "subsidised"),
    PAID("paid", "betaald", "paid"),
    UNKNOWN("unknown", "onbekend", "unknown");

    private final Labels labels;

    Cost(String code, String nl, String en) {
        this.labels = new Labels(code, nl, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
