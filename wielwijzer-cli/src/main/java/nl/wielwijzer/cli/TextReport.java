package nl.wielwijzer.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.bcw.ComB;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.bcw.Language;
import nl.wielwijzer.bcw.PolicyCategory;
import nl.wielwijzer.catalog.Instrument;
import nl.wielwijzer.internal.knowledge.Knowledge;
import nl.wielwijzer.internal.knowledge.Vocabulary;
import nl.wielwijzer.profile.Budget;
import nl.wielwijzer.profile.CareerCompetence;
import nl.wielwijzer.profile.DiMaturity;
import nl.wielwijzer.profile.DiPolicy;
import nl.wielwijzer.profile.EducationLevel;
import nl.wielwijzer.profile.EmployerMotive;
import nl.wielwijzer.profile.Limitation;
import nl.wielwijzer.profile.OrganisationSize;
import nl.wielwijzer.profile.OrganisationalFactor;
import nl.wielwijzer.profile.PlacementPhase;
import nl.wielwijzer.profile.Sector;
import nl.wielwijzer.profile.SelfLeadershipStrategy;
import nl.wielwijzer.profile.SelfLeadershipTrait;
import nl.wielwijzer.profile.Subject;
import nl.wielwijzer.profile.WorkAbility;
import nl.wielwijzer.result.Choice;
import nl.wielwijzer.result.Citation;
import nl.wielwijzer.result.Exclusion;
import nl.wielwijzer.result.Explain;
import nl.wielwijzer.result.Explanation;
import nl.wielwijzer.result.RankedCategory;
import nl.wielwijzer.result.RankedFunction;
import nl.wielwijzer.result.RankedInstrument;
import nl.wielwijzer.result.Recommendation;
import nl.wielwijzer.result.Delivery;
import nl.wielwijzer.result.Summary;
import nl.wielwijzer.result.TargetKind;
import nl.wielwijzer.result.Technique;

/**
 * A readable report of a recommendation, in Dutch or English, for people rather than programs. Everything is
 * written in the chosen language: labels instead of codes, the facts a rule fired on as words ({@code leeftijd
 * 58}, not {@code employee.age = 58}), instrument names from the catalogue (the Dutch description when the
 * catalogue has one). In Dutch the rule is named by its file and line, since rule names are English.
 */
final class TextReport {

    /** Number words that open the summary's heading, by the count of its cards (at most five). */
    private static final String[] NUMBERS_NL = {"Geen", "Eén", "Twee", "Drie", "Vier", "Vijf"};
    private static final String[] NUMBERS_EN = {"No", "One", "Two", "Three", "Four", "Five"};

    private static final Pattern FUNCTION_FACT = Pattern.compile("interventionFunctions\\.(\\w+) = rank (\\d+), score (-?\\d+)");
    private static final Pattern ASSIGNMENT = Pattern.compile("([\\w.]+)(?:\\[\\d+])? = (.*)");

    private final Language lang;
    private final Knowledge knowledge;
    private final StringBuilder out = new StringBuilder();

    private TextReport(Language lang, Knowledge knowledge) {
        this.lang = lang;
        this.knowledge = knowledge;
    }

    /** The full report: the summary, then every ranked list with every explanation and source. */
    static String of(Recommendation r, Language lang, Knowledge knowledge) {
        return of(r, lang, Explain.FULL, knowledge);
    }

    /**
     * The report at a level: the summary always comes first; {@code standard} adds the ranked lists on one line
     * each and what was ruled out; {@code full} adds every explanation with its facts and sources.
     */
    static String of(Recommendation r, Language lang, Explain explain, Knowledge knowledge) {
        TextReport report = new TextReport(lang, knowledge);
        report.summary(r);
        if (explain == Explain.STANDARD) {
            report.lists(r);
        } else if (explain == Explain.FULL) {
            report.line("");
            report.line(report.t("Details", "Details"));
            report.write(r);
        }
        return report.out.toString();
    }

    // --- the summary: what an HR adviser reads first -----------------------------------------------------------

    private void summary(Recommendation r) {
        Summary s = r.summary();
        line(t("Wielwijzer: advies voor profiel ", "Wielwijzer: advice for profile ") + r.profileId());
        line("");
        for (Coded.Labels notice : r.notices()) { // before the advice: the profile itself needs a change
            line(t("Let op (", "Note (") + notice.code() + "): " + text(notice));
        }
        if (!r.notices().isEmpty()) {
            line("");
        }
        line(t("Doelgedrag: ", "Target behaviour: ") + text(s.targetBehaviour()));
        line(t("Diagnose: ", "Diagnosis: ") + text(s.diagnosis()));
        if (!s.functions().isEmpty()) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < s.functions().size(); i++) {
                names.add((i + 1) + ". " + s.functions().get(i).label(lang));
            }
            line(t("Belangrijkste functies: ", "Top functions: ") + String.join(", ", names));
        }
        // no route or phase: say so, and why, rather than leave the reader to guess (the JSON has null)
        String route = s.route() == null ? t("geen (geen bevinding uit de bronnen wijst een route aan)",
                "none (no finding of the sources points to a route)") : s.route().label(lang);
        String phase = s.phase() == null ? t("geen (geen bevinding uit de bronnen wijst een fase aan)",
                "none (no finding of the sources points to a phase)") : s.phase().label(lang);
        line(t("Route: ", "Route: ") + route + t("; fase: ", "; phase: ") + phase);
        line("");
        // the ranking returns fewer rather than weak ties, so say how many there are
        int cards = Math.min(s.instruments().size(), NUMBERS_NL.length - 1);
        if (cards == 0) {
            line(t("Instrumenten om mee te beginnen", "Instruments to start with"));
            line(t("  Geen passend instrument in de catalogus.", "  No fitting instrument in the catalogue."));
        } else {
            line(t(NUMBERS_NL[cards], NUMBERS_EN[cards]) + (cards == 1
                    ? t(" instrument om mee te beginnen", " instrument to start with")
                    : t(" instrumenten om mee te beginnen", " instruments to start with")));
        }
        for (int i = 0; i < s.instruments().size(); i++) {
            Summary.Card c = s.instruments().get(i);
            // the cards are the first ranked instruments: an APEASE criterion that lowered one is said here too
            line(String.format("%2d. %s%s", i + 1, capital(text(c.name())), lowered(r.instruments().get(i))));
            line("    " + text(c.description()));
            line("    " + t("Waarom: ", "Why: ") + text(c.reason()));
            line("    " + text(c.access()) + " " + capital(text(c.cost())) + costNote(c) + techniques(c.techniques(), "."));
        }
        delivery(r);
    }

    /** How to bring the advice: every piece of delivery advice, one line each (the rules behind it: full). */
    private void delivery(Recommendation r) {
        if (r.delivery().isEmpty()) {
            return;
        }
        line("");
        line(t("Zo pak je het aan", "How to go about it"));
        r.delivery().forEach(d -> line(" - " + (lang == Language.NL ? d.nl() : d.en())));
    }

    /** The catalogue's cost note in the report's language; the Dutch report leaves out one without Dutch wording. */
    private String costNote(Summary.Card c) {
        if (c.costNote() == null) {
            return "";
        }
        String note = lang == Language.NL ? c.costNote().nl() : c.costNote().en();
        return note == null ? "" : " " + note;
    }

    /**
     * The techniques as {@code " Technieken: 16.3 Gevolgen bij anderen zien (bron 002, regels 1710-1711)."}, each
     * with where the link comes from; the guide's table, which the heading names, goes without saying.
     */
    private String techniques(List<Technique> list, String end) {
        if (list.isEmpty()) {
            return "";
        }
        return t(" Technieken: ", " Techniques: ") + String.join(", ", list.stream().map(this::technique).toList()) + end;
    }

    private String technique(Technique x) {
        String label = x.number() + " " + (lang == Language.NL ? x.nl() : x.en());
        return switch (x.basis()) {
            case SEED -> label + " (" + t("bron ", "seed ") + x.source().seed().substring(0, 3)
                    + (x.source().fromLine() == x.source().toLine() ? t(", regel ", ", line ") : t(", regels ", ", lines "))
                    + x.source().lines() + ")";
            case EDITORS_JUDGEMENT -> label + " (" + x.basis().label(lang) + ")";
            case BCW_GUIDE -> label;
        };
    }

    private String text(Coded.Labels labels) {
        return lang == Language.NL ? labels.nl() : labels.en();
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * The ranked lists, one line per entry, without the explanations ({@code --explain full} shows those): the top
     * functions with their behaviour change techniques, the other functions and the categories with their scores.
     */
    private void lists(Recommendation r) {
        heading(t("Functies (score) en hun gedragsveranderingstechnieken (BCT-taxonomie v1; BCW-gids, tabel 3.3)",
                "Functions (score) and their behaviour change techniques (BCT Taxonomy v1; BCW guide, Table 3.3)"));
        List<RankedFunction> functions = r.interventionFunctions();
        int top = Math.min(Summary.FUNCTIONS, functions.size());
        for (RankedFunction f : functions.subList(0, top)) {
            line(String.format("%3d. %s (%s)%s", f.rank(), f.function().label(lang), lang.points(f.score()),
                    f.techniques().isEmpty() ? "" : ": " + String.join(", ", f.techniques().stream().map(this::technique).toList())));
        }
        if (functions.size() > top) {
            line(t("  verder: ", "  further: ") + String.join(", ", functions.subList(top, functions.size()).stream()
                    .map(f -> f.function().label(lang) + " (" + lang.points(f.score()) + ")").toList()));
        }
        line(t("  beleidscategorieën: ", "  policy categories: ") + String.join(", ", r.policyCategories().stream()
                .map(c -> c.category().label(lang) + " (" + lang.points(c.score()) + ")").toList()));
        // the summary has shown the first ones with their reasons; list the rest, so nothing is said twice
        int shown = r.summary().instruments().size();
        if (r.instruments().size() > shown) {
            heading(t("Verder passend (score)", "Further fitting instruments (score)"));
        }
        for (RankedInstrument i : r.instruments().subList(Math.min(shown, r.instruments().size()), r.instruments().size())) {
            line(String.format("%3d. %s (score %s)%s", i.rank(), capital(lang == Language.NL ? i.name() : i.nameEn()), lang.points(i.score()), marks(i))
                    + (i.card() == null || i.card().techniques().isEmpty() ? "" : t("; technieken: ", "; techniques: ")
                    + String.join(", ", i.card().techniques().stream().map(this::technique).toList())));
        }
        if (!r.excluded().isEmpty()) {
            heading(t("Bewust uitgesloten", "Deliberately ruled out"));
            // what one finding ruled out goes on one line: "fiscal measures, legislation: Practicability …"
            // several instruments for one reason are named once as a group: "instrumenten 'a', 'b' en 'c': …"
            Map<String, List<Exclusion>> byReason = new LinkedHashMap<>();
            for (Exclusion e : r.excluded()) {
                String why = e.explanations().isEmpty() ? "" : reason(e.explanations().get(0));
                byReason.computeIfAbsent(why, k -> new ArrayList<>()).add(e);
            }
            byReason.forEach((why, excluded) -> line(" - " + excludedNames(excluded) + why));
        }
        line(t("Waarom, regel voor regel en met de bronnen: --explain full.",
                "Why, rule by rule and with the sources: --explain full."));
    }

    /**
     * What the list says beside an instrument: already there or an example to copy, and whether it fits only
     * generically.
     */
    private String marks(RankedInstrument i) {
        String whose = i.card() != null && i.card().organisation() != null ? ": " + i.card().organisation() : "";
        String status = i.status() == RankedInstrument.Status.MAKE_BETTER_USE ? " [" + i.status().label(lang) + "]"
                : i.status() == RankedInstrument.Status.EXAMPLE_TO_COPY ? " [" + i.status().label(lang) + whose + "]" : "";
        return status + (i.fit() == RankedInstrument.Fit.GENERIC ? " [" + i.fit().label(lang) + "]" : "") + lowered(i);
    }

    /** Lowered by the APEASE stage: by which criterion, e.g. " [lager door APEASE: gelijkheid]"; else "". */
    private String lowered(RankedInstrument i) {
        List<String> lowered = i.explanations().stream()
                .filter(x -> x.apease() != null && x.effect() == nl.wielwijzer.result.Effect.DISFAVOUR)
                .map(x -> x.apease().label(lang)).distinct().toList();
        return lowered.isEmpty() ? "" : " [" + t("lager door APEASE: ", "lowered by APEASE: ") + String.join(", ", lowered) + "]";
    }

    /**
     * Why something was ruled out, in one sentence; by a rule of the APEASE stage with its criterion first, which
     * replaces the criterion its text may open with: "(APEASE: aanvaardbaarheid): beperken richt je niet op …".
     */
    private String reason(Explanation x) {
        String sentence = firstSentence(lang == Language.NL ? x.nl() : x.en());
        if (x.apease() == null) {
            return ": " + sentence;
        }
        return " (APEASE: " + x.apease().label(lang) + "): " + capital(APEASE_OPENING.matcher(sentence).replaceFirst(""));
    }

    /** The criterion an APEASE rule's text opens with, e.g. "Aanvaardbaarheid (APEASE): ". */
    private static final Pattern APEASE_OPENING = Pattern.compile("^[\\p{L} -]{1,40} \\(APEASE\\):\\s*");

    private static String firstSentence(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        int end = flat.indexOf(". ");
        return end < 0 ? flat : flat.substring(0, end + 1);
    }

    private String t(String nl, String en) {
        return lang == Language.NL ? nl : en;
    }

    private String write(Recommendation r) {
        heading(t("Interventiefuncties", "Intervention functions"));
        if (r.interventionFunctions().isEmpty()) {
            line(t("  Geen: het profiel noemt geen tekorten waar de regels iets mee kunnen.",
                    "  None: the profile names no gaps the rules can act on."));
        }
        for (RankedFunction f : r.interventionFunctions()) {
            line(String.format("%3d. %s (score %s)", f.rank(), f.function().label(lang), lang.points(f.score())));
            if (!f.techniques().isEmpty()) {
                line("    " + techniques(f.techniques(), t(" (BCW-gids, tabel 3.3)", " (BCW guide, Table 3.3)")));
            }
            explanations(f.explanations());
        }
        heading(t("Beleidscategorieën", "Policy categories"));
        for (RankedCategory c : r.policyCategories()) {
            line(String.format("%3d. %s (score %s)", c.rank(), c.category().label(lang), lang.points(c.score())));
            explanations(c.explanations());
        }
        heading(t("Instrumenten", "Instruments"));
        if (r.instruments().isEmpty()) {
            line(t("  Geen passend instrument in de catalogus.", "  No fitting instrument in the catalogue."));
        }
        for (RankedInstrument i : r.instruments()) {
            String name = lang == Language.NL ? i.name() : i.nameEn();
            line(String.format("%3d. %s (score %s)%s", i.rank(), capital(name), lang.points(i.score()), marks(i)));
            description(i.id());
            line("     " + t("functies: ", "functions: ") + String.join(", ",
                    i.functions().stream().map(fn -> fn.label(lang)).toList()) + t("", "; id " + i.id()));
            if (i.card() != null && !i.card().techniques().isEmpty()) {
                line("    " + techniques(i.card().techniques(), ""));
            }
            explanations(i.explanations());
        }
        choice(t("Route", "Route"), r.route());
        choice(t("Fase", "Phase"), r.phase());
        if (!r.delivery().isEmpty()) {
            heading(t("Zo pak je het aan", "How to go about it"));
            for (Delivery d : r.delivery()) {
                line("   - " + (lang == Language.NL ? d.nl() : d.en()));
                explanations(d.explanations());
            }
        }
        if (!r.excluded().isEmpty()) {
            heading(t("Bewust uitgesloten", "Deliberately ruled out"));
            for (Exclusion e : r.excluded()) {
                line("   - " + excludedName(e));
                explanations(e.explanations());
            }
        }
        return out.toString();
    }

    /** The catalogue's description: Dutch when the catalogue has it ({@code descriptionNl}), else English. */
    private void description(String id) {
        Optional<Instrument> instrument = knowledge.catalog().find(id);
        if (instrument.isEmpty()) {
            return;
        }
        String nl = instrument.get().descriptionNl();
        String text = lang == Language.NL && nl != null && !nl.isBlank() ? nl
                : lang == Language.EN ? instrument.get().description() : null;
        if (text != null && !text.isBlank()) {
            line("     " + text.strip().replaceAll("\\s+", " "));
        }
    }

    /**
     * What one finding ruled out, in words: functions and categories by their labels ("fiscale prikkels,
     * wetgeving"), instruments as one group ("instrumenten 'a', 'b' en 'c'") rather than "instrument" before each.
     */
    private String excludedNames(List<Exclusion> excluded) {
        List<String> names = new ArrayList<>();
        List<String> instruments = new ArrayList<>();
        for (Exclusion e : excluded) {
            if (e.kind() == TargetKind.INSTRUMENT) {
                instruments.add(instrumentName(e.code()));
            } else {
                names.add(excludedName(e));
            }
        }
        if (instruments.size() == 1) {
            names.add(t("instrument ", "instrument ") + instruments.get(0));
        } else if (!instruments.isEmpty()) {
            names.add(t("instrumenten ", "instruments ") + String.join(", ", instruments.subList(0, instruments.size() - 1))
                    + t(" en ", " and ") + instruments.get(instruments.size() - 1));
        }
        return String.join(", ", names);
    }

    private String excludedName(Exclusion e) {
        return switch (e.kind()) {
            case INTERVENTION_FUNCTION -> label(InterventionFunction.class, e.code());
            case POLICY_CATEGORY -> label(PolicyCategory.class, e.code());
            case INSTRUMENT -> t("instrument ", "instrument ") + instrumentName(e.code());
            default -> e.code();
        };
    }

    private String instrumentName(String id) {
        return knowledge.catalog().find(id).map(i -> "'" + (lang == Language.NL ? i.displayName() : i.nameEn()) + "'")
                .orElse(id);
    }

    private void choice(String title, Choice<? extends Coded> choice) {
        if (choice == null) {
            return;
        }
        heading(title);
        line("     " + choice.value().label(lang) + " (score " + lang.points(choice.score()) + ")");
        explanations(choice.explanations());
    }

    private void explanations(List<Explanation> explanations) {
        for (Explanation x : explanations) {
            String points = x.points() > 0 ? " (+" + x.points() + ")" : x.points() < 0 ? " (" + x.points() + ")" : "";
            if (x.counted() != x.points()) {
                points += t(", telt " + lang.points(x.counted()), ", counts " + lang.points(x.counted()));
            }
            line("     - " + (lang == Language.NL ? x.nl() : x.en()) + points);
            line("       " + t("regelbestand: " + x.file() + ":" + x.line(), "rule: " + x.rule() + " (" + x.file() + ":" + x.line() + ")"));
            if (!x.facts().isEmpty()) {
                line("       " + t("op grond van: ", "because of: ") + String.join("; ", x.facts().stream().map(this::fact).toList()));
            }
            if (x.evidence() != null) {
                line("       " + t("bewijs: ", "evidence: ") + x.evidence().label(lang));
            }
            if (x.apease() != null) {
                line("       " + t("APEASE-criterium: ", "APEASE criterion: ") + x.apease().label(lang));
            }
            for (Citation c : x.sources()) {
                boolean one = c.fromLine() == c.toLine();
                line("       " + t("bron: ", "source: ") + c.seed() + (one ? t(" regel ", " line ") : t(" regels ", " lines ")) + c.lines()
                        + ": \"" + c.quote() + "\"");
            }
        }
    }

    // --- the facts a rule fired on, in words --------------------------------------------------------------------

    /** A fact as the engine writes it ({@code employee.age = 58}) in words ({@code leeftijd 58}). */
    String fact(String fact) {
        Matcher function = FUNCTION_FACT.matcher(fact);
        if (function.matches()) {
            return label(InterventionFunction.class, function.group(1)) + t(": plaats ", ": rank ") + function.group(2)
                    + ", score " + function.group(3);
        }
        List<String> words = new ArrayList<>();
        for (String part : fact.split(", (?=[\\w.\\[\\]]+ = )")) {
            Matcher m = ASSIGNMENT.matcher(part);
            words.add(m.matches() ? assignment(m.group(1), m.group(2)) : part);
        }
        return String.join(", ", words);
    }

    private String assignment(String path, String value) {
        String[] p = path.split("\\.");
        String last = p[p.length - 1];
        return switch (p[0]) {
            case "subject" -> label(Subject.class, value);
            case "sector" -> t("sector ", "sector ") + label(Sector.class, value);
            case "diagnosis" -> t("diagnose: ", "diagnosis: ") + term(Vocabulary.Kind.DIAGNOSES, value);
            case "pushFactors" -> t("moeten: ", "push factor: ") + term(Vocabulary.Kind.PUSH_FACTORS, value);
            case "pullFactors" -> t("willen: ", "pull factor: ") + term(Vocabulary.Kind.PULL_FACTORS, value);
            case "comB" -> label(ComB.class, last) + t(": tekort ", ": gap ") + value;
            case "selfLeadership" -> Coded.parse(SelfLeadershipTrait.class, last).isPresent()
                    ? label(SelfLeadershipTrait.class, last) + " " + value
                    : label(SelfLeadershipStrategy.class, last) + " " + value;
            case "employee" -> employee(p, last, value);
            case "organisation" -> organisation(p, last, value);
            default -> path + " = " + value;
        };
    }

    private String employee(String[] p, String last, String value) {
        return switch (p[1]) {
            case "age" -> t("leeftijd ", "age ") + value;
            case "contractHoursPerWeek" -> t("contracturen per week: ", "contract hours per week: ") + value;
            case "tenureYears" -> t("jaren in dienst: ", "years with the employer: ") + value;
            case "educationLevel" -> t("opleidingsniveau ", "education level ") + label(EducationLevel.class, value);
            case "workAbility" -> t("werkvermogen ", "work ability ") + label(WorkAbility.class, value);
            case "limitations" -> t("beperking: ", "limitation: ") + label(Limitation.class, value);
            case "placementPhase" -> t("plaatsingsfase: ", "placement phase: ") + label(PlacementPhase.class, value);
            case "careerCompetences" -> label(CareerCompetence.class, last) + " " + value;
            case "situations" -> t("situatie: ", "situation: ") + term(Vocabulary.Kind.EMPLOYEE_SITUATIONS, value);
            default -> String.join(".", p) + " = " + value;
        };
    }

    private String organisation(String[] p, String last, String value) {
        return switch (p[1]) {
            case "size" -> t("omvang: ", "size: ") + label(OrganisationSize.class, value);
            case "diPolicy" -> label(DiPolicy.class, value);
            case "diMaturity" -> t("DI-volwassenheid: ", "DI maturity: ") + label(DiMaturity.class, value);
            case "budget" -> label(Budget.class, value);
            case "motivation" -> label(EmployerMotive.class, last) + " " + value;
            case "urgency" -> t("urgentie ", "urgency ") + value;
            case "factors" -> label(OrganisationalFactor.class, last) + " " + value;
            case "offered" -> t("biedt al aan: ", "already offers: ") + instrumentName(value);
            case "situations" -> t("situatie: ", "situation: ") + term(Vocabulary.Kind.ORGANISATION_SITUATIONS, value);
            default -> String.join(".", p) + " = " + value;
        };
    }

    private <E extends Enum<E> & Coded> String label(Class<E> type, String code) {
        return Coded.parse(type, code).map(e -> e.label(lang)).orElse(code);
    }

    private String term(Vocabulary.Kind kind, String code) {
        return knowledge.vocabulary().term(kind, code).map(term -> lang == Language.NL ? term.nl() : term.en()).orElse(code);
    }

    private void heading(String title) {
        line("");
        line(title);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
