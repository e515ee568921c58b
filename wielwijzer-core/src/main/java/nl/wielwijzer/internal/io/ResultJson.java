package nl.wielwijzer.internal.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.bcw.Language;
import nl.wielwijzer.result.Choice;
import nl.wielwijzer.result.Citation;
import nl.wielwijzer.result.Delivery;
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

    private static final JsonNodeFactory NODES = Json.NODES;
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
        return GENERIC_FILES.stream().anyMatch(x.file()::endsWith);
    }

    private static boolean diagnosis(Explanation x) {
        return x.effect() == nl.wielwijzer.result.Effect.FAVOUR && MATRIX_FILES.stream().anyMatch(x.file()::endsWith);
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
        return Json.shallow(tree(r, explain, lang, steps), PRETTY_DEPTH);
    }

    /** The result at the standard level on one line (a line of JSON Lines, without the line break). */
    public static String line(Recommendation r) {
        return Json.line(tree(r, Explain.STANDARD, null, List.of()));
    }

    public static ObjectNode tree(Recommendation r) {
        return tree(r, Explain.STANDARD, null, List.of());
    }

    public static ObjectNode tree(Recommendation r, Explain explain, Language lang, List<Step> steps) {
        return new Writer(explain, lang).write(r, steps);
    }

    /** One document: the ids handed out so far and the tables they point into. */
    private static final class Writer {
        private final boolean full;
        private final Language lang;
        private final Map<String, ObjectNode> explanations = new LinkedHashMap<>();
        private final Map<String, String> facts = new LinkedHashMap<>();
        private final Map<String, String> ruleIds = new LinkedHashMap<>();
        private final ObjectNode rules = NODES.objectNode();
        private final ObjectNode seeds = NODES.objectNode();
        private final ObjectNode techniques = NODES.objectNode();
        private final ObjectNode explanationTable = NODES.objectNode();
        private final ObjectNode factTable = NODES.objectNode();
        private final Explain explain;

        Writer(Explain explain, Language lang) {
            this.explain = explain;
            this.full = explain == Explain.FULL;
            this.lang = lang;
        }

        ObjectNode write(Recommendation r, List<Step> steps) {
            ObjectNode root = NODES.objectNode();
            root.put("contract", CONTRACT);
            root.put("profileId", r.profileId());
            root.put("explain", explain.code());
            if (lang != null) {
                root.put("language", lang == Language.NL ? "nl" : "en");
            }
            if (!r.notices().isEmpty()) { // at every level: what the caller should fix in the profile
                ArrayNode notices = root.putArray("notices");
                r.notices().forEach(n -> notices.add(labels(n, "field")));
            }
            root.set("summary", summary(r.summary()));
            if (explain == Explain.SUMMARY) {
                return root;
            }
            ArrayNode functions = root.putArray("interventionFunctions");
            for (RankedFunction f : r.interventionFunctions()) {
                ObjectNode node = functions.addObject();
                node.put("function", f.function().code());
                node.put("rank", f.rank());
                score(node, "score", f.score());
                reasons(node, "diagnosis", f.explanations(), ResultJson::diagnosis);
                techniques(node, f.techniques());
            }
            ArrayNode categories = root.putArray("policyCategories");
            for (RankedCategory c : r.policyCategories()) {
                ObjectNode node = categories.addObject();
                node.put("category", c.category().code());
                node.put("rank", c.rank());
                score(node, "score", c.score());
                reasons(node, "matching", c.explanations(), ResultJson::generic);
            }
            ArrayNode instruments = root.putArray("instruments");
            for (RankedInstrument i : r.instruments()) {
                ObjectNode node = instruments.addObject();
                node.put("id", i.id());
                node.put("rank", i.rank());
                if (i.card() != null) {
                    card(node, i.card());
                }
                score(node, "score", i.score());
                node.put("status", i.status().code());
                node.put("fit", i.fit().code());
                ArrayNode fs = node.putArray("functions");
                i.functions().forEach(fn -> fs.add(fn.code()));
                reasons(node, "matching", i.explanations(), ResultJson::generic);
                techniques(node, i.card() == null ? List.of() : i.card().techniques());
            }
            choice(root, "route", r.route());
            choice(root, "phase", r.phase());
            ArrayNode delivery = root.putArray("delivery");
            for (Delivery d : r.delivery()) {
                ObjectNode node = delivery.addObject();
                node.put("code", d.code());
                texts(node, new Coded.Labels(d.code(), d.nl(), d.en()));
                node.set("because", because(d.explanations()));
            }
            ArrayNode excluded = root.putArray("excluded");
            for (Exclusion e : r.excluded()) {
                ObjectNode node = excluded.addObject();
                node.put("kind", e.kind().code());
                node.put("code", e.code());
                if (!e.criteria().isEmpty()) { // what the APEASE stage ruled out: by which criterion (the rule says it in words)
                    ArrayNode criteria = node.putArray("apease");
                    e.criteria().forEach(c -> criteria.add(c.code()));
                }
                node.set("because", because(e.explanations()));
            }
            if (full && !steps.isEmpty()) {
                ArrayNode all = root.putArray("steps");
                for (Step s : steps) {
                    ObjectNode node = all.addObject();
                    node.put("rule", rule(s.rule(), s.file(), s.line(), List.of(), List.of(), null, null, null, null));
                    node.put("effect", s.effect().code());
                    node.put("targetKind", s.targetKind().code());
                    node.put("target", s.target());
                    node.put("points", s.points());
                    node.set("facts", factIds(s.facts()));
                }
            }
            root.set("explanations", explanationTable);
            root.set("facts", factTable);
            root.set("rules", rules);
            root.set("seeds", seeds);
            root.set("techniques", techniques);
            ObjectNode bcio = root.putObject("bcio");
            r.identifiers().forEach(bcio::put);
            return root;
        }

        // --- the summary and the cards ----------------------------------------------------------------------

        private ObjectNode summary(Summary s) {
            ObjectNode node = NODES.objectNode();
            node.set("targetBehaviour", labels(s.targetBehaviour(), "code"));
            ObjectNode diagnosis = node.putObject("diagnosis");
            ArrayNode components = diagnosis.putArray("components");
            if (!s.diagnosis().code().isEmpty()) {
                List.of(s.diagnosis().code().split(",")).forEach(components::add);
            }
            texts(diagnosis, s.diagnosis());
            ArrayNode functions = node.putArray("functions");
            s.functions().forEach(f -> functions.add(labels(f.labels(), "code")));
            node.set("route", s.route() == null ? NODES.nullNode() : labels(s.route().labels(), "code"));
            node.set("phase", s.phase() == null ? NODES.nullNode() : labels(s.phase().labels(), "code"));
            ArrayNode cards = node.putArray("instruments");
            if (explain == Explain.SUMMARY) {
                s.instruments().forEach(c -> card(cards.addObject().put("id", c.id()), c));
            } else {
                s.instruments().forEach(c -> cards.add(c.id())); // the cards are on the instruments, once
            }
            return node;
        }

        /**
         * What an adviser needs to act on an instrument. Cost and access are codes (docs/result.md gives their
         * words, the text report writes them out), cost absent when unknown; the catalogue's cost note comes along as
         * it is written.
         */
        private ObjectNode card(ObjectNode node, Summary.Card c) {
            node.set("name", texts(NODES.objectNode(), c.name()));
            node.set("description", texts(NODES.objectNode(), c.description()));
            if (c.provider() != null) {
                node.put("provider", c.provider());
            }
            if (c.organisation() != null) {
                node.put("organisation", c.organisation());
            }
            if (!UNKNOWN_COST.equals(c.cost().code())) { // the catalogue knows few costs: absent means unknown
                node.put("cost", c.cost().code());
            }
            if (c.costNote() != null) {
                node.set("costNote", note(c.costNote()));
            }
            node.put("access", c.access().code());
            ObjectNode reason = node.putObject("reason");
            if (explain != Explain.SUMMARY) { // the rule is a pointer into the evidence, which the summary leaves out
                reason.put("rule", c.reason().code().equals("generic") ? null : shortLocation(c.reason().code()));
            }
            texts(reason, c.reason());
            node.put("evidence", c.evidence().code());
            return node;
        }

        /**
         * The techniques of a function or instrument, grouped by where the link comes from: {@code bcwGuide},
         * {@code editorsJudgement}, or the seed passage as {@code seed:lines}; each number once in the table.
         */
        private void techniques(ObjectNode node, List<Technique> list) {
            ObjectNode groups = node.putObject("techniques");
            for (Technique t : list) {
                String key = t.basis() == Technique.Basis.SEED ? citation(t.source()) : t.basis().code();
                ArrayNode numbers = groups.has(key) ? (ArrayNode) groups.get(key) : groups.putArray(key);
                numbers.add(t.number());
                if (!techniques.has(t.number())) {
                    texts(techniques.putObject(t.number()), new Coded.Labels(t.number(), t.nl(), t.en()));
                }
            }
        }

        private ObjectNode labels(Coded.Labels labels, String codeField) {
            ObjectNode node = NODES.objectNode();
            node.put(codeField, labels.code());
            return texts(node, labels);
        }

        private ObjectNode texts(ObjectNode node, Coded.Labels labels) {
            if (lang != Language.EN) {
                node.put("nl", labels.nl());
            }
            if (lang != Language.NL) {
                node.put("en", labels.en());
            }
            return node;
        }

        // --- references and tables ------------------------------------------------------------------------

        private void choice(ObjectNode root, String field, Choice<? extends Coded> choice) {
            if (choice == null) {
                root.putNull(field);
                return;
            }
            ObjectNode node = root.putObject(field);
            node.put("code", choice.value().code());
            score(node, "score", choice.score());
            node.set("because", because(choice.explanations()));
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
        private void reasons(ObjectNode node, String sum, List<Explanation> list, Predicate<Explanation> summed) {
            if (full) {
                node.put(sum, 0);
                node.set("because", because(list));
                return;
            }
            long tenths = 0; // summed in whole tenths: adding decimals would drift (0.1 + 0.2)
            ArrayNode ids = NODES.arrayNode();
            for (Explanation x : list) {
                if (summed.test(x)) {
                    tenths += Math.round(x.counted() * 10);
                } else if (x.counted() != 0 || x.points() == 0) {
                    ids.add(explanation(x)); // a finding the ranking model capped to nothing is listed at full only
                }
            }
            score(node, sum, tenths / 10.0);
            node.set("because", ids);
        }

        /**
         * A cost note in the asked language; where the catalogue gives no Dutch wording, the English one, keyed
         * {@code en}, so nothing is lost and the key says which language it is.
         */
        private ObjectNode note(Coded.Labels note) {
            ObjectNode node = NODES.objectNode();
            if (lang != Language.EN && note.nl() != null) {
                node.put("nl", note.nl());
            }
            if (lang != Language.NL || note.nl() == null) {
                node.put("en", note.en());
            }
            return node;
        }

        /** A score or counted points: a whole number as such (12), otherwise with its one decimal (4.3). */
        private static void score(ObjectNode node, String field, double value) {
            if (value == Math.rint(value)) {
                node.put(field, (long) value);
            } else {
                node.put(field, value);
            }
        }

        private ArrayNode because(List<Explanation> list) {
            ArrayNode ids = NODES.arrayNode();
            list.forEach(x -> ids.add(explanation(x)));
            return ids;
        }

        /** The id of the explanation, entering it (and its rule, facts and sources) in the tables on first use. */
        private String explanation(Explanation x) {
            String key = x.rule() + "|" + x.file() + ":" + x.line() + "|" + x.effect().code() + "|" + x.points()
                    + "|" + x.counted() + "|" + String.join("|", x.facts()) + (full ? "|" + x.trace().size() : "");
            ObjectNode known = explanations.get(key);
            if (known != null) {
                return known.get("id").asText();
            }
            String id = "x" + (explanations.size() + 1);
            ObjectNode row = NODES.objectNode();
            row.put("id", id);
            explanations.put(key, row);
            ObjectNode entry = explanationTable.putObject(id);
            entry.put("rule", rule(x.rule(), x.file(), x.line(), x.sources(), x.references(), x.nl(), x.en(), x.evidence(),
                    x.apease()));
            entry.put("effect", x.effect().code());
            entry.put("points", x.points());
            if (x.counted() != x.points()) {
                score(entry, "counted", x.counted()); // weighed or capped by the ranking model, or a category's share
            }
            entry.set("facts", factIds(x.facts()));
            if (full && !x.trace().isEmpty()) {
                entry.set("after", because(x.trace()));
            }
            return id;
        }

        private ArrayNode factIds(List<String> list) {
            ArrayNode ids = NODES.arrayNode();
            for (String fact : list) {
                String id = facts.get(fact);
                if (id == null) {
                    id = "f" + (facts.size() + 1);
                    facts.put(fact, id);
                    factTable.put(id, fact);
                }
                ids.add(id);
            }
            return ids;
        }

        private String rule(String name, String file, int line, List<Citation> cited, List<String> references,
                            String nl, String en, FindingEvidence evidence, ApeaseCriterion apease) {
            // by name too: the cell rules of one table row share the row's file and line
            String key = name + "|" + file + ":" + line;
            String id = ruleIds.get(key);
            if (id != null) {
                ObjectNode known = (ObjectNode) rules.get(id);
                if (known.get("sources").isEmpty() && !cited.isEmpty()) {
                    fill(known, cited, references, nl, en); // first met as a bare step of the trace
                }
                evidence(known, evidence);
                apease(known, apease);
                return id;
            }
            id = "r" + (ruleIds.size() + 1);
            ruleIds.put(key, id);
            ObjectNode node = rules.putObject(id);
            if (full) {
                node.put("name", name);
            }
            node.put("at", shortLocation(file + ":" + line));
            node.putArray("sources");
            apease(node, apease);
            evidence(node, evidence);
            fill(node, cited, references, nl, en);
            return id;
        }

        /**
         * The strength of a finding's evidence, as its code and in plain words, once per rule; at {@code full}
         * only, with the rule's own words (the standard level stays within its size).
         */
        private void evidence(ObjectNode node, FindingEvidence evidence) {
            if (full && evidence != null && !node.has("evidence")) {
                node.set("evidence", labels(evidence.labels(), "code"));
            }
        }

        /**
         * The APEASE criterion of a rule of the APEASE stage, as its code and in words, once per rule and at every
         * level that lists rules: what it ruled out or lowered says by which criterion.
         */
        private void apease(ObjectNode node, ApeaseCriterion apease) {
            if (apease != null && !node.has("apease")) {
                node.set("apease", labels(apease.labels(), "code"));
            }
        }

        /** The sources as {@code seed:lines}; at {@code full} also the texts, the references and the quotes. */
        private void fill(ObjectNode node, List<Citation> cited, List<String> references, String nl, String en) {
            ArrayNode where = (ArrayNode) node.get("sources");
            cited.forEach(c -> where.add(citation(c)));
            if (full) {
                if (nl != null && lang != Language.EN) {
                    node.put("nl", nl);
                }
                if (en != null && lang != Language.NL) {
                    node.put("en", en);
                }
                if (!references.isEmpty()) {
                    ArrayNode refs = node.putArray("references");
                    references.forEach(refs::add);
                }
                if (!cited.isEmpty()) {
                    ArrayNode quotes = node.putArray("quotes"); // one per source, in the same order
                    cited.forEach(c -> quotes.add(c.quote()));
                }
            }
        }

        /** A seed passage as {@code 002:725-727}; the seed's number is entered in the seeds table. */
        private String citation(Citation c) {
            String seed = c.seed().contains("_") ? c.seed().substring(0, c.seed().indexOf('_')) : c.seed();
            seeds.put(seed, c.seed());
            return seed + ":" + c.lines();
        }
    }
}
