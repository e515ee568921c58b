package nl.wielwijzer.lint;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.bcw.ComB;
import nl.wielwijzer.catalog.Instrument;
import nl.wielwijzer.internal.io.SourceFile;
import nl.wielwijzer.internal.knowledge.Knowledge;
import nl.wielwijzer.internal.knowledge.RuleInfo;
import nl.wielwijzer.internal.knowledge.RuleText;
import nl.wielwijzer.internal.knowledge.TechniqueBook;
import nl.wielwijzer.internal.knowledge.Vocabulary;
import nl.wielwijzer.internal.knowledge.Wheel;
import nl.wielwijzer.problem.InvalidProfileException;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.profile.EmployeeContext;
import nl.wielwijzer.profile.Limitation;
import nl.wielwijzer.profile.Profile;
import nl.wielwijzer.profile.Sector;
import nl.wielwijzer.profile.Subject;
import nl.wielwijzer.result.Step;
import nl.wielwijzer.result.TargetKind;
import nl.wielwijzer.result.Trace;

/**
 * Checks beyond what loading enforces. Loading already refuses rules without sources or explanations, quotes
 * that are not in their lines and codes nobody defines; lint adds what a loaded set can still get wrong:
 *
 * <ul>
 *   <li>a catalogue entry no rule can ever recommend (it never becomes a scored candidate for any subject,
 *       sector, age, work ability or placement phase);</li>
 *   <li>two rules with the same conditions and opposite effects on the same target;</li>
 *   <li>vocabulary codes no rule uses;</li>
 *   <li>rules whose actions change nothing (the effect read from their actions is empty);</li>
 *   <li>cells of the wheel's table ({@code rules/bcw-wheel.yaml}) whose generated rule gives no points, and the
 *       cells the policy designers added themselves ({@code own}) rather than the published wheel;</li>
 *   <li>a rule whose condition names a sector ({@code Case( vvt )}, {@code sector == Sector.GEMEENTE}) while its
 *       {@code @scope} says other sectors;</li>
 *   <li>in {@code rules/bct.yaml}: a technique under {@code techniques} that no function or instrument links, and an
 *       intervention function the file does not list (results then show no techniques for it). Loading itself
 *       refuses a number that is not a BCT Taxonomy v1 technique, a link to a technique the file does not define,
 *       an unknown function or instrument, and a quote that is not in its seed lines.</li>
 * </ul>
 */
public final class Lint {

    private static final Pattern ACTION = Pattern.compile(
            "advice\\s*\\.\\s*(favour|disfavour|ruleOut|makeBetterUse|alreadyOffered)\\s*\\(\\s*([A-Z_]+|\\$\\w+)");
    /** The ids of {@code advice.favour(2, "a", "b")}, {@code advice.disfavour(1, "a")} and {@code advice.ruleOut("a")}. */
    private static final Pattern BY_ID = Pattern.compile(
            "advice\\s*\\.\\s*(favour|disfavour|ruleOut)\\s*\\(((?:\\s*\\d+\\s*,)?\\s*\"[^\"]*\"(?:\\s*,\\s*\"[^\"]*\")*)\\s*\\)");
    private static final Pattern ID_LITERAL = Pattern.compile("\"([^\"]*)\"");
    /** {@code advice.favourEach(1, Route.DEVELOPMENT)}: every candidate with the attributes, a target of its own. */
    private static final Pattern EACH = Pattern.compile(
            "advice\\s*\\.\\s*(favour|disfavour|ruleOut)Each\\s*\\(\\s*(?:\\d+\\s*,)?([^)]*)\\)");

    /** The largest gap a profile can give: probes use it to give every rule its best chance to fire. */
    private static final int LARGE_GAP = 3;

    private Lint() {
    }

    public static List<Finding> check(Recommender recommender) {
        Knowledge knowledge = recommender.knowledge();
        List<Finding> findings = new ArrayList<>();
        findings.addAll(unreachableInstruments(recommender));
        findings.addAll(contradictions(knowledge));
        findings.addAll(unusedCodes(knowledge));
        findings.addAll(undocumentedEffects(knowledge));
        findings.addAll(matrixCells(recommender));
        findings.addAll(scopeDisagreements(knowledge));
        findings.addAll(techniques(knowledge));
        return findings;
    }

    // --- rules/bct.yaml ----------------------------------------------------------------------------------------

    /**
     * What {@code bct.yaml} can get wrong and still load: a technique defined but linked to nothing (results never
     * show it), and a function left out of {@code functions} (results show no techniques for it).
     */
    static List<Finding> techniques(Knowledge knowledge) {
        TechniqueBook book = knowledge.techniques();
        List<Finding> findings = new ArrayList<>();
        if (book.file() == null) {
            return findings;
        }
        Set<String> linked = new HashSet<>();
        book.entries().forEach(e -> linked.add(e.technique().number()));
        for (TechniqueBook.Definition d : book.definitions()) {
            if (!linked.contains(d.number())) {
                findings.add(new Finding(false, new Problem(d.file(), d.line(), 0, "techniques " + d.number(),
                        "no function or instrument links this technique (" + d.en() + "), so no result shows it",
                        "link it under 'functions' or 'instruments', or remove it")));
            }
        }
        for (var function : book.unlistedFunctions()) {
            findings.add(new Finding(false, new Problem(book.file(), book.functionsLine(), 0, "functions " + function.code(),
                    "the function is not listed, so results show no techniques for it",
                    "list its techniques, or write '" + function.code() + ": []' when the BCW guide names none "
                            + "(as for restriction)")));
        }
        return findings;
    }

    // --- @scope against the condition ----------------------------------------------------------------------

    private static final Pattern CASE = Pattern.compile("\\bCase\\s*\\(([^)]*)\\)");
    private static final Pattern SECTOR_WORD = Pattern.compile(
            "(?<![!\\w.])(vvt|gemeente|otherSector)\\b|Sector\\s*\\.\\s*(VVT|GEMEENTE|OTHER)\\b");

    /**
     * A rule whose condition names the sector (e.g. {@code Case( vvt )}) must have the same sectors in its
     * {@code @scope}: a wider scope claims more than the rule does, a narrower one means it can never fire.
     */
    static List<Finding> scopeDisagreements(Knowledge knowledge) {
        List<Finding> findings = new ArrayList<>();
        for (SourceFile file : knowledge.rules().sources()) {
            for (RuleText text : RuleText.of(file)) {
                RuleInfo rule = knowledge.rules().rules().get(text.name());
                if (rule == null) {
                    continue;
                }
                Set<Sector> named = sectorsIn(text.conditions());
                if (named.isEmpty()) {
                    continue;
                }
                Set<Sector> scope = rule.scope().isEmpty() ? EnumSet.allOf(Sector.class) : EnumSet.copyOf(rule.scope());
                if (!scope.equals(named)) {
                    findings.add(new Finding(true, new Problem(text.file(), text.line(), 0, "rule \"" + text.name() + "\" @scope",
                            "its condition is about " + codes(named) + " but its @scope says " + String.join(", ", rule.scopeCodes()),
                            "make the two agree: write @scope(" + named.stream().map(x -> "\"" + x.code() + "\"")
                                    .collect(java.util.stream.Collectors.joining(", ")) + "), or drop the sector from the "
                                    + "condition (the engine applies @scope itself)")));
                }
            }
        }
        return findings;
    }

    /** The sectors a rule's condition restricts itself to, from its {@code Case( … )} patterns. */
    static Set<Sector> sectorsIn(String conditions) {
        Set<Sector> sectors = EnumSet.noneOf(Sector.class);
        Matcher c = CASE.matcher(conditions);
        while (c.find()) {
            Matcher m = SECTOR_WORD.matcher(c.group(1));
            while (m.find()) {
                String word = m.group(1) != null ? m.group(1) : m.group(2);
                sectors.add(switch (word) {
                    case "vvt", "VVT" -> Sector.VVT;
                    case "gemeente", "GEMEENTE" -> Sector.GEMEENTE;
                    default -> Sector.OTHER;
                });
            }
        }
        return sectors;
    }

    // --- instruments no rule can recommend ---------------------------------------------------------------

    private static List<Finding> unreachableInstruments(Recommender recommender) {
        Set<String> reached = new HashSet<>();
        for (Profile probe : probes(recommender.knowledge())) {
            for (Step step : trace(recommender, probe).steps()) {
                if (step.targetKind() == TargetKind.INSTRUMENT && step.points() > 0) {
                    reached.add(step.target());
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Instrument i : recommender.knowledge().catalog().instruments()) {
            if (!reached.contains(i.id())) {
                findings.add(new Finding(false, new Problem(i.file(), i.line(), 0, i.id(),
                        "no rule can recommend this instrument: for no subject, sector, age, work ability or placement "
                                + "phase does it become a candidate that earns points",
                        "check its audience (" + codes(i.audience()) + "), sectors (" + codes(i.sectors())
                                + ") and functions (" + codes(i.functions().keySet()) + ") against rules/instruments.drl (who is a "
                                + "candidate) and rules/instrument-fit.yaml (what a candidate earns)")));
            }
        }
        return findings;
    }

    /**
     * Profiles that give every instrument its best chance: both subjects in every sector, all gaps large, and
     * for each combination of age range, work ability and placement phase the catalogue uses, a fitting employee.
     */
    private static List<Profile> probes(Knowledge knowledge) {
        Set<String> seen = new HashSet<>();
        List<EmployeeContext> employees = new ArrayList<>();
        employees.add(EmployeeContext.UNKNOWN);
        for (Instrument i : knowledge.catalog().instruments()) {
            EmployeeContext.Builder e = EmployeeContext.UNKNOWN.toBuilder();
            if (i.hasAgeRange()) {
                e.age(i.ageMin() != null ? i.ageMin() : i.ageMax());
            }
            if (i.hasWorkAbilityLimit()) {
                e.workAbility(i.workAbility().iterator().next());
            }
            if (i.hasPlacementPhases()) {
                e.placementPhase(i.placementPhases().iterator().next());
            }
            EmployeeContext context = e.build();
            if (seen.add(context.toString())) {
                employees.add(context);
            }
        }
        List<Profile> probes = new ArrayList<>();
        for (Subject subject : Subject.values()) {
            for (Sector sector : Sector.values()) {
                for (EmployeeContext employee : employees) {
                    probes.add(withEmployee(allGaps(subject, sector), employee).build());
                }
                // Some instruments are reserved for a group, or become candidates only in a situation the
                // vocabulary names: give each situation, and an occupational limitation, its own probe.
                probes.add(allGaps(subject, sector).employee(e -> e.limitation(Limitation.PHYSICAL)).build());
                for (Vocabulary.Term term : knowledge.vocabulary().terms(Vocabulary.Kind.ORGANISATION_SITUATIONS)) {
                    probes.add(allGaps(subject, sector).organisation(o -> o.situation(term.code())).build());
                }
                for (Vocabulary.Term term : knowledge.vocabulary().terms(Vocabulary.Kind.EMPLOYEE_SITUATIONS)) {
                    probes.add(allGaps(subject, sector).employee(e -> e.situation(term.code())).build());
                }
            }
        }
        return probes;
    }

    private static Profile.Builder allGaps(Subject subject, Sector sector) {
        Profile.Builder b = Profile.builder("lint-probe", subject, sector);
        for (ComB c : ComB.values()) {
            b.gap(c, LARGE_GAP);
        }
        return b;
    }

    private static Profile.Builder withEmployee(Profile.Builder b, EmployeeContext employee) {
        return b.employee(e -> {
            if (employee.age() != null) {
                e.age(employee.age());
            }
            if (employee.workAbility() != null) {
                e.workAbility(employee.workAbility());
            }
            if (employee.placementPhase() != null) {
                e.placementPhase(employee.placementPhase());
            }
        });
    }

    private static Trace trace(Recommender recommender, Profile probe) {
        try {
            return recommender.trace(probe);
        } catch (InvalidProfileException e) {
            throw new IllegalStateException("A lint probe profile is invalid: " + e.getMessage(), e);
        }
    }

    // --- same conditions, opposite effects ---------------------------------------------------------------

    /** Rules with the same conditions and opposite effects on one target (package-private for the tests). */
    static List<Finding> contradictions(Knowledge knowledge) {
        List<RuleText> rules = new ArrayList<>();
        for (SourceFile file : knowledge.rules().sources()) {
            rules.addAll(RuleText.of(file));
        }
        Map<String, List<RuleText>> byConditions = new LinkedHashMap<>();
        rules.forEach(r -> byConditions.computeIfAbsent(r.conditions(), k -> new ArrayList<>()).add(r));
        List<Finding> findings = new ArrayList<>();
        for (List<RuleText> same : byConditions.values()) {
            for (int i = 0; i < same.size(); i++) {
                for (int j = i + 1; j < same.size(); j++) {
                    String clash = clash(effects(same.get(i)), effects(same.get(j)));
                    if (clash != null) {
                        RuleText a = same.get(i);
                        RuleText b = same.get(j);
                        findings.add(new Finding(false, new Problem(b.file(), b.line(), 0, "rule \"" + b.name() + "\"",
                                "has the same conditions as \"" + a.name() + "\" (" + a.file() + ":" + a.line()
                                        + ") but the opposite effect on " + clash,
                                "merge the two into one rule that cites both sources and says which way it goes")));
                    }
                }
            }
        }
        return findings;
    }

    /** target → +1 (favour) or -1 (disfavour or rule out) for each action in a rule. */
    private static Map<String, Integer> effects(RuleText rule) {
        Map<String, Integer> effects = new HashMap<>();
        Matcher m = ACTION.matcher(rule.actions());
        while (m.find()) {
            int sign = m.group(1).equals("favour") || m.group(1).equals("makeBetterUse") ? 1 : -1;
            effects.merge(m.group(2), sign, (x, y) -> x.equals(y) ? x : 0);
        }
        // instruments named by id: advice.favour(2, "a", "b"), advice.disfavour(1, "a"), advice.ruleOut("a")
        Matcher named = BY_ID.matcher(rule.actions());
        while (named.find()) {
            int sign = named.group(1).equals("favour") ? 1 : -1;
            Matcher id = ID_LITERAL.matcher(named.group(2));
            while (id.find()) {
                effects.merge(id.group(1), sign, (x, y) -> x.equals(y) ? x : 0);
            }
        }
        // every candidate with an attribute: advice.favourEach(1, Route.DEVELOPMENT) is aimed at "each Route.DEVELOPMENT"
        Matcher each = EACH.matcher(rule.actions());
        while (each.find()) {
            int sign = each.group(1).equals("favour") ? 1 : -1;
            effects.merge("each " + each.group(2).replaceAll("\\s+", ""), sign, (x, y) -> x.equals(y) ? x : 0);
        }
        return effects;
    }

    private static String clash(Map<String, Integer> a, Map<String, Integer> b) {
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            Integer other = b.get(e.getKey());
            if (other != null && other != 0 && e.getValue() != 0 && !other.equals(e.getValue())) {
                return e.getKey();
            }
        }
        return null;
    }

    // --- unused vocabulary codes ---------------------------------------------------------------------------

    private static List<Finding> unusedCodes(Knowledge knowledge) {
        StringBuilder all = new StringBuilder();
        knowledge.rules().sources().forEach(f -> all.append(f.text()).append('\n'));
        String text = all.toString();
        List<Finding> findings = new ArrayList<>();
        for (Vocabulary.Kind kind : Vocabulary.Kind.values()) {
            for (Vocabulary.Term term : knowledge.vocabulary().terms(kind)) {
                if (!text.contains("\"" + term.code() + "\"")) {
                    findings.add(new Finding(false, new Problem(term.file(), term.line(), 0,
                            kind.key() + " " + term.code(), "no rule uses this code",
                            "a profile may give it, but it changes nothing; write a rule for it or remove it")));
                }
            }
        }
        return findings;
    }

    // --- rules that do not say what they do ---------------------------------------------------------------

    private static List<Finding> undocumentedEffects(Knowledge knowledge) {
        List<Finding> findings = new ArrayList<>();
        for (RuleInfo rule : knowledge.rules().ruleList()) {
            if (rule.effect() == null || rule.effect().isBlank()) {
                findings.add(new Finding(false, new Problem(rule.file(), rule.line(), 0, "rule \"" + rule.name() + "\"",
                        "calls no advice action, so it changes nothing in the result",
                        "give it an action between then and end, e.g. advice.favour(TRAINING, 2); docs/rule-authoring.md "
                                + "lists them")));
            }
        }
        return findings;
    }

    // --- the matrices ----------------------------------------------------------------------------------------

    /**
     * The rules generated from the wheel's table must do what the table says: every linked cell gives points
     * when its gap is large (a template edit could break that). Cells the policy designers added themselves
     * ({@code own}) are listed, so they are never mistaken for the published wheel.
     */
    private static List<Finding> matrixCells(Recommender recommender) {
        Wheel wheel = recommender.knowledge().wheel();
        Set<Wheel.Cell> reached = new HashSet<>();
        for (Subject subject : Subject.values()) {
            for (ComB component : ComB.values()) {
                Trace trace = trace(recommender, Profile.builder("lint-matrix", subject, Sector.OTHER)
                        .gap(component, LARGE_GAP).build());
                for (Step step : trace.steps()) {
                    if (step.points() > 0) {
                        wheel.cellOf(step.rule()).ifPresent(reached::add);
                    }
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Wheel.Cell cell : wheel.cells()) {
            if (!reached.contains(cell)) {
                findings.add(new Finding(true, new Problem(cell.file(), cell.line(), cell.column(), null,
                        "the rule for the cell " + cell.label() + " gives no points when its gap is large",
                        "compare rules/bcw-matrix.drt and rules/bcw-policy.drt with the bundled templates")));
            }
            if (cell.edition() == Wheel.Edition.OWN) {
                findings.add(new Finding(false, new Problem(cell.file(), cell.line(), cell.column(), null,
                        "the cell " + cell.label() + " is the policy designers' own, not the Behaviour Change Wheel's",
                        "keep it only with a reason; the explanation says it is your own link")));
            }
        }
        return findings;
    }

    private static String codes(Iterable<? extends Coded> values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(v.code()));
        return out.isEmpty() ? "none" : String.join(", ", out);
    }
}
