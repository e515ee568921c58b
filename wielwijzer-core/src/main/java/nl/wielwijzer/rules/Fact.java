package nl.wielwijzer.rules;

/**
 * A fact in working memory that a rule can match. Every fact can say where it came from, so that an
 * explanation names the profile facts a rule fired on: {@code comB.reflectiveMotivation = 3}.
 */
public interface Fact {

    /** The JSON path of the profile field the fact comes from, or a name for derived facts. */
    String path();

    /** The value as it appears in the profile. */
    String value();

    /** {@code path = value}, as explanations show it. */
    default String describe() {
        return path() + " = " + value();
    }
}
