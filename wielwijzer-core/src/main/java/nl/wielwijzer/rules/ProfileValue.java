package nl.wielwijzer.rules;

/**
 * A profile value that has no fact of its own: the fact of every field described only in the profile
 * description, so that adding a profile field needs no new fact type. Match it by its JSON path:
 * {@code ProfileValue( field == "employee.sleepHours", number < 6 )} or
 * {@code ProfileValue( field == "employee.shiftWork", text == "night" )}. A list gives one fact per item.
 *
 * @param field  the JSON path of the field, without an index ({@code employee.shiftWork})
 * @param text   the value as the profile gives it (a number as written, 16 rather than 16.0)
 * @param number the value when the field is a number; otherwise NaN, for which no comparison holds
 * @param index  the position in a list, or -1 for a single value
 */
public record ProfileValue(String field, String text, double number, int index) implements Fact {

    /** A number field. */
    public static ProfileValue of(String field, double number) {
        return new ProfileValue(field, Facts.number(number), number, -1);
    }

    /** A text field, or one item ({@code index >= 0}) of a list of texts. */
    public static ProfileValue of(String field, String text, int index) {
        return new ProfileValue(field, text, Double.NaN, index);
    }

    @Override
    public String path() {
        return index < 0 ? field : field + "[" + index + "]";
    }

    @Override
    public String value() {
        return text;
    }
}
