package nl.wielwijzer.internal.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.wielwijzer.catalog.Instrument;
import nl.wielwijzer.internal.knowledge.Catalog;
import nl.wielwijzer.profile.Sector;
import nl.wielwijzer.rules.Case;
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
 * The instruments of each sector are also what the candidate table chooses from ({@link #ofSector}).
 */
final class InstrumentIndex {

    private static final Pattern SECTOR_CONSTRAINT = Pattern.compile("sectors\\s+contains\\s+\\$?[\\w$]+");

    private final List<Instrument> all;
    private final Map<Sector, List<Instrument>> bySector;
    /** Which instruments a call inserts as facts: none (no rule matches one), those of the sector, or all. */
    private final InsertMode mode;

    private enum InsertMode { NONE, SECTOR, ALL }

    private InstrumentIndex(List<Instrument> all, Map<Sector, List<Instrument>> bySector, InsertMode mode) {
        this.all = all;
        this.bySector = bySector;
        this.mode = mode;
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
        return new InstrumentIndex(all, bySector, mode);
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

    /** The instruments of {@code sector}, in catalogue order (null: every instrument). */
    List<Instrument> ofSector(Sector sector) {
        return sector == null ? all : bySector.get(sector);
    }

    /** Whether any pattern of any rule can match an {@link Instrument} fact. */
    static boolean anyPatternMayMatchAnInstrument(KieBase base) {
        for (KiePackage p : base.getKiePackages()) {
            for (Rule r : p.getRules()) {
                if (!(r instanceof RuleImpl rule) || mayMatchAnInstrument(rule.getLhs())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean mayMatchAnInstrument(RuleConditionElement element) {
        if (element instanceof org.drools.base.rule.Pattern pattern
                && (!(pattern.getObjectType() instanceof ClassObjectType type)
                || type.getClassType().isAssignableFrom(Instrument.class))) {
            return true;
        }
        for (RuleConditionElement nested : element.getNestedElements()) {
            if (mayMatchAnInstrument(nested)) {
                return true;
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
