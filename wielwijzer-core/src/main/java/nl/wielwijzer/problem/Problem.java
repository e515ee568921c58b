package nl.wielwijzer.problem;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with an input: a profile, a rule file, a catalogue entry, a vocabulary entry or a scenario.
 * It says where (file, line, column, field) and what, in a plain sentence, with a hint where one helps.
 *
 * <p>{@code file} is {@code null} for input that did not come from a file, such as a profile posted as JSON;
 * {@code line} and {@code column} are 0 when unknown; {@code field} is the path of the field inside the file,
 * e.g. {@code comB.reflectiveMotivation} or {@code instruments[3].sources[0].quote}, or {@code null} when the
 * problem concerns the file as a whole.
 *
 * @param file    the file, or null for input that did not come from a file
 * @param line    the 1-based line, or 0 when unknown
 * @param column  the 1-based column, or 0 when unknown
 * @param field   the path of the field inside the input, or null for the input as a whole
 * @param message what is wrong, in a plain sentence
 * @param hint    how to put it right, or null
 */
public record Problem(String file, int line, int column, String field, String message, String hint) {

    /** Orders problems by file, then position, so reports read top to bottom. */
    public static final Comparator<Problem> IN_FILE_ORDER = Comparator
            .comparing((Problem p) -> Objects.requireNonNullElse(p.file(), ""))
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(p -> Objects.requireNonNullElse(p.field(), ""))
            .thenComparing(Problem::message);

    /**
     * Creates one, checking that its required components are there.
     *
     * @param file the file, or null for input that did not come from a file
     * @param line the 1-based line, or 0 when unknown
     * @param column the 1-based column, or 0 when unknown
     * @param field the path of the field inside the input, or null for the input as a whole
     * @param message what is wrong, in a plain sentence
     * @param hint how to put it right, or null
     */
    public Problem {
        Objects.requireNonNull(message, "message");
    }

    /**
     * A problem at a field of an input that has no file name.
     *
     * @param field   the path of the field, e.g. {@code comB.reflectiveMotivation}
     * @param message what is wrong
     * @return the problem, without position or hint
     */
    public static Problem at(String field, String message) {
        return new Problem(null, 0, 0, field, message, null);
    }

    /**
     * The same problem with another hint.
     *
     * @param newHint how to put it right, or null
     * @return a copy with the new hint
     */
    public Problem withHint(String newHint) {
        return new Problem(file, line, column, field, message, newHint);
    }

    /**
     * The field and the message, the form the profile contract promises.
     *
     * @return {@code field: message}, e.g. {@code comB.x: 7 is above the maximum 3}, or the message alone
     */
    public String fieldMessage() {
        return field == null || field.isEmpty() ? message : field + ": " + message;
    }

    /** The whole problem on one or two lines: {@code file:line:column: field: message} and the hint. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        if (file != null) {
            out.append(file);
            if (line > 0) {
                out.append(':').append(line);
                if (column > 0) {
                    out.append(':').append(column);
                }
            }
            out.append(": ");
        } else if (line > 0) {
            out.append("line ").append(line);
            if (column > 0) {
                out.append(", column ").append(column);
            }
            out.append(": ");
        }
        out.append(fieldMessage());
        if (hint != null && !hint.isBlank()) {
            out.append(System.lineSeparator()).append("  hint: ").append(hint);
        }
        return out.toString();
    }
}
