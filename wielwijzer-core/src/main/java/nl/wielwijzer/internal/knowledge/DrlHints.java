package nl.wielwijzer.internal.knowledge;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wielwijzer.catalog.Instrument;
import nl.wielwijzer.internal.io.Suggest;
import nl.wielwijzer.rules.Advice;
import nl.wielwijzer.rules.Fact;

/**
 * Turns Drools' compiler messages into sentences a policy designer can act on: which fact has no such field
 * (and which fields it has), which value is not a known constant, which action {@code advice} does not have.
 */
final class DrlHints {

    /** The fact types rules may match, by simple name. */
    static final Map<String, Class<?>> FACTS = facts();

    /** The enums rules may name, by simple name. */
    static final Map<String, Class<?>> ENUMS = enums();

    private static final Pattern NO_FIELD = Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern NO_TYPE = Pattern.compile("Unable to resolve ObjectType '(\\w+)'");
    private static final Pattern NOT_A_FIELD = Pattern.compile("(\\w+) cannot be resolved or is not a field");
    private static final Pattern NOT_RESOLVED = Pattern.compile("(\\w+) cannot be resolved(?: to a variable)?");
    private static final Pattern NO_METHOD = Pattern.compile("The method (\\w+)\\(([^)]*)\\) is undefined for the type (\\w+)");
    private static final Pattern NOT_APPLICABLE = Pattern.compile("The method (\\w+)\\(([^)]*)\\) in the type (\\w+) is not applicable for the arguments \\(([^)]*)\\)");
    private static final Pattern BAD_IMPORT = Pattern.compile("Error importing : '([\\w.]+?)(\\.\\*)?'");
    private static final Pattern MISMATCHED = Pattern.compile("mismatched input '([^']*)'");
    private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at input '([^']*)'");
    private static final Pattern EXTRANEOUS = Pattern.compile("extraneous input '([^']*)'");

    private DrlHints() {
    }

    /** A sentence for the message and, where one helps, the word to look for in the file. */
    record Reading(String message, String hint, String needle) {
    }

    static Reading read(String drools) {
        String first = firstLine(drools);
        Matcher m;
        if ((m = BAD_IMPORT.matcher(drools)).find()) {
            return importHint(m.group(1));
        }
        if ((m = NO_FIELD.matcher(drools)).find()) {
            String type = simple(m.group(1));
            String field = m.group(2);
            if (type.equals("List") || type.equals("Object")) {
                return listHint(type, field);
            }
            List<String> fields = fieldsOf(FACTS.get(type));
            String near = Suggest.closest(field, fields);
            return new Reading(type + " has no field '" + field + "'",
                    (near != null ? "did you mean '" + near + "'? " : "") + "the fields of " + type + " are: "
                            + String.join(", ", fields), field);
        }
        if ((m = NO_TYPE.matcher(drools)).find()) {
            String type = m.group(1);
            String near = Suggest.closest(type, FACTS.keySet());
            return new Reading("there is no fact type '" + type + "'",
                    (near != null ? "did you mean " + near + "? " : "") + "the fact types are: "
                            + String.join(", ", FACTS.keySet()) + " (see docs/rule-authoring.md)", type);
        }
        if ((m = NO_METHOD.matcher(drools)).find() && "Advice".equals(m.group(3))) {
            List<String> actions = actionsOfAdvice();
            String near = Suggest.closest(m.group(1), actions);
            return new Reading("advice has no action '" + m.group(1) + "'",
                    (near != null ? "did you mean " + near + "? " : "") + "the actions are: " + String.join(", ", actions),
                    m.group(1));
        }
        if ((m = NOT_APPLICABLE.matcher(drools)).find() && "Advice".equals(m.group(3))) {
            return new Reading("advice." + m.group(1) + " cannot take (" + m.group(4) + ")",
                    "functions, categories, routes and phases take (CONSTANT, points), e.g. advice.favour(TRAINING, 2); "
                            + "instruments take the bound instrument, e.g. advice.favour($i, 2), or catalogue ids after the "
                            + "points, e.g. advice.favour(2, \"id\") or advice.makeBetterUse(2, $id); points are whole numbers 1 to "
                            + Advice.MAX_POINTS, m.group(1));
        }
        if ((m = NOT_A_FIELD.matcher(drools)).find() || (m = NOT_RESOLVED.matcher(drools)).find()) {
            String word = m.group(1);
            return new Reading("'" + word + "' is not a known name", constantHint(word), word);
        }
        if ((m = MISMATCHED.matcher(drools)).find() || (m = NO_VIABLE.matcher(drools)).find()
                || (m = EXTRANEOUS.matcher(drools)).find()) {
            return new Reading("the rule cannot be read at '" + m.group(1) + "'",
                    "look just before this point for a bracket or a quote that is not closed, a missing comma "
                            + "between conditions, or a missing 'when', 'then' or 'end'", null);
        }
        Matcher detail = Pattern.compile("\\[Error: ([^\\]]*)\\]").matcher(drools);
        String message = detail.find() ? first.replaceAll(":$", "") + " (" + detail.group(1).strip() + ")" : first;
        return new Reading(message, "compare the rule with a working one in the same file; docs/rule-authoring.md "
                + "lists the facts, fields and actions", null);
    }

    /**
     * A collected list is typed (it has {@code size} and {@code isEmpty()}), its items are not: a condition on them
     * belongs inside {@code collect}.
     */
    private static Reading listHint(String type, String field) {
        String inside = "a condition on the items goes inside collect( … ), e.g. "
                + "List( size >= 2 ) from collect( Strategy( score <= 2 ) )";
        return type.equals("List")
                ? new Reading("a collected list has no field '" + field + "'",
                        "a list has size and isEmpty(); " + inside, field)
                : new Reading("an item of a collected list has no field '" + field + "' in a condition",
                        "the items of a list have no type there; " + inside, field);
    }

    /** Release 0.2 moved the wheel's vocabulary out of the profile package; old rule files name the old place. */
    private static Reading importHint(String imported) {
        String type = simple(imported);
        Class<?> known = ENUMS.getOrDefault(type, FACTS.get(type));
        String hint = known != null
                ? type + " is now " + known.getName() + " (moved in release 0.2); import that instead"
                : "check the spelling; docs/rule-authoring.md shows the imports a rule file starts with";
        return new Reading("the import '" + imported + "' names nothing that exists", hint, imported);
    }

    private static String constantHint(String word) {
        List<String> known = new ArrayList<>();
        for (Map.Entry<String, Class<?>> e : ENUMS.entrySet()) {
            for (Object constant : e.getValue().getEnumConstants()) {
                known.add(((Enum<?>) constant).name());
            }
        }
        String near = Suggest.closest(word, known);
        if (near != null) {
            return "did you mean " + near + "? constants are written in capitals, like TRAINING or ComB.SOCIAL_OPPORTUNITY";
        }
        return "in conditions write constants with their type (ComB.SOCIAL_OPPORTUNITY); in actions, functions, "
                + "categories, routes and phases can be written alone (TRAINING); bound facts start with $";
    }

    static List<String> fieldsOf(Class<?> type) {
        List<String> fields = new ArrayList<>();
        if (type == null) {
            return fields;
        }
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                fields.add(c.getName());
            }
        }
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() == 0 && Modifier.isPublic(method.getModifiers())
                    && method.getName().startsWith("is") && method.getName().length() > 2
                    && method.getReturnType() == boolean.class) {
                String name = method.getName().substring(2);
                fields.add(name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1));
            } else if (method.getName().equals("getCode")) {
                fields.add("code");
            }
        }
        return fields.stream().distinct().sorted().toList();
    }

    private static List<String> actionsOfAdvice() {
        return Arrays.stream(Advice.class.getMethods())
                .filter(m -> m.getDeclaringClass() == Advice.class)
                .map(Method::getName).distinct().sorted().toList();
    }

    private static String simple(String qualified) {
        String s = qualified.substring(qualified.lastIndexOf('.') + 1);
        return s.substring(s.lastIndexOf('$') + 1);
    }

    private static String firstLine(String text) {
        String t = text.strip();
        int cut = t.indexOf('\n');
        return cut < 0 ? t : t.substring(0, cut).strip();
    }

    /** The {@link Fact} types (the compiler keeps that list complete) and the catalogue's instruments. */
    private static Map<String, Class<?>> facts() {
        Map<String, Class<?>> m = new TreeMap<>();
        for (Class<?> c : Fact.class.getPermittedSubclasses()) {
            m.put(c.getSimpleName(), c);
        }
        m.put(Instrument.class.getSimpleName(), Instrument.class);
        return m;
    }

    /** The enums a fact's field can hold or an advice action takes: the constants a rule can name. */
    private static Map<String, Class<?>> enums() {
        Map<String, Class<?>> m = new TreeMap<>();
        for (Class<?> fact : FACTS.values()) {
            if (fact.isRecord()) {
                for (RecordComponent c : fact.getRecordComponents()) {
                    addEnums(c.getGenericType(), m);
                }
            }
        }
        for (Method action : Advice.class.getMethods()) {
            for (Type parameter : action.getGenericParameterTypes()) {
                addEnums(parameter, m);
            }
        }
        return m;
    }

    /** An enum, or the enums among a generic type's arguments ({@code Map<InterventionFunction, Basis>}). */
    private static void addEnums(Type type, Map<String, Class<?>> into) {
        if (type instanceof Class<?> c && c.isEnum()) {
            into.put(c.getSimpleName(), c);
        } else if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                addEnums(argument, into);
            }
        }
    }
}
