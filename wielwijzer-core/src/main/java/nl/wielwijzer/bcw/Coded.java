package nl.wielwijzer.bcw;

import java.util.Arrays;
import java.util.Optional;

/**
 * A value with a stable wire code (the camelCase string used in JSON, YAML and scenario files) and labels
 * in Dutch and English. Every enum of the vocabulary implements it so that parsing, error messages and
 * reports treat them alike.
 */
public interface Coded {

    /**
     * The code and the two labels.
     *
     * @return the wire code with its Dutch and English labels
     */
    Labels labels();

    /**
     * The code as it appears on the wire, e.g. {@code environmentalRestructuring}.
     *
     * @return the camelCase wire code
     */
    default String code() {
        return labels().code();
    }

    /**
     * The label in the given language.
     *
     * @param language Dutch or English
     * @return the label, e.g. {@code aanpassen van de omgeving} or {@code environmental restructuring}
     */
    default String label(Language language) {
        return language == Language.NL ? labels().nl() : labels().en();
    }

    /**
     * Finds the constant of {@code type} whose code is {@code code}.
     *
     * @param <E>  the enum type
     * @param type the enum class, e.g. {@code InterventionFunction.class}
     * @param code a wire code, e.g. {@code persuasion}
     * @return the constant, or empty when no constant has this code
     */
    static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
    }

    /**
     * All codes of {@code type}, in declaration order, for "expected one of" messages.
     *
     * @param <E>  the enum type
     * @param type the enum class
     * @return the codes separated by commas
     */
    static <E extends Enum<E> & Coded> String codesOf(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Coded::code).toList());
    }

    /** A wire code with its Dutch and English labels. */
    record Labels(String code, String nl, String en) {
    }
}
