package nl.wielwijzer.internal.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.wielwijzer.catalog.Instrument;
import nl.wielwijzer.internal.knowledge.Catalog;
import nl.wielwijzer.profile.Sector;
import nl.wielwijzer.rules.Candidate;
import nl.wielwijzer.rules.Case;
import java.util.function.Consumer;
import org.kie.api.runtime.KieSession;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Declaration;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.drools.mvel.MVELConstraint;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Which catalogue instruments a call inserts: indexed once per knowledge set, so a call brings in only the
 * instruments that a rule can match, not the whole catalogue.
 *
 * <p>The index is exact, never a guess: it reads the compiled rules, and only when <em>every</em> pattern that
 * can match an {@link Instrument} stands at the top level of its rule (not under {@code not}, {@code exists},
 * {@code or}, {@code forall}, {@code accumulate} or {@code from}) and requires {@code sectors contains $s} with
 * {@code $s} the sector of the profile's {@link Case} does it leave out the instruments of other sectors: those
 * could not match any rule, so leaving them out changes no result. When no pattern can match an instrument at
 * all (the bundled rules: candidates come from the table in {@code instrument-fit.yaml}), none goes in. For any
 * other rule set every instrument goes in, as before. Rule files decide; this only skips facts no rule can see.
 */
final class InstrumentIndex {

    private static final Pattern SECTOR_CONSTRAINT = Pattern.compile("sectors\\s+contains\\s+\\$?[\\w$]+");

    private final List<Instrument> all;
    private final Map<Sector, List<Instrument>> bySector;
    /** Which instruments a call inserts as facts: none (no rule matches one), those of the sector, or all. */
    private final InsertMode mode;
    /** Whether a call inserts its {@link Candidate}s as facts: only when a pattern of some rule can match one. */
    private final boolean candidateFacts;

    private enum InsertMode { NONE, SECTOR, ALL }

    private InstrumentIndex(List<Instrument> all, Map<Sector, List<Instrument>> bySector, InsertMode mode,
                            boolean candidateFacts) {
        this.all = all;
        this.bySector = bySector;
        this.mode = mode;
        this.candidateFacts = candidateFacts;
    }

    static InstrumentIndex of(KieBase base, Catalog catalog) {
        List<Instrument> all = List.copyOf(catalog.instruments());
        InsertMode mode = !anyPatternMayMatchAnInstrument(base) ? InsertMode.NONE
                : everyInstrumentPatternIsBoundToTheSector(base) ? InsertMode.SECTOR : InsertMode.ALL;
        Map<Sector, List<Instrument>> bySector = new EnumMap<>(Sector.class);
        for (Sector sector : Sector.values()) {
            List<Instrument> fitting = new ArrayList<>();
            for (Instrument i : all) {
                if (i.sectors().contains(sector)) {
                    fitting.add(i); // catalogue order kept
                }
            }
            bySector.put(sector, List.copyOf(fitting));
        }
        return new InstrumentIndex(all, bySector, mode, anyPatternMayMatch(base, Candidate.class));
    }

    /**
     * Where a call's candidates go as facts: into {@code session} when a pattern of some rule can match a {@link
     * Candidate} (a rule folder with {@code Candidate( … )} patterns); null, nowhere, when none can (the bundled rules,
     * which name instruments in their actions): the ledger knows the candidates either way, and a fact no pattern can
     * match changes nothing but the time and memory of the call.
     */
    Consumer<Candidate> candidates(KieSession session) {
        return candidateFacts ? session::insert : null;
    }

    /** Whether a call inserts its candidates as facts ({@link #candidates}). */
    boolean insertsCandidates() {
        return candidateFacts;
    }

    /**
     * The instruments to insert as facts for a profile in {@code sector} (null: unknown): none when no rule matches
     * an instrument (the candidates then come from the candidate table), those of the sector when the rules allow.
     */
    List<Instrument> forSector(Sector sector) {
        return switch (mode) {
            case NONE -> List.of();
            case SECTOR -> sector == null ? all : bySector.get(sector);
            case ALL -> all;
        };
    }

    /** Whether any pattern of any rule can match an {@link Instrument} fact. */
    static boolean anyPatternMayMatchAnInstrument(KieBase base) {
        return anyPatternMayMatch(base, Instrument.class);
    }

    /**
     * Whether any pattern of any rule, at any depth ({@code not}, {@code exists}, {@code from collect} …), can match a
     * fact of {@code type}: a pattern of that type or a supertype ({@code Fact}, {@code Object}), or one whose type is
     * not a class. A rule Drools does not hand over as its own kind counts as matching, to be safe.
     */
    static boolean anyPatternMayMatch(KieBase base, Class<?> type) {
        for (KiePackage p : base.getKiePackages()) {
            for (Rule r : p.getRules()) {
                if (!(r instanceof RuleImpl rule) || mayMatch(rule.getLhs(), type)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean mayMatch(RuleConditionElement element, Class<?> fact) {
        if (element instanceof org.drools.base.rule.Pattern pattern
                && (!(pattern.getObjectType() instanceof ClassObjectType type)
                || type.getClassType().isAssignableFrom(fact) && !excludedByInstanceof(pattern, fact))) {
            return true;
        }
        for (RuleConditionElement nested : element.getNestedElements()) {
            if (mayMatch(nested, fact)) {
                return true;
            }
        }
        return false;
    }

    /** {@code this instanceof Push || this instanceof Pull}: the constraint of {@code Fact( … ) from collect}. */
    private static final Pattern INSTANCEOF = Pattern.compile(
            "this\\s+instanceof\\s+([\\w.$]+)(?:\\s*\\|\\|\\s*this\\s+instanceof\\s+([\\w.$]+))*");
    private static final Pattern INSTANCEOF_TYPE = Pattern.compile("instanceof\\s+([\\w.$]+)");

    /**
     * Whether a pattern of a supertype of {@code fact} ({@code Fact( this instanceof Push || this instanceof Pull )})
     * has a constraint, on the fact alone, that only instances of other types pass: then a {@code fact}, whose class is
     * final (a record), never passes it. Decided by the types' simple names; a name that is {@code fact}'s own or a
     * supertype's, or a class that is not final, counts as passing, to be safe.
     */
    private static boolean excludedByInstanceof(org.drools.base.rule.Pattern pattern, Class<?> fact) {
        if (!java.lang.reflect.Modifier.isFinal(fact.getModifiers())) {
            return false;
        }
        java.util.Set<String> own = new java.util.HashSet<>();
        java.util.ArrayDeque<Class<?>> todo = new java.util.ArrayDeque<>(List.of(fact));
        while (!todo.isEmpty()) {
            Class<?> c = todo.pop();
            if (own.add(c.getSimpleName())) {
                if (c.getSuperclass() != null) {
                    todo.push(c.getSuperclass());
                }
                todo.addAll(List.of(c.getInterfaces()));
            }
        }
        for (Constraint c : pattern.getConstraints()) {
            if (c instanceof MVELConstraint m && m.getRequiredDeclarations().length == 0
                    && INSTANCEOF.matcher(m.getExpression().strip()).matches()) {
                java.util.regex.Matcher type = INSTANCEOF_TYPE.matcher(m.getExpression());
                boolean other = true;
                while (type.find()) {
                    String name = type.group(1).substring(type.group(1).lastIndexOf('.') + 1);
                    other &= !own.contains(name.substring(name.lastIndexOf('$') + 1));
                }
                if (other) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean everyInstrumentPatternIsBoundToTheSector(KieBase base) {
        for (KiePackage p : base.getKiePackages()) {
            for (Rule r : p.getRules()) {
                if (!(r instanceof RuleImpl rule) || !safe(rule.getLhs(), true)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean safe(RuleConditionElement element, boolean topLevel) {
        if (element instanceof GroupElement group) {
            boolean top = topLevel && group.isAnd();
            for (RuleConditionElement child : group.getChildren()) {
                if (!safe(child, top)) {
                    return false;
                }
            }
            return true;
        }
        if (element instanceof org.drools.base.rule.Pattern pattern) {
            boolean mayMatch = !(pattern.getObjectType() instanceof ClassObjectType type)
                    || type.getClassType().isAssignableFrom(Instrument.class);
            if (mayMatch && (!topLevel || pattern.getSource() != null || !boundToTheSector(pattern))) {
                return false;
            }
            if (pattern.getSource() != null) {
                for (RuleConditionElement nested : pattern.getSource().getNestedElements()) {
                    if (!safe(nested, false)) {
                        return false;
                    }
                }
            }
            return true;
        }
        for (RuleConditionElement nested : element.getNestedElements()) {
            if (!safe(nested, false)) {
                return false;
            }
        }
        return true;
    }

    private static boolean boundToTheSector(org.drools.base.rule.Pattern pattern) {
        for (Constraint c : pattern.getConstraints()) {
            if (c instanceof MVELConstraint m && SECTOR_CONSTRAINT.matcher(m.getExpression().strip()).matches()
                    && m.getRequiredDeclarations().length == 1) {
                Declaration d = m.getRequiredDeclarations()[0];
                if (d.getPattern() != null && d.getPattern().getObjectType() instanceof ClassObjectType owner
                        && owner.getClassType() == Case.class && d.getDeclarationClass() == Sector.class) {
                    return true;
                }
            }
        }
        return false;
    }
}
