package nl.wielwijzer.internal.knowledge;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import nl.wielwijzer.profile.Sector;
import nl.wielwijzer.result.ApeaseCriterion;
import nl.wielwijzer.result.Citation;
import nl.wielwijzer.result.FindingEvidence;

/**
 * What Wielwijzer knows about one rule: where it is, what it says in both languages, and what backs it. Read
 * from the rule's metadata ({@code @nl}, {@code @en}, {@code @source}, {@code @reference}, {@code @effect}) and,
 * for its effect, from its actions.
 *
 * @param name       the rule name, unique over the rule set
 * @param file       the rule file, e.g. {@code rules/seed-002-employers.drl}
 * @param line       the line of the {@code rule} keyword
 * @param nl         why the rule applies, in Dutch
 * @param en         why the rule applies, in English
 * @param sources    the seed passages the rule encodes
 * @param references literature outside the seeds (e.g. Michie, Atkins &amp; West 2014), when the rule encodes it
 * @param effect     the effect on the scores in words, read from the rule's actions ({@link RuleEffect}), e.g.
 *                   {@code coercion +2}
 * @param matrix     for the Behaviour Change Wheel matrix rules, which matrix the rule encodes a cell of:
 *                   {@code comB-function} or {@code function-category}; null for other rules
 * @param note       what the rule's {@code @effect} adds that the code cannot say (e.g. "per diagnosis"), or null
 * @param scope      the sectors where the rule's finding holds ({@code @scope}); empty for every sector
 *                   ({@code @scope("any")}, and the default outside {@code seed-*.drl}). The engine does not fire a
 *                   rule for a profile of a sector outside its scope.
 * @param generalises why the finding holds more widely than the sector the seed reports it for
 *                   ({@code @generalises}), or null
 * @param evidence   how strong the support is that the cited seed gives the finding ({@code @evidence}); null for a
 *                   rule that is not a seed finding (matrix cells, generic matching)
 * @param apease     the APEASE criterion a rule of the APEASE stage applies ({@code @apease}); null for every
 *                   other rule
 */
public record RuleInfo(String name, String file, int line, String nl, String en, List<Citation> sources,
                       List<String> references, String effect, String matrix, String note, List<Sector> scope,
                       String generalises, FindingEvidence evidence, ApeaseCriterion apease) {

    /** The agenda group of the APEASE stage, which every rule with {@code @apease} (and no other rule) declares. */
    public static final String APEASE_GROUP = "apease";

    /** The word for "every sector" in {@code @scope}. */
    public static final String ANY = "any";

    /** The two matrices of the Behaviour Change Wheel that rules can encode. */
    public static final List<String> MATRICES = Arrays.stream(Wheel.Matrix.values()).map(m -> m.code).toList();


    public RuleInfo {
        Objects.requireNonNull(name, "name");
        sources = List.copyOf(sources);
        references = List.copyOf(references);
        scope = scope == null ? List.of() : List.copyOf(scope);
    }

    /** A rule outside the APEASE stage. */
    public RuleInfo(String name, String file, int line, String nl, String en, List<Citation> sources,
                    List<String> references, String effect, String matrix, String note, List<Sector> scope,
                    String generalises, FindingEvidence evidence) {
        this(name, file, line, nl, en, sources, references, effect, matrix, note, scope, generalises, evidence, null);
    }

    /** A rule without {@code @evidence}. */
    public RuleInfo(String name, String file, int line, String nl, String en, List<Citation> sources,
                    List<String> references, String effect, String matrix, String note, List<Sector> scope,
                    String generalises) {
        this(name, file, line, nl, en, sources, references, effect, matrix, note, scope, generalises, null, null);
    }

    /** A rule that holds in every sector. */
    public RuleInfo(String name, String file, int line, String nl, String en, List<Citation> sources,
                    List<String> references, String effect, String matrix, String note) {
        this(name, file, line, nl, en, sources, references, effect, matrix, note, List.of(), null, null, null);
    }

    /** Whether the rule's finding holds for a profile of {@code sector}. */
    public boolean appliesTo(Sector sector) {
        return scope.isEmpty() || sector == null || scope.contains(sector);
    }

    /** The scope as codes, {@code any} for every sector. */
    public List<String> scopeCodes() {
        return scope.isEmpty() ? List.of(ANY) : scope.stream().map(Sector::code).toList();
    }

    /** The same rule, placed at another file and line (a generated rule, at the table cell it comes from). */
    public RuleInfo at(String newFile, int newLine) {
        return new RuleInfo(name, newFile, newLine, nl, en, sources, references, effect, matrix, note, scope, generalises,
                evidence, apease);
    }
}
