package nl.wielwijzer.internal.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;
import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.bcw.ComB;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.bcw.PolicyCategory;
import nl.wielwijzer.catalog.Cost;
import nl.wielwijzer.catalog.Instrument;
import nl.wielwijzer.internal.knowledge.Catalog;
import nl.wielwijzer.internal.knowledge.ProfileDescription;
import nl.wielwijzer.internal.knowledge.RuleInfo;
import nl.wielwijzer.internal.knowledge.TechniqueBook;
import nl.wielwijzer.internal.knowledge.Vocabulary;
import nl.wielwijzer.profile.Profile;
import nl.wielwijzer.profile.Subject;
import nl.wielwijzer.result.Choice;
import nl.wielwijzer.result.Phase;
import nl.wielwijzer.result.RankedCategory;
import nl.wielwijzer.result.RankedFunction;
import nl.wielwijzer.result.RankedInstrument;
import nl.wielwijzer.result.Recommendation;
import nl.wielwijzer.result.Route;
import nl.wielwijzer.result.Summary;
import nl.wielwijzer.result.Technique;

/**
 * Writes the adviser's layer of a result once ranking is done: a card for every listed instrument (what it is, who
 * offers it, what it costs, how to get it, the one finding that put it there), the behaviour change techniques of
 * every function and instrument, and the summary (the target behaviour, the diagnosis in one sentence, the top
 * functions, route and phase, and the first five cards). Everything it says comes from the profile, the ranked
 * result, the catalogue, the vocabulary and {@code rules/bct.yaml}; it never changes a rank or a score.
 */
final class Summaries {

    /**
     * The longest reason a card shows before it is cut at a clause or a word, and the longest description: five
     * cards and the summary fit in 3 KB in one language (docs/result.md, "Sizes").
     */
    private static final int SHORT = 110;
    private static final int DESCRIPTION = 85;

    private final Catalog catalog;
    private final Vocabulary vocabulary;
    private final TechniqueBook techniques;
    /** The BCTs of every function, looked up once per knowledge set instead of by a built key on every call. */
    private final Map<InterventionFunction, List<Technique>> functionTechniques = new EnumMap<>(InterventionFunction.class);
    /**
     * What the card of each catalogue instrument says whatever the profile, by id, written the first time a call
     * lists the instrument: writing the cards of the whole catalogue up front would add tens of milliseconds to
     * loading, for instruments most profiles never see.
     */
    private final Map<String, CardText> cards = new ConcurrentHashMap<>();
    /**
     * The BCIO ids of the functions, policy categories and COM-B components that have one: a lookup by the constant
     * instead of by its code, which would compare the code's characters with the file's on every call.
     */
    private final Map<Coded, String> bcioIds = new HashMap<>();
    /** The target behaviours of the vocabulary as a summary names them, by code. */
    private final Map<String, Coded.Labels> targets = new HashMap<>();
    /**
     * The first sentences of rule texts, shortened, by their text: the texts belong to this knowledge set, so there
     * are as many entries as texts, and a call looks them up instead of cutting them again.
     */
    private final Map<String, String> briefReasons = new ConcurrentHashMap<>();
    /**
     * The reasons cards have given, by the Dutch text of their rule: a reason depends on its rule alone, so a call
     * finds it here instead of writing its code and texts again.
     */
    private final Map<String, Reason> reasons = new ConcurrentHashMap<>();

    /**
     * Looks up, once per knowledge set, the functions' techniques, the BCIO ids and the target behaviours that every
     * call needs: these maps are filled here and only read afterwards, so the threads that share this object need
     * no locks for them.
     */
    Summaries(Catalog catalog, Vocabulary vocabulary, TechniqueBook techniques) {
        this.catalog = catalog;
        this.vocabulary = vocabulary;
        this.techniques = techniques;
        for (InterventionFunction function : InterventionFunction.values()) {
            functionTechniques.put(function, techniques.of(function));
        }
        for (Coded[] kind : new Coded[][] {InterventionFunction.values(), PolicyCategory.values(), COMPONENTS}) {
            for (Coded value : kind) {
                techniques.bcio(value.code()).ifPresent(id -> bcioIds.put(value, id));
            }
        }
        for (Vocabulary.Term t : vocabulary.terms(Vocabulary.Kind.TARGET_BEHAVIOURS)) {
            targets.put(t.code(), new Coded.Labels(t.code(), t.nl(), t.en()));
        }
    }

    /** The subject's general behaviour, the target when a profile names none. */
    static String defaultTarget(Subject subject) {
        return switch (subject) {
            case EMPLOYEE -> "workOnOwnEmployability";
            case EMPLOYER -> "developDiPolicy";
            case MANAGER -> "supportStaffEmployability";
        };
    }

    /** The target behaviour's code: the profile's, or its subject's default. */
    static String target(Profile profile) {
        return profile.values().get(ProfileDescription.TARGET_BEHAVIOUR) instanceof String code
                ? code : defaultTarget(profile.subject());
    }

    /**
     * The ranked result with its techniques, its instruments' cards and its summary. Runs on every call, so this
     * stage uses plain loops rather than streams: a stream's pipeline costs more than the few functions and
     * instruments it would walk.
     *
     * @param leads for each listed instrument, in order, the rule its card gives as its reason
     *              ({@link Explanations#lead}), or null when only generic matching scored it
     */
    Recommendation complete(Profile profile, Recommendation ranked, List<RuleInfo> leads) {
        List<RankedFunction> functions = new ArrayList<>(ranked.interventionFunctions().size());
        for (RankedFunction f : ranked.interventionFunctions()) {
            functions.add(f.withTechniques(functionTechniques.get(f.function())));
        }
        List<RankedInstrument> instruments = new ArrayList<>(ranked.instruments().size());
        for (int n = 0; n < ranked.instruments().size(); n++) {
            RankedInstrument i = ranked.instruments().get(n);
            instruments.add(i.withCard(card(i, leads.get(n), functions)));
        }
        Diagnosis diagnosis = diagnosis(profile);
        Summary summary = of(profile, diagnosis, functions, ranked.route(), ranked.phase(), instruments);
        return new Recommendation(ranked.profileId(), functions, ranked.policyCategories(), instruments,
                ranked.excluded(), ranked.route(), ranked.phase(), ranked.delivery(), summary,
                // what the caller is told about the profile: the older codes it used, each read as its successor
                identifiers(functions, ranked.policyCategories(), diagnosis), vocabulary.replacedNotices(profile));
    }

    /** The BCIO ids of the functions, categories and diagnosed COM-B components, in that order. */
    private Map<String, String> identifiers(List<RankedFunction> functions, List<RankedCategory> categories,
                                            Diagnosis diagnosis) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (RankedFunction f : functions) {
            putIdentifier(ids, f.function());
        }
        for (RankedCategory c : categories) {
            putIdentifier(ids, c.category());
        }
        for (ComB component : diagnosis.components()) {
            putIdentifier(ids, component);
        }
        return ids;
    }

    /** Adds the value's BCIO id by its code, when it has one. */
    private void putIdentifier(Map<String, String> ids, Coded value) {
        String id = bcioIds.get(value);
        if (id != null) {
            ids.put(value.code(), id);
        }
    }

    private Summary of(Profile profile, Diagnosis diagnosis, List<RankedFunction> functions, Choice<Route> route,
                       Choice<Phase> phase, List<RankedInstrument> instruments) {
        List<InterventionFunction> top = new ArrayList<>(Summary.FUNCTIONS);
        for (int n = 0; n < Summary.FUNCTIONS && n < functions.size(); n++) {
            top.add(functions.get(n).function());
        }
        List<Summary.Card> cards = new ArrayList<>(Summary.INSTRUMENTS);
        for (int n = 0; n < Summary.INSTRUMENTS && n < instruments.size(); n++) {
            cards.add(instruments.get(n).card());
        }
        return new Summary(targetBehaviour(profile), diagnosis.labels(), top,
                route == null ? null : route.value(), phase == null ? null : phase.value(), cards);
    }

    private Coded.Labels targetBehaviour(Profile profile) {
        String code = target(profile);
        Coded.Labels term = targets.get(code);
        if (term != null) {
            return term;
        }
        return code.equals("developDiPolicy")
                ? new Coded.Labels(code, "systematisch beleid voor duurzame inzetbaarheid ontwikkelen",
                        "systematically developing a policy for sustainable employability")
                : new Coded.Labels(code, "zelf werken aan je duurzame inzetbaarheid",
                        "working on one's own sustainable employability");
    }

    // --- the diagnosis in one sentence ---------------------------------------------------------------------

    /**
     * The diagnosis as the summary says it, with the components its code lists (largest gap first), which the
     * identifiers name.
     */
    private record Diagnosis(Coded.Labels labels, List<ComB> components) {
    }

    /** The components in their order; {@code ComB.values()} would copy the array on every call. */
    private static final ComB[] COMPONENTS = ComB.values();
    /** The gap sizes a profile can give a component: 0 (none) to 3 (large). */
    private static final int SIZES = 4;
    /**
     * The diagnosis of every combination of gap sizes, written the first time a profile has it: it depends on the
     * sizes alone, there are only 4^6 combinations, and profiles repeat them. An entry is immutable and the same
     * whichever thread writes it, so threads may share the table (it belongs to no knowledge set).
     */
    private static final AtomicReferenceArray<Diagnosis> DIAGNOSES =
            new AtomicReferenceArray<>((int) Math.pow(SIZES, COMPONENTS.length));

    /** The profile's diagnosis, from the table when its gap sizes are in range. */
    private static Diagnosis diagnosis(Profile profile) {
        int key = 0;
        for (ComB component : COMPONENTS) {
            Integer size = profile.comB().get(component);
            int gap = size == null || size < 0 ? 0 : size; // no size and a size below 0 both mean no gap
            if (gap >= SIZES) {
                return diagnose(profile); // outside the documented range: not worth a table entry
            }
            key = key * SIZES + gap;
        }
        Diagnosis known = DIAGNOSES.get(key);
        if (known == null) {
            known = diagnose(profile);
            DIAGNOSES.set(key, known);
        }
        return known;
    }

    /** The gaps that matter most: the largest, and the next size when the largest is only one component. */
    private static Diagnosis diagnose(Profile profile) {
        List<Map.Entry<ComB, Integer>> gaps = profile.comB().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Comparator.comparing((Map.Entry<ComB, Integer> e) -> -e.getValue())
                        .thenComparing(e -> e.getKey().ordinal()))
                .toList();
        if (gaps.isEmpty()) {
            return new Diagnosis(new Coded.Labels("",
                    "Het profiel noemt geen tekorten in vermogen, gelegenheid of motivatie.",
                    "The profile names no gaps in capability, opportunity or motivation."), List.of());
        }
        int largest = gaps.get(0).getValue();
        List<Map.Entry<ComB, Integer>> most = new ArrayList<>(gaps.stream().filter(e -> e.getValue() == largest).toList());
        if (most.size() == 1 && gaps.size() > 1) {
            int next = gaps.get(1).getValue();
            gaps.stream().filter(e -> e.getValue() == next).limit(2).forEach(most::add);
        }
        List<ComB> components = most.stream().map(Map.Entry::getKey).toList();
        String code = String.join(",", components.stream().map(ComB::code).toList());
        String nl = "Het zwaarst wegen de tekorten in " + list(most, true) + ".";
        String en = "The gaps that matter most are in " + list(most, false) + ".";
        return new Diagnosis(new Coded.Labels(code, nl, en), components);
    }

    private static String list(List<Map.Entry<ComB, Integer>> gaps, boolean dutch) {
        List<String> parts = gaps.stream().map(e -> e.getKey().labels().nl() + " (" + size(e.getValue(), true) + ")")
                .toList();
        if (!dutch) {
            parts = gaps.stream().map(e -> e.getKey().labels().en() + " (" + size(e.getValue(), false) + ")").toList();
        }
        return join(parts, dutch ? " en " : " and ");
    }

    private static String size(int severity, boolean dutch) {
        return switch (severity) {
            case 3 -> dutch ? "groot tekort" : "large gap";
            case 2 -> dutch ? "duidelijk tekort" : "clear gap";
            default -> dutch ? "klein tekort" : "small gap";
        };
    }

    static String join(List<String> parts, String and) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + and + parts.get(parts.size() - 1);
    }

    // --- an instrument as a card ---------------------------------------------------------------------------

    /**
     * What an instrument's card says whatever the profile: everything but the reason, with how to get it for each
     * status. Written once per instrument and knowledge set.
     */
    private record CardText(Instrument instrument, Coded.Labels name, Coded.Labels description, Coded.Labels cost,
                            Map<RankedInstrument.Status, Coded.Labels> access, Coded.Labels costNote,
                            List<Technique> techniques) {

        static CardText of(Instrument i, List<Technique> techniques) {
            Coded.Labels note = i.costNote() == null || i.costNote().isBlank() ? null
                    : new Coded.Labels("costNote", i.costNoteNl() == null ? null : i.costNoteNl().strip(), i.costNote().strip());
            Map<RankedInstrument.Status, Coded.Labels> access = new EnumMap<>(RankedInstrument.Status.class);
            for (RankedInstrument.Status status : RankedInstrument.Status.values()) {
                access.put(status, Summaries.access(i, status));
            }
            return new CardText(i, new Coded.Labels(i.id(), i.displayName(), i.nameEn()),
                    new Coded.Labels(i.id(), brief(or(i.descriptionNl(), i.description()), DESCRIPTION),
                            brief(i.description(), DESCRIPTION)),
                    Summaries.cost(i), access, note, techniques);
        }
    }

    private Summary.Card card(RankedInstrument ranked, RuleInfo lead, List<RankedFunction> functions) {
        // a plain look-up first: computeIfAbsent may lock even for a key it holds, and 'this::cardText' is a new
        // object each time
        CardText text = cards.get(ranked.id());
        if (text == null) {
            text = cards.computeIfAbsent(ranked.id(), this::cardText);
        }
        Instrument i = text.instrument();
        return new Summary.Card(i.id(), text.name(), text.description(), i.provider(), i.organisation(), text.cost(),
                text.access().get(ranked.status()), reason(lead, i, functions), i.evidence(), text.costNote(),
                text.techniques());
    }

    private CardText cardText(String id) {
        return CardText.of(catalog.find(id).orElseThrow(), techniques.of(id));
    }

    private static Coded.Labels cost(Instrument i) {
        Cost cost = i.cost();
        if (cost == Cost.UNKNOWN) {
            return new Coded.Labels(cost.code(), "kosten: niet bekend uit de bron.", "cost: not given in the source.");
        }
        // the amounts and conditions are the card's costNote, apart from the level
        return new Coded.Labels(cost.code(), "kosten: " + cost.labels().nl() + ".", "cost: " + cost.labels().en() + ".");
    }

    /** How to get it: already there ({@code inPlace}), through the named provider, or to organise in-house. */
    private static Coded.Labels access(Instrument i, RankedInstrument.Status status) {
        if (status == RankedInstrument.Status.MAKE_BETTER_USE) {
            return new Coded.Labels("inPlace", "Is al in huis: maak het bekend en beter bereikbaar.",
                    "Already in place: make it known and easier to reach.");
        }
        if (status == RankedInstrument.Status.EXAMPLE_TO_COPY) {
            return new Coded.Labels("example", "Voorbeeld om over te nemen: dit is een eigen regeling van "
                    + i.organisation() + "; zet zelf iets vergelijkbaars op.", "An example to copy: this is "
                    + i.organisation() + "'s own arrangement; set up something like it.");
        }
        String provider = i.provider();
        // a proper name, not one of the catalogue's English descriptions of a provider ("Various providers …")
        if (provider != null && !provider.isBlank() && properName(provider)) {
            // the catalogue writes providers in English: the Dutch card keeps the leading name only
            // (up to a bracket, a comma, a semicolon or an English joining word: "Transvorm; Welstaete and 7 other …";
            // two names stay two: "SBCM and Cedris" is "SBCM en Cedris")
            String name = AFTER_NAME.matcher(TWO_NAMES.matcher(provider).replaceAll(" en ")).replaceAll("").strip();
            return new Coded.Labels("provider", "Te krijgen via " + name + ".", "Available through " + provider.strip() + ".");
        }
        return new Coded.Labels("inHouse", "Zelf te organiseren; de bron noemt geen vaste aanbieder.",
                "To organise in-house; the source names no fixed provider.");
    }

    /** "SBCM and Cedris": two names, joined in Dutch. */
    private static final Pattern TWO_NAMES = Pattern.compile(" and (?=\\p{Lu})");
    /** What follows a provider's leading name: a bracket, a comma, a semicolon or an English joining word. */
    private static final Pattern AFTER_NAME = Pattern.compile("\\s*(\\(| with | by | and | per | for |, |; ).*$");
    /** A name that starts with a small letter, camel-cased: "deRotterdamseZorg". */
    private static final Pattern CAMEL_CASED = Pattern.compile("[a-z]+\\p{Lu}\\S*(\\s.*)?");

    /**
     * Whether the catalogue's provider starts with a name ("Transvorm", "A&O fonds Gemeenten", the camel-cased
     * "deRotterdamseZorg") rather than an English description of one ("sector organisations", "Various providers").
     */
    static boolean properName(String provider) {
        return (Character.isUpperCase(provider.charAt(0)) && !provider.startsWith("Various"))
                || CAMEL_CASED.matcher(provider).matches();
    }

    /**
     * The one finding that put the instrument here: the largest positive effect of a rule that is not one of
     * the generic matching rules ({@code lead}, the first such of the instrument's explanations). Without one, the
     * card says the instrument fits only generically.
     */
    private Coded.Labels reason(RuleInfo lead, Instrument i, List<RankedFunction> functions) {
        if (lead != null) {
            return specificReason(lead);
        }
        for (RankedFunction f : functions) { // best first
            if (i.delivers(f.function())) {
                return GENERIC_THROUGH.get(f.function());
            }
        }
        return GENERIC;
    }

    /** A reason a rule gives, with what it was written from besides the rule's Dutch text. */
    private record Reason(String file, int line, String en, Coded.Labels labels) {

        /** Whether the rule, which has the same Dutch text, is this reason's rule. */
        boolean of(RuleInfo x) {
            return line == x.line() && Objects.equals(file, x.file()) && Objects.equals(en, x.en());
        }
    }

    /**
     * The rule's finding as a card's reason: its place ({@code file:line}) and the first sentences of its texts.
     * Of two rules with the same Dutch text only the first has an entry; the other's reason is written on each call.
     */
    private Coded.Labels specificReason(RuleInfo x) {
        Reason known = x.nl() == null ? null : reasons.get(x.nl());
        if (known != null && known.of(x)) {
            return known.labels();
        }
        Reason reason = new Reason(x.file(), x.line(), x.en(),
                new Coded.Labels(x.file() + ":" + x.line(), briefReason(x.nl()), briefReason(x.en())));
        if (x.nl() != null) {
            reasons.putIfAbsent(x.nl(), reason);
        }
        return reason.labels();
    }

    /** The reason of a card that fits only generically, without a function that the instrument delivers. */
    private static final Coded.Labels GENERIC = new Coded.Labels("generic",
            "Past alleen algemeen bij dit profiel; geen bevinding uit de bronnen noemt het specifiek.",
            "Fits this profile only generically; no finding of the sources names it specifically.");
    /** The reason of a card that fits only generically, by the best function that the instrument delivers. */
    private static final Map<InterventionFunction, Coded.Labels> GENERIC_THROUGH = genericThrough();

    private static Map<InterventionFunction, Coded.Labels> genericThrough() {
        Map<InterventionFunction, Coded.Labels> byFunction = new EnumMap<>(InterventionFunction.class);
        for (InterventionFunction f : InterventionFunction.values()) {
            byFunction.put(f, new Coded.Labels("generic", "Past alleen algemeen: het werkt via " + f.labels().nl()
                    + ", maar geen bevinding uit de bronnen noemt het specifiek voor dit profiel.",
                    "Fits only generically: it works through " + f.labels().en()
                    + ", but no finding of the sources names it for this profile specifically."));
        }
        return Collections.unmodifiableMap(byFunction);
    }

    /** The first sentence of a rule text, at most {@link #SHORT} characters, from the cache when cut before. */
    private String briefReason(String text) {
        if (text == null) {
            return "";
        }
        String brief = briefReasons.get(text); // a plain look-up first, as for the cards
        return brief != null ? brief : briefReasons.computeIfAbsent(text, Summaries::cutReason);
    }

    private static String cutReason(String text) {
        return brief(text, SHORT);
    }

    /** The first sentence of {@code text}, at most {@code max} characters; empty without a text. */
    private static String brief(String text, int max) {
        return text == null ? "" : shorten(firstSentence(text), max);
    }

    private static String or(String first, String second) {
        return first == null || first.isBlank() ? second : first;
    }

    /**
     * The text up to the end of its first sentence, on one line. A full stop ends the sentence only before a capital
     * or a digit, so that "e.g. colleagues" or "bijv. een" does not cut the sentence short.
     */
    static String firstSentence(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        for (int end = flat.indexOf(". "); end >= 0; end = flat.indexOf(". ", end + 1)) {
            char next = end + 2 < flat.length() ? flat.charAt(end + 2) : 'A';
            if (Character.isUpperCase(next) || Character.isDigit(next)) {
                return flat.substring(0, end + 1);
            }
        }
        return flat;
    }

    /** At most {@link #SHORT} characters, cut at a word. */
    static String shorten(String text) {
        return shorten(text, SHORT);
    }

    /** At most {@code max} characters: the first clause when it says enough, else cut at a word. */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        // the first clause, when it says enough; not before a colon or a bracket, where the sentence goes on
        // ("begint met vragen als: …" cut there reads "begint met vragen als.")
        for (String clause : new String[] {"; ", " – "}) {
            int end = text.indexOf(clause);
            if (end >= 40 && end < max && balanced(text.substring(0, end))) {
                return text.substring(0, end) + ".";
            }
        }
        int cut = text.lastIndexOf(' ', max - 2);
        return text.substring(0, cut < 0 ? max - 2 : cut).replaceAll("[,;:]$", "") + " …";
    }

    /** Whether every bracket opened in the text is closed: a cut inside brackets reads as a broken sentence. */
    private static boolean balanced(String text) {
        return text.chars().filter(c -> c == '(').count() == text.chars().filter(c -> c == ')').count();
    }
}
