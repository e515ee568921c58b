package nl.wielwijzer.internal.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.bcw.Language;
import nl.wielwijzer.result.Choice;
import nl.wielwijzer.result.Citation;
import nl.wielwijzer.result.Delivery;
import nl.wielwijzer.result.Effect;
import nl.wielwijzer.result.ApeaseCriterion;
import nl.wielwijzer.result.Exclusion;
import nl.wielwijzer.result.Explain;
import nl.wielwijzer.result.Explanation;
import nl.wielwijzer.result.FindingEvidence;
import nl.wielwijzer.result.RankedCategory;
import nl.wielwijzer.result.RankedFunction;
import nl.wielwijzer.result.RankedInstrument;
import nl.wielwijzer.result.Recommendation;
import nl.wielwijzer.result.Step;
import nl.wielwijzer.result.Summary;
import nl.wielwijzer.result.Technique;

/**
 * Writes a {@link Recommendation} in the wire contract v2 (docs/result.md): the summary first, then the ranked
 * lists, whose entries name the explanation steps behind them by id ({@code because}), then the tables those ids
 * point into: explanations, the facts they fired on, the rules (with their sources as {@code seed:lines}), the seed
 * files, the behaviour change techniques and the BCIO ids. Each row appears once however many entries it backs;
 * instruments carry their card once and the summary names them by id. Ids are numbered in order of first use, so
 * the same result is the same bytes. Field order is fixed; "\n" line ends and two-space indents on every platform.
 */
public final class ResultJson {

    /** The version of the result contract written here. */
    public static final String CONTRACT = "wielwijzer/result/v2";

    /** The levels of a table row and below that stay on one line. */
    private static final int PRETTY_DEPTH = 2;

    /** The wire code of an unknown cost (catalogue {@code Cost.UNKNOWN}; IO does not depend on the catalogue). */
    private static final String UNKNOWN_COST = "unknown";

    /**
     * The rule files of the generic matching rules, summed as {@code matching} below the full level: the instrument
     * rules, and the function-category cells, which are explained at their table ({@code bcw-wheel.yaml}; only
     * those cells ever speak for a category) or, in a folder without the table, in their own file.
     */
    private static final List<String> GENERIC_FILES = List.of("instruments.drl", "instrument-fit.yaml", "bcw-policy.drt", "bcw-wheel.yaml");

    /** The files a COM-B matrix cell is explained at: the table, or in a folder without one, its own file. */
    private static final List<String> MATRIX_FILES = List.of("bcw-wheel.yaml", "bcw-matrix.drt", "bcw-matrix.drl");

    private ResultJson() {
    }

    /** {@code rules/seed-002-wn-groups.drl:45} as {@code seed-002-wn-groups.drl:45}: a rule directory is flat. */
    static String shortLocation(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static boolean generic(Explanation x) {
        return endsWithAny(x.file(), GENERIC_FILES);
    }

    private static boolean diagnosis(Explanation x) {
        return x.effect() == Effect.FAVOUR && endsWithAny(x.file(), MATRIX_FILES);
    }

    /** A loop, not a stream: it runs for every explanation of every entry. */
    private static boolean endsWithAny(String file, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            if (file.endsWith(names.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The result at the standard level, in both languages, as text ending with a line break. */
    public static String write(Recommendation r) {
        return write(r, Explain.STANDARD, null, List.of());
    }

    /**
     * The result as text ending with a line break.
     *
     * @param lang  the one language of the texts, or null for both
     * @param steps every step the rules took (a trace); written at {@link Explain#FULL} only
     */
    public static String write(Recommendation r, Explain explain, Language lang, List<Step> steps) {
        return Json.shallow(PRETTY_DEPTH, g -> new Writer(g, explain, lang).write(r, steps));
    }

    /** The result at the standard level on one line (a line of JSON Lines, without the line break). */
    public static String line(Recommendation r) {
        return line(r, Explain.STANDARD, null, List.of());
    }

    /**
     * The result on one line (a line of JSON Lines, without the line break), otherwise as {@link #write(Recommendation,
     * Explain, Language, List)} writes it.
     */
    public static String line(Recommendation r, Explain explain, Language lang, List<Step> steps) {
        return Json.compact(g -> new Writer(g, explain, lang).write(r, steps));
    }

    /** {@code x12}, {@code f3}, {@code r7}: the ids of one document, the first few thousand made once. */
    private static final class Ids {
        private static final int CACHED = 4096;
        private final String prefix;
        private final String[] made = new String[CACHED];

        Ids(String prefix) {
            this.prefix = prefix;
        }

        /** The id numbered {@code n}, from 1. Filled as met: a String is safe to share without locking. */
        String of(int n) {
            if (n >= CACHED) {
                return prefix + n;
            }
            String id = made[n];
            if (id == null) {
                id = prefix + n;
                made[n] = id;
            }
            return id;
        }
    }

    private static final Ids EXPLANATION_IDS = new Ids("x");
    private static final Ids FACT_IDS = new Ids("f");
    private static final Ids RULE_IDS = new Ids("r");

    /**
     * What makes two explanations one row of the table: the rule and where it stands, what it did with how many
     * points, and the facts it fired on (at {@code full} also how many steps led to it). Texts and sources come
     * with the rule, so they need not be compared. {@code after} is -1 below {@code full}.
     */
    private record ExplanationKey(String rule, String file, int line, Effect effect, int points, double counted,
                                  List<String> facts, int after) {
    }

    /** A row of the explanations table, complete once made (its nested rows come after it). */
    private static final class ExplanationRow {
        final String rule;
        final Effect effect;
        final int points;
        final double counted;
        final String[] facts;
        List<String> after;

        ExplanationRow(String rule, Effect effect, int points, double counted, String[] facts) {
            this.rule = rule;
            this.effect = effect;
            this.points = points;
            this.counted = counted;
            this.facts = facts;
        }
    }

    /** The fields of a rule row, in the order a row may gain them. */
    private enum RuleField { NAME, AT, SOURCES, APEASE, EVIDENCE, NL, EN, REFERENCES, QUOTES }

    /**
     * A row of the rules table. A rule first met as a bare step of a trace gains its sources and texts later, and
     * its APEASE criterion and evidence when an explanation names them: each field is written where it was first
     * set, as it was when the table was a tree, so a later field comes after the earlier ones.
     */
    private static final class RuleRow {
        private final RuleField[] order = new RuleField[RuleField.values().length];
        private int fields;
        int id;
        /** The rule's name and place, which tell rows apart; {@code next} is another rule of the same name. */
        final String name;
        final String file;
        final int line;
        RuleRow next;
        List<Citation> sources = List.of();
        Coded.Labels apease;
        Coded.Labels evidence;
        String nl;
        String en;
        List<String> references;

        RuleRow(String name, String file, int line) {
            this.name = name;
            this.file = file;
            this.line = line;
        }

        void set(RuleField field) {
            for (int i = 0; i < fields; i++) {
                if (order[i] == field) {
                    return;
                }
            }
            order[fields++] = field;
        }
    }

    /** One document: the ids handed out so far and the tables they point into, written after the lists. */
    private static final class Writer {
        private final JsonGenerator g;
        private final boolean full;
        private final Language lang;
        private final Explain explain;
        private final Map<ExplanationKey, String> explanationIds = new HashMap<>(256);
        private final List<ExplanationRow> explanations = new ArrayList<>();
        private final Map<String, String> facts = new LinkedHashMap<>(256);
        /** The rules by name; rows of one name are chained (the cell rules of one table row share its place). */
        private final Map<String, RuleRow> ruleIds = new HashMap<>(256);
        private final List<RuleRow> rules = new ArrayList<>();
        /** Seed number to seed file, in order of first citation (a handful per document: a list is enough). */
        private final List<String[]> seeds = new ArrayList<>(8);
        private final Map<String, Technique> techniques = new LinkedHashMap<>();
        /** Where a place or passage is composed before it is written. */
        private char[] scratch = new char[128];
        /** The ids of one entry's reasons, gathered before the sum that is written first. */
        private final List<String> ids = new ArrayList<>();

        Writer(JsonGenerator g, Explain explain, Language lang) {
            this.g = g;
            this.explain = explain;
            this.full = explain == Explain.FULL;
            this.lang = lang;
        }

        void write(Recommendation r, List<Step> steps) throws IOException {
            g.writeStartObject();
            g.writeStringField("contract", CONTRACT);
            g.writeStringField("profileId", r.profileId());
            g.writeStringField("explain", explain.code());
            if (lang != null) {
                g.writeStringField("language", lang == Language.NL ? "nl" : "en");
            }
            if (!r.notices().isEmpty()) { // at every level: what the caller should fix in the profile
                g.writeArrayFieldStart("notices");
                for (Coded.Labels n : r.notices()) {
                    labels(n, "field");
                }
                g.writeEndArray();
            }
            g.writeFieldName("summary");
            summary(r.summary());
            if (explain == Explain.SUMMARY) {
                g.writeEndObject();
                return;
            }
            g.writeArrayFieldStart("interventionFunctions");
            for (RankedFunction f : r.interventionFunctions()) {
                g.writeStartObject();
                g.writeStringField("function", f.function().code());
                g.writeNumberField("rank", f.rank());
                score("score", f.score());
                reasons("diagnosis", f.explanations(), ResultJson::diagnosis);
                techniques(f.techniques());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("policyCategories");
            for (RankedCategory c : r.policyCategories()) {
                g.writeStartObject();
                g.writeStringField("category", c.category().code());
                g.writeNumberField("rank", c.rank());
                score("score", c.score());
                reasons("matching", c.explanations(), ResultJson::generic);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("instruments");
            for (RankedInstrument i : r.instruments()) {
                g.writeStartObject();
                g.writeStringField("id", i.id());
                g.writeNumberField("rank", i.rank());
                if (i.card() != null) {
                    card(i.card());
                }
                score("score", i.score());
                g.writeStringField("status", i.status().code());
                g.writeStringField("fit", i.fit().code());
                g.writeArrayFieldStart("functions");
                for (var fn : i.functions()) {
                    g.writeString(fn.code());
                }
                g.writeEndArray();
                reasons("matching", i.explanations(), ResultJson::generic);
                techniques(i.card() == null ? List.of() : i.card().techniques());
                g.writeEndObject();
            }
            g.writeEndArray();
            choice("route", r.route());
            choice("phase", r.phase());
            g.writeArrayFieldStart("delivery");
            for (Delivery d : r.delivery()) {
                g.writeStartObject();
                g.writeStringField("code", d.code());
                texts(d.nl(), d.en());
                because("because", d.explanations());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("excluded");
            for (Exclusion e : r.excluded()) {
                g.writeStartObject();
                g.writeStringField("kind", e.kind().code());
                g.writeStringField("code", e.code());
                criteria(e.explanations());
                because("because", e.explanations());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (full && !steps.isEmpty()) {
                g.writeArrayFieldStart("steps");
                for (Step s : steps) {
                    g.writeStartObject();
                    g.writeStringField("rule", rule(s.rule(), s.file(), s.line(), List.of(), List.of(), null, null, null, null));
                    g.writeStringField("effect", s.effect().code());
                    g.writeStringField("targetKind", s.targetKind().code());
                    g.writeStringField("target", s.target());
                    g.writeNumberField("points", s.points());
                    g.writeFieldName("facts");
                    writeIds(factIds(s.facts()));
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            writeExplanations();
            writeFacts();
            writeRules();
            writeSeeds();
            writeTechniques();
            g.writeObjectFieldStart("bcio");
            for (Map.Entry<String, String> id : r.identifiers().entrySet()) {
                g.writeStringField(id.getKey(), id.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }

        /**
         * What the APEASE stage ruled out, by which criteria (the rule says it in words): each criterion once, in
         * the order of the explanations, as {@link Exclusion#criteria()} gives them, without its stream.
         */
        private void criteria(List<Explanation> list) throws IOException {
            boolean any = false;
            for (int i = 0; i < list.size(); i++) {
                ApeaseCriterion c = list.get(i).apease();
                if (c == null || seenBefore(list, i, c)) {
                    continue;
                }
                if (!any) {
                    g.writeArrayFieldStart("apease");
                    any = true;
                }
                g.writeString(c.code());
            }
            if (any) {
                g.writeEndArray();
            }
        }

        private static boolean seenBefore(List<Explanation> list, int end, ApeaseCriterion c) {
            for (int j = 0; j < end; j++) {
                if (c.equals(list.get(j).apease())) {
                    return true;
                }
            }
            return false;
        }

        // --- the summary and the cards ----------------------------------------------------------------------

        private void summary(Summary s) throws IOException {
            g.writeStartObject();
            g.writeFieldName("targetBehaviour");
            labels(s.targetBehaviour(), "code");
            g.writeObjectFieldStart("diagnosis");
            g.writeArrayFieldStart("components");
            if (!s.diagnosis().code().isEmpty()) {
                for (String component : s.diagnosis().code().split(",")) {
                    g.writeString(component);
                }
            }
            g.writeEndArray();
            texts(s.diagnosis().nl(), s.diagnosis().en());
            g.writeEndObject();
            g.writeArrayFieldStart("functions");
            for (var f : s.functions()) {
                labels(f.labels(), "code");
            }
            g.writeEndArray();
            g.writeFieldName("route");
            if (s.route() == null) {
                g.writeNull();
            } else {
                labels(s.route().labels(), "code");
            }
            g.writeFieldName("phase");
            if (s.phase() == null) {
                g.writeNull();
            } else {
                labels(s.phase().labels(), "code");
            }
            g.writeArrayFieldStart("instruments");
            for (Summary.Card c : s.instruments()) {
                if (explain == Explain.SUMMARY) {
                    g.writeStartObject();
                    g.writeStringField("id", c.id());
                    card(c);
                    g.writeEndObject();
                } else {
                    g.writeString(c.id()); // the cards are on the instruments, once
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        /**
         * What an adviser needs to act on an instrument. Cost and access are codes (docs/result.md gives their
         * words, the text report writes them out), cost absent when unknown; the catalogue's cost note comes along as
         * it is written.
         */
        private void card(Summary.Card c) throws IOException {
            g.writeObjectFieldStart("name");
            texts(c.name().nl(), c.name().en());
            g.writeEndObject();
            g.writeObjectFieldStart("description");
            texts(c.description().nl(), c.description().en());
            g.writeEndObject();
            if (c.provider() != null) {
                g.writeStringField("provider", c.provider());
            }
            if (c.organisation() != null) {
                g.writeStringField("organisation", c.organisation());
            }
            if (!UNKNOWN_COST.equals(c.cost().code())) { // the catalogue knows few costs: absent means unknown
                g.writeStringField("cost", c.cost().code());
            }
            if (c.costNote() != null) {
                g.writeFieldName("costNote");
                note(c.costNote());
            }
            g.writeStringField("access", c.access().code());
            g.writeObjectFieldStart("reason");
            if (explain != Explain.SUMMARY) { // the rule is a pointer into the evidence, which the summary leaves out
                g.writeStringField("rule", c.reason().code().equals("generic") ? null : shortLocation(c.reason().code()));
            }
            texts(c.reason().nl(), c.reason().en());
            g.writeEndObject();
            g.writeStringField("evidence", c.evidence().code());
        }

        /**
         * The techniques of a function or instrument, grouped by where the link comes from: {@code bcwGuide},
         * {@code editorsJudgement}, or the seed passage as {@code seed:lines}; each number once in the table.
         * Groups come in the order of their first technique; a list has a handful, so they are found by scanning.
         */
        private void techniques(List<Technique> list) throws IOException {
            g.writeObjectFieldStart("techniques");
            int n = list.size();
            String[] keys = new String[n];
            for (int i = 0; i < n; i++) {
                Technique t = list.get(i);
                keys[i] = t.basis() == Technique.Basis.SEED ? citation(t.source()) : t.basis().code();
                techniques.putIfAbsent(t.number(), t);
            }
            for (int i = 0; i < n; i++) {
                if (firstOf(keys, i)) {
                    g.writeArrayFieldStart(keys[i]);
                    for (int j = i; j < n; j++) {
                        if (keys[j].equals(keys[i])) {
                            g.writeString(list.get(j).number());
                        }
                    }
                    g.writeEndArray();
                }
            }
            g.writeEndObject();
        }

        private static boolean firstOf(String[] keys, int i) {
            for (int j = 0; j < i; j++) {
                if (keys[j].equals(keys[i])) {
                    return false;
                }
            }
            return true;
        }

        /** An object of a code (in the field {@code codeField}) and its words. */
        private void labels(Coded.Labels labels, String codeField) throws IOException {
            g.writeStartObject();
            g.writeStringField(codeField, labels.code());
            texts(labels.nl(), labels.en());
            g.writeEndObject();
        }

        /** The words in the asked language, or both. */
        private void texts(String nl, String en) throws IOException {
            if (lang != Language.EN) {
                g.writeStringField("nl", nl);
            }
            if (lang != Language.NL) {
                g.writeStringField("en", en);
            }
        }

        // --- references and tables ------------------------------------------------------------------------

        private void choice(String field, Choice<? extends Coded> choice) throws IOException {
            g.writeFieldName(field);
            if (choice == null) {
                g.writeNull();
                return;
            }
            g.writeStartObject();
            g.writeStringField("code", choice.value().code());
            score("score", choice.score());
            because("because", choice.explanations());
            g.writeEndObject();
        }

        /**
         * The references of an entry. Below {@code full}, the steps {@code summed} selects are summed into the
         * field {@code sum} instead of listed: for a function the cells of the COM-B matrix ({@code diagnosis}),
         * for a category or instrument the generic matching rules ({@code matching}: a category can deliver a
         * needed function; an instrument delivers one or targets a gap). They are the same few sentences for
         * every entry; {@code full} lists them. Below {@code full} a seed finding whose points the ranking model
         * did not count at all (a finding counted once, or past its bound) is left out too: it did not make the
         * score; {@code full} lists it with {@code counted: 0}.
         */
        private void reasons(String sum, List<Explanation> list, Predicate<Explanation> summed) throws IOException {
            if (full) {
                g.writeNumberField(sum, 0);
                because("because", list);
                return;
            }
            long tenths = 0; // summed in whole tenths: adding decimals would drift (0.1 + 0.2)
            ids.clear();
            for (Explanation x : list) {
                if (summed.test(x)) {
                    tenths += Math.round(x.counted() * 10);
                } else if (x.counted() != 0 || x.points() == 0) {
                    ids.add(explanation(x)); // a finding the ranking model capped to nothing is listed at full only
                }
            }
            score(sum, tenths / 10.0);
            g.writeFieldName("because");
            g.writeStartArray();
            for (String id : ids) {
                g.writeString(id);
            }
            g.writeEndArray();
        }

        /**
         * A cost note in the asked language; where the catalogue gives no Dutch wording, the English one, keyed
         * {@code en}, so nothing is lost and the key says which language it is.
         */
        private void note(Coded.Labels note) throws IOException {
            g.writeStartObject();
            if (lang != Language.EN && note.nl() != null) {
                g.writeStringField("nl", note.nl());
            }
            if (lang != Language.NL || note.nl() == null) {
                g.writeStringField("en", note.en());
            }
            g.writeEndObject();
        }

        /** A score or counted points: a whole number as such (12), otherwise with its one decimal (4.3). */
        private void score(String field, double value) throws IOException {
            if (value == Math.rint(value)) {
                g.writeNumberField(field, (long) value);
            } else {
                g.writeNumberField(field, value);
            }
        }

        /** The ids of the explanations, entered in the table on first use; at {@code full} nested ones too. */
        private void because(String field, List<Explanation> list) throws IOException {
            g.writeFieldName(field);
            writeIds(becauseIds(list));
        }

        private List<String> becauseIds(List<Explanation> list) {
            List<String> found = new ArrayList<>(list.size());
            for (Explanation x : list) {
                found.add(explanation(x));
            }
            return found;
        }

        private void writeIds(List<String> list) throws IOException {
            g.writeStartArray();
            for (String id : list) {
                g.writeString(id);
            }
            g.writeEndArray();
        }

        private void writeIds(String[] list) throws IOException {
            g.writeStartArray();
            for (String id : list) {
                g.writeString(id);
            }
            g.writeEndArray();
        }

        /** The id of the explanation, entering it (and its rule, facts and sources) in the tables on first use. */
        private String explanation(Explanation x) {
            ExplanationKey key = new ExplanationKey(x.rule(), x.file(), x.line(), x.effect(), x.points(), x.counted(),
                    x.facts(), full ? x.trace().size() : -1);
            String known = explanationIds.get(key);
            if (known != null) {
                return known;
            }
            String id = EXPLANATION_IDS.of(explanations.size() + 1);
            explanationIds.put(key, id);
            int at = explanations.size();
            explanations.add(null); // its place in the table; the rows it leads to come after it
            String rule = rule(x.rule(), x.file(), x.line(), x.sources(), x.references(), x.nl(), x.en(), x.evidence(),
                    x.apease());
            ExplanationRow row = new ExplanationRow(rule, x.effect(), x.points(), x.counted(), factIds(x.facts()));
            explanations.set(at, row);
            if (full && !x.trace().isEmpty()) {
                row.after = becauseIds(x.trace());
            }
            return id;
        }

        private String[] factIds(List<String> list) {
            String[] found = new String[list.size()];
            for (int i = 0; i < found.length; i++) {
                String fact = list.get(i);
                String id = facts.get(fact);
                if (id == null) {
                    id = FACT_IDS.of(facts.size() + 1);
                    facts.put(fact, id);
                }
                found[i] = id;
            }
            return found;
        }

        private String rule(String name, String file, int line, List<Citation> cited, List<String> references,
                            String nl, String en, FindingEvidence evidence, ApeaseCriterion apease) {
            RuleRow first = ruleIds.get(name);
            RuleRow known = first;
            while (known != null && !(known.line == line && known.file.equals(file))) {
                known = known.next;
            }
            if (known != null) {
                if (known.sources.isEmpty() && !cited.isEmpty()) {
                    fill(known, cited, references, nl, en); // first met as a bare step of the trace
                }
                evidence(known, evidence);
                apease(known, apease);
                return RULE_IDS.of(known.id);
            }
            RuleRow row = new RuleRow(name, file, line);
            rules.add(row);
            row.id = rules.size();
            row.next = first;
            ruleIds.put(name, row);
            if (full) {
                row.set(RuleField.NAME);
            }
            row.set(RuleField.AT); // written as file:line, without the folder
            row.set(RuleField.SOURCES);
            apease(row, apease);
            evidence(row, evidence);
            fill(row, cited, references, nl, en);
            return RULE_IDS.of(row.id);
        }

        /**
         * The strength of a finding's evidence, as its code and in plain words, once per rule; at {@code full}
         * only, with the rule's own words (the standard level stays within its size).
         */
        private void evidence(RuleRow row, FindingEvidence evidence) {
            if (full && evidence != null && row.evidence == null) {
                row.evidence = evidence.labels();
                row.set(RuleField.EVIDENCE);
            }
        }

        /**
         * The APEASE criterion of a rule of the APEASE stage, as its code and in words, once per rule and at every
         * level that lists rules: what it ruled out or lowered says by which criterion.
         */
        private void apease(RuleRow row, ApeaseCriterion apease) {
            if (apease != null && row.apease == null) {
                row.apease = apease.labels();
                row.set(RuleField.APEASE);
            }
        }

        /**
         * The sources as {@code seed:lines}; at {@code full} also the texts, the references and the quotes (one
         * per source, in the same order). The seeds are entered in their table now, in the order first cited.
         */
        private void fill(RuleRow row, List<Citation> cited, List<String> references, String nl, String en) {
            for (Citation c : cited) {
                seed(c);
            }
            if (!cited.isEmpty()) {
                row.sources = cited;
            }
            if (full) {
                if (nl != null && lang != Language.EN) {
                    row.nl = nl;
                    row.set(RuleField.NL);
                }
                if (en != null && lang != Language.NL) {
                    row.en = en;
                    row.set(RuleField.EN);
                }
                if (!references.isEmpty()) {
                    row.references = references;
                    row.set(RuleField.REFERENCES);
                }
                if (!cited.isEmpty()) {
                    row.set(RuleField.QUOTES);
                }
            }
        }

        /** A seed passage as {@code 002:725-727}; the seed's number is entered in the seeds table. */
        private String citation(Citation c) {
            return seed(c) + ":" + c.lines();
        }

        /** The seed's number ({@code 002} of {@code 002_488956ea70b0741c.txt}), entered in the seeds table. */
        private String seed(Citation c) {
            String file = c.seed();
            for (String[] known : seeds) {
                if (known[1].equals(file)) {
                    return known[0];
                }
            }
            int cut = file.indexOf('_');
            String number = cut < 0 ? file : file.substring(0, cut);
            for (String[] known : seeds) {
                if (known[0].equals(number)) {
                    known[1] = file; // the last file of a number names it, in the place of the first
                    return number;
                }
            }
            seeds.add(new String[] {number, file});
            return number;
        }

        /** Where a rule stands, {@code seed-002-wn-groups.drl:45} (as {@link #shortLocation}), composed in place. */
        private void at(String file, int line) throws IOException {
            int from = file.lastIndexOf('/') + 1;
            int n = file.length() - from;
            room(n + 12);
            file.getChars(from, file.length(), scratch, 0);
            scratch[n++] = ':';
            n = digits(line, n);
            g.writeString(scratch, 0, n);
        }

        /** A seed passage as {@link #citation} writes it, composed in place: a rule's sources need no strings. */
        private void passage(Citation c) throws IOException {
            String number = seed(c);
            int n = number.length();
            room(n + 24);
            number.getChars(0, n, scratch, 0);
            scratch[n++] = ':';
            n = digits(c.fromLine(), n);
            if (c.toLine() != c.fromLine()) { // as Citation.lines(): 83 or 83-85
                scratch[n++] = '-';
                n = digits(c.toLine(), n);
            }
            g.writeString(scratch, 0, n);
        }

        private void room(int size) {
            if (scratch.length < size) {
                scratch = new char[size];
            }
        }

        /** The decimal digits of {@code value} (as Integer.toString) into the scratch at {@code at}; the new end. */
        private int digits(int value, int at) {
            if (value < 0) {
                if (value == Integer.MIN_VALUE) {
                    String text = Integer.toString(value);
                    text.getChars(0, text.length(), scratch, at);
                    return at + text.length();
                }
                scratch[at++] = '-';
                value = -value;
            }
            int end = at + 1;
            for (int rest = value; rest >= 10; rest /= 10) {
                end++;
            }
            for (int i = end - 1; i >= at; i--) {
                scratch[i] = (char) ('0' + value % 10);
                value /= 10;
            }
            return end;
        }

        // --- the tables, after the lists that point into them -------------------------------------------------

        private void writeExplanations() throws IOException {
            g.writeObjectFieldStart("explanations");
            for (int i = 0; i < explanations.size(); i++) {
                ExplanationRow row = explanations.get(i);
                g.writeObjectFieldStart(EXPLANATION_IDS.of(i + 1));
                g.writeStringField("rule", row.rule);
                g.writeStringField("effect", row.effect.code());
                g.writeNumberField("points", row.points);
                if (row.counted != row.points) {
                    score("counted", row.counted); // weighed or capped by the ranking model, or a category's share
                }
                g.writeFieldName("facts");
                writeIds(row.facts);
                if (row.after != null) {
                    g.writeFieldName("after");
                    writeIds(row.after);
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }

        private void writeFacts() throws IOException {
            g.writeObjectFieldStart("facts");
            for (Map.Entry<String, String> fact : facts.entrySet()) {
                g.writeStringField(fact.getValue(), fact.getKey());
            }
            g.writeEndObject();
        }

        private void writeRules() throws IOException {
            g.writeObjectFieldStart("rules");
            for (RuleRow row : rules) {
                g.writeObjectFieldStart(RULE_IDS.of(row.id));
                for (int f = 0; f < row.fields; f++) {
                    switch (row.order[f]) {
                        case NAME -> g.writeStringField("name", row.name);
                        case AT -> {
                            g.writeFieldName("at");
                            at(row.file, row.line);
                        }
                        case SOURCES -> {
                            g.writeArrayFieldStart("sources");
                            for (Citation c : row.sources) {
                                passage(c);
                            }
                            g.writeEndArray();
                        }
                        case APEASE -> {
                            g.writeFieldName("apease");
                            labels(row.apease, "code");
                        }
                        case EVIDENCE -> {
                            g.writeFieldName("evidence");
                            labels(row.evidence, "code");
                        }
                        case NL -> g.writeStringField("nl", row.nl);
                        case EN -> g.writeStringField("en", row.en);
                        case REFERENCES -> {
                            g.writeArrayFieldStart("references");
                            for (String reference : row.references) {
                                g.writeString(reference);
                            }
                            g.writeEndArray();
                        }
                        case QUOTES -> {
                            g.writeArrayFieldStart("quotes");
                            for (Citation c : row.sources) {
                                g.writeString(c.quote());
                            }
                            g.writeEndArray();
                        }
                    }
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }

        private void writeSeeds() throws IOException {
            g.writeObjectFieldStart("seeds");
            for (String[] seed : seeds) {
                g.writeStringField(seed[0], seed[1]);
            }
            g.writeEndObject();
        }

        private void writeTechniques() throws IOException {
            g.writeObjectFieldStart("techniques");
            for (Technique t : techniques.values()) {
                g.writeObjectFieldStart(t.number());
                texts(t.nl(), t.en());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
    }
}
