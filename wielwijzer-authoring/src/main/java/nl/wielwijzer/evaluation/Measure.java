package nl.wielwijzer.evaluation;

/**
 * The agreement measures, each between 0 (no agreement) and 1 (full agreement), per case; docs/quality.md
 * explains them. A measure a case has nothing to check for (an empty mustInclude or mustNot list) is left out
 * of that case's figures and of the averages.
 */
public enum Measure {
    /** The share of the three expected functions among the three best-ranked ones (0, 1/3, 2/3 or 1). */
    TOP3("top3", "top-3 functions, overlap"),
    /** 1 when the three best-ranked functions are exactly the expected three, in any order. */
    TOP3_EXACT("top3Exact", "top-3 functions, exact set"),
    /** The share of mustInclude instruments among the returned ones (with the status, where one is expected). */
    MUST_INCLUDE("mustInclude", "must include, found"),
    /** The share of mustNot entries respected: a function not in the top three, an instrument not returned. */
    MUST_NOT("mustNot", "must not, respected"),
    /** 1 for the expected route (or none where none is expected), 0.5 for an acceptable one, else 0. */
    ROUTE("route", "route"),
    /** 1 for the expected phase (or none where none is expected), 0.5 for an acceptable one, else 0. */
    PHASE("phase", "phase"),
    /** The case's agreement: the mean of top3, mustInclude, mustNot, route and phase that apply. */
    AGREEMENT("agreement", "agreement (mean)"),
    /**
     * The mean of top3, mustInclude and mustNot that apply: what both Wielwijzer and the baseline answer, so
     * that the comparison does not rest on route and phase, which the baseline cannot choose.
     */
    SHARED("shared", "agreement on functions and instruments (mean)");

    public final String code;
    public final String label;

    Measure(String code, String label) {
        this.code = code;
        this.label = label;
    }
}
