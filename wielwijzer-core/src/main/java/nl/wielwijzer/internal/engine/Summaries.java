package nl.wielwijzer.internal.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.bcw.ComB;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.catalog.Cost;
import nl.wielwijzer.catalog.Instrument;
import nl.wielwijzer.internal.knowledge.Catalog;
import nl.wielwijzer.internal.knowledge.ProfileDescription;
import nl.wielwijzer.internal.knowledge.TechniqueBook;
import nl.wielwijzer.internal.knowledge.Vocabulary;
import nl.wielwijzer.profile.Profile;
import nl.wielwijzer.profile.Subject;
import nl.wielwijzer.result.Choice;
import nl.wielwijzer.result.Explanation;
import nl.wielwijzer.result.Phase;
import nl.wielwijzer.result.RankedCategory;
import nl.wielwijzer.result.RankedFunction;
import nl.wielwijzer.result.RankedInstrument;
import nl.wielwijzer.result.Recommendation;
import nl.wielwijzer.result.Route;
import nl.wielwijzer.result.Summary;

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
    /**
     * The first sentences of descriptions and rule texts, shortened, by their text: the texts belong to this knowledge
     * set, so there are as many entries as texts, and a call looks them up instead of cutting them again.
     */
    private final Map<String, String> briefDescriptions = new ConcurrentHashMap<>();
    private final Map<String, String> briefReasons = new ConcurrentHashMap<>();

    Summaries(Catalog catalog, Vocabulary vocabulary, TechniqueBook techniques) {
        this.catalog = catalog;
        this.vocabulary = vocabulary;
        this.techniques = techniques;
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

    /** The ranked result with its techniques, its instruments' cards and its summary. */
    Recommendation complete(Profile profile, Recommendation ranked) {
        List<RankedFunction> functions = ranked.interventionFunctions().stream()
                .map(f -> f.withTechniques(techniques.of(f.function()))).toList();
        List<RankedInstrument> instruments = ranked.instruments().stream()
                .map(i -> i.withCard(card(i, functions))).toList();
        Summary summary = of(profile, functions, ranked.route(), ranked.phase(), instruments);
        return new Recommendation(ranked.profileId(), functions, ranked.policyCategories(), instruments,
                ranked.excluded(), ranked.route(), ranked.phase(), ranked.delivery(), summary,
                // what the caller is told about the profile: the older codes it used, each read as its successor
                identifiers(functions, ranked.policyCategories(), summary), vocabulary.replacedNotices(profile));
    }

    /** The BCIO ids of the functions, categories and diagnosed COM-B components, in that order. */
    private Map<String, String> identifiers(List<RankedFunction> functions, List<RankedCategory> categories,
                                            Summary summary) {
        List<String> codes = new ArrayList<>();
        functions.forEach(f -> codes.add(f.function().code()));
        categories.forEach(c -> codes.add(c.category().code()));
        if (!summary.diagnosis().code().isEmpty()) {
            codes.addAll(List.of(summary.diagnosis().code().split(",")));
        }
        Map<String, String> ids = new LinkedHashMap<>();
        codes.forEach(code -> techniques.bcio(code).ifPresent(id -> ids.put(code, id)));
        return ids;
    }

    private Summary of(Profile profile, List<RankedFunction> functions, Choice<Route> route, Choice<Phase> phase,
                       List<RankedInstrument> instruments) {
        List<InterventionFunction> top = functions.stream().limit(Summary.FUNCTIONS)
                .map(RankedFunction::function).toList();
        List<Summary.Card> cards = instruments.stream().limit(Summary.INSTRUMENTS)
                .map(RankedInstrument::card).toList();
        return new Summary(targetBehaviour(profile), diagnosis(profile), top,
                route == null ? null : route.value(), phase == null ? null : phase.value(), cards);
    }

    private Coded.Labels targetBehaviour(Profile profile) {
        String code = target(profile);
        return vocabulary.term(Vocabulary.Kind.TARGET_BEHAVIOURS, code)
                .map(t -> new Coded.Labels(code, t.nl(), t.en()))
                .orElseGet(() -> code.equals("developDiPolicy")
                        ? new Coded.Labels(code, "systematisch beleid voor duurzame inzetbaarheid ontwikkelen",
                                "systematically developing a policy for sustainable employability")
                        : new Coded.Labels(code, "zelf werken aan je duurzame inzetbaarheid",
                                "working on one's own sustainable employability"));
    }

    // --- the diagnosis in one sentence ---------------------------------------------------------------------

    /** The gaps that matter most: the largest, and the next size when the largest is only one component. */
    static Coded.Labels diagnosis(Profile profile) {
        List<Map.Entry<ComB, Integer>> gaps = profile.comB().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Comparator.comparing((Map.Entry<ComB, Integer> e) -> -e.getValue())
                        .thenComparing(e -> e.getKey().ordinal()))
                .toList();
        if (gaps.isEmpty()) {
            return new Coded.Labels("", "Het profiel noemt geen tekorten in vermogen, gelegenheid of motivatie.",
                    "The profile names no gaps in capability, opportunity or motivation.");
        }
        int largest = gaps.get(0).getValue();
        List<Map.Entry<ComB, Integer>> most = new ArrayList<>(gaps.stream().filter(e -> e.getValue() == largest).toList());
        if (most.size() == 1 && gaps.size() > 1) {
            int next = gaps.get(1).getValue();
            gaps.stream().filter(e -> e.getValue() == next).limit(2).forEach(most::add);
        }
        String code = String.join(",", most.stream().map(e -> e.getKey().code()).toList());
        String nl = "Het zwaarst wegen de tekorten in " + list(most, true) + ".";
        String en = "The gaps that matter most are in " + list(most, false) + ".";
        return new Coded.Labels(code, nl, en);
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

    private Summary.Card card(RankedInstrument ranked, List<RankedFunction> functions) {
        Instrument i = catalog.find(ranked.id()).orElseThrow();
        Coded.Labels note = i.costNote() == null || i.costNote().isBlank() ? null
                : new Coded.Labels("costNote", i.costNoteNl() == null ? null : i.costNoteNl().strip(), i.costNote().strip());
        return new Summary.Card(i.id(), new Coded.Labels(i.id(), i.displayName(), i.nameEn()),
                new Coded.Labels(i.id(), brief(briefDescriptions, or(i.descriptionNl(), i.description()), DESCRIPTION),
                        brief(briefDescriptions, i.description(), DESCRIPTION)),
                i.provider(), i.organisation(), cost(i), access(i, ranked.status()), reason(ranked, i, functions), i.evidence(), note,
                techniques.of(i.id()));
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
     * the generic matching rules. Without one, the card says the instrument fits only generically.
     */
    private Coded.Labels reason(RankedInstrument ranked, Instrument i, List<RankedFunction> functions) {
        for (Explanation x : ranked.explanations()) { // largest effect first
            if (x.counted() > 0 && !Scoring.genericFile(x.file())) {
                return new Coded.Labels(x.file() + ":" + x.line(), brief(briefReasons, x.nl(), SHORT),
                        brief(briefReasons, x.en(), SHORT));
            }
        }
        InterventionFunction best = functions.stream().map(RankedFunction::function)
                .filter(i::delivers).findFirst().orElse(null);
        String nl = best == null ? "Past alleen algemeen bij dit profiel; geen bevinding uit de bronnen noemt het specifiek."
                : "Past alleen algemeen: het werkt via " + best.labels().nl()
                + ", maar geen bevinding uit de bronnen noemt het specifiek voor dit profiel.";
        String en = best == null ? "Fits this profile only generically; no finding of the sources names it specifically."
                : "Fits only generically: it works through " + best.labels().en()
                + ", but no finding of the sources names it for this profile specifically.";
        return new Coded.Labels("generic", nl, en);
    }

    /** The first sentence of {@code text}, at most {@code max} characters, from {@code cache} when cut before. */
    private static String brief(Map<String, String> cache, String text, int max) {
        if (text == null) {
            return "";
        }
        return cache.computeIfAbsent(text, t -> shorten(firstSentence(t), max));
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
