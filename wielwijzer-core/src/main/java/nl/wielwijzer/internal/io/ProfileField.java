package nl.wielwijzer.internal.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.profile.Profile;

/**
 * One line of a profile description ({@link ProfileShape}): where a field sits in the JSON, how its value
 * gets into a {@link Profile} and back out, and which facts it gives the rules. Reading, writing and fact
 * creation all walk the same lines, so a field cannot be read but forgotten by the writer or the rules.
 *
 * <p>The JSON given to {@link #read} has already passed the schema, which owns types and ranges. The facts
 * are of type {@code F}: this layer reads and writes JSON and does not know the rule model.
 *
 * @param <F> the type of the facts
 */
public sealed interface ProfileField<F> {

    /** The JSON path of the field, e.g. {@code employee.age}; a score group's path is its object's. */
    String path();

    /** Sets the field from its JSON value. */
    void read(JsonNode value, Profile.Builder into);

    /** The JSON value of the field, or null when the profile does not know it. */
    JsonNode write(Profile profile);

    /** The facts the field gives the rules: one per known value, none for an unknown one. */
    void facts(Profile profile, Consumer<? super F> out);

    /**
     * How one JSON value becomes a Java value and back.
     *
     * @param type  the JSON Schema type of the value ({@code integer}, {@code number}, {@code string})
     * @param codes the values a code may take, in order; empty for numbers and free text
     */
    record Codec<V>(String type, List<String> codes, Function<JsonNode, V> read, Function<V, JsonNode> write) {
        public static final Codec<Integer> INTEGER = new Codec<>("integer", List.of(), JsonNode::asInt, IntNode::valueOf);
        public static final Codec<Double> NUMBER = new Codec<>("number", List.of(), JsonNode::asDouble, DoubleNode::valueOf);
        public static final Codec<String> TEXT = new Codec<>("string", List.of(), JsonNode::asText, TextNode::valueOf);

        /** A code of a Wielwijzer enum, such as {@code "moderate"} for {@code WorkAbility.MODERATE}. */
        public static <E extends Enum<E> & Coded> Codec<E> code(Class<E> type) {
            List<String> codes = Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
            return new Codec<>("string", codes, node -> Coded.parse(type, node.asText()).orElseThrow(),
                    e -> TextNode.valueOf(e.code()));
        }
    }

    /** Sets one score of a score group on a builder, e.g. {@code Profile.Builder::gap}. */
    @FunctionalInterface
    interface ScoreSetter<K> {
        void set(Profile.Builder builder, K key, int score);
    }

    /** Makes the fact of one value of a field without a fact of its own: path, value, position or -1. */
    @FunctionalInterface
    interface ValueFact<F> {
        F of(String path, Object value, int index);
    }

    /** A single value with an accessor and a fact of its own; {@code get} returns null when it is unknown. */
    static <F, V> ProfileField<F> one(String path, Codec<V> codec, Function<Profile, V> get,
                                      BiConsumer<Profile.Builder, V> set, Function<V, ? extends F> fact) {
        return new One<>(path, codec, get, set, fact);
    }

    /** A list; each item gives a fact, told its position. */
    static <F, V> ProfileField<F> each(String path, Codec<V> codec, Function<Profile, ? extends Collection<V>> get,
                                       BiConsumer<Profile.Builder, V> add, BiFunction<V, Integer, ? extends F> fact) {
        return new Each<>(path, codec, get, add, fact);
    }

    /** Scores 1-5 or 0-3 keyed by the codes of an enum; two groups may share one JSON object. */
    static <F, K extends Enum<K> & Coded> ProfileField<F> scores(String path, Class<K> keys,
                                                                 Function<Profile, Map<K, Integer>> get,
                                                                 ScoreSetter<K> set,
                                                                 BiFunction<K, Integer, ? extends F> fact) {
        return new Scores<>(path, List.of(keys.getEnumConstants()), get, set, fact);
    }

    /**
     * A field without an accessor or a fact of its own, kept in {@link Profile#values()} under its path: how a
     * new field starts, with one line and no new Java type.
     */
    static <F> ProfileField<F> value(String path, Codec<?> codec, ValueFact<? extends F> fact) {
        return new Value<>(path, codec, false, fact);
    }

    /** A list of texts without an accessor or a fact of its own; each item gives a fact. */
    static <F> ProfileField<F> texts(String path, ValueFact<? extends F> fact) {
        return new Value<>(path, Codec.TEXT, true, fact);
    }

    record One<F, V>(String path, Codec<V> codec, Function<Profile, V> get, BiConsumer<Profile.Builder, V> set,
                     Function<V, ? extends F> fact) implements ProfileField<F> {

        @Override
        public void read(JsonNode value, Profile.Builder into) {
            set.accept(into, codec.read().apply(value));
        }

        @Override
        public JsonNode write(Profile profile) {
            V v = get.apply(profile);
            return v == null ? null : codec.write().apply(v);
        }

        @Override
        public void facts(Profile profile, Consumer<? super F> out) {
            V v = get.apply(profile);
            if (v != null) {
                out.accept(fact.apply(v));
            }
        }
    }

    record Each<F, V>(String path, Codec<V> codec, Function<Profile, ? extends Collection<V>> get,
                      BiConsumer<Profile.Builder, V> add, BiFunction<V, Integer, ? extends F> fact)
            implements ProfileField<F> {

        @Override
        public void read(JsonNode value, Profile.Builder into) {
            value.forEach(item -> add.accept(into, codec.read().apply(item)));
        }

        @Override
        public JsonNode write(Profile profile) {
            Collection<V> items = get.apply(profile);
            if (items.isEmpty()) {
                return null;
            }
            ArrayNode array = JsonNodeFactory.instance.arrayNode(items.size());
            items.forEach(item -> array.add(codec.write().apply(item)));
            return array;
        }

        @Override
        public void facts(Profile profile, Consumer<? super F> out) {
            int i = 0;
            for (V item : get.apply(profile)) {
                out.accept(fact.apply(item, i++));
            }
        }
    }

    /** {@code keys}: the enum's constants in order, read once ({@code Class.getEnumConstants} copies them each time). */
    record Scores<F, K extends Enum<K> & Coded>(String path, List<K> keys, Function<Profile, Map<K, Integer>> get,
                                                ScoreSetter<K> set, BiFunction<K, Integer, ? extends F> fact)
            implements ProfileField<F> {

        /** Reads only this group's keys: {@code selfLeadership} holds the trait and the strategy scores. */
        @Override
        public void read(JsonNode value, Profile.Builder into) {
            for (K key : keys) {
                JsonNode score = value.get(key.code());
                if (score != null) {
                    set.set(into, key, score.asInt());
                }
            }
        }

        @Override
        public JsonNode write(Profile profile) {
            Map<K, Integer> scores = get.apply(profile);
            if (scores.isEmpty()) {
                return null;
            }
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            forEachScore(scores, (k, v) -> object.put(k.code(), v));
            return object;
        }

        @Override
        public void facts(Profile profile, Consumer<? super F> out) {
            forEachScore(get.apply(profile), (k, v) -> out.accept(fact.apply(k, v)));
        }

        /**
         * Each score in the order of its keys, which is the order of the profile's {@code EnumMap}: without the entry
         * objects an {@code EnumMap}'s {@code forEach} makes for every score (every call writes and reads them).
         */
        private void forEachScore(Map<K, Integer> scores, BiConsumer<K, Integer> action) {
            if (scores.isEmpty()) {
                return;
            }
            for (int i = 0, n = keys.size(); i < n; i++) {
                K key = keys.get(i);
                Integer score = scores.get(key);
                if (score != null) {
                    action.accept(key, score);
                }
            }
        }
    }

    record Value<F>(String path, Codec<?> codec, boolean list, ValueFact<? extends F> fact) implements ProfileField<F> {

        @Override
        public void read(JsonNode value, Profile.Builder into) {
            if (list) {
                List<Object> items = new ArrayList<>();
                value.forEach(item -> items.add(codec.read().apply(item)));
                into.value(path, items);
            } else {
                into.value(path, codec.read().apply(value));
            }
        }

        /** Written as the Java value is, not as the codec says: a value of the wrong kind is the schema's to report. */
        @Override
        public JsonNode write(Profile profile) {
            return profile.value(path).map(ProfileField::json).orElse(null);
        }

        @Override
        public void facts(Profile profile, Consumer<? super F> out) {
            profile.value(path).ifPresent(v -> {
                if (v instanceof List<?> items) {
                    for (int i = 0; i < items.size(); i++) {
                        out.accept(fact.of(path, items.get(i), i));
                    }
                } else {
                    out.accept(fact.of(path, v, -1));
                }
            });
        }
    }

    /** The JSON of a value {@link Profile#values()} may hold. */
    static JsonNode json(Object value) {
        if (value instanceof List<?> items) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            items.forEach(item -> array.add((String) item));
            return array;
        }
        if (value instanceof Integer i) {
            return IntNode.valueOf(i);
        }
        if (value instanceof Double d) {
            return DoubleNode.valueOf(d);
        }
        return TextNode.valueOf((String) value);
    }
}
