package nl.wielwijzer.evaluation;

import java.util.List;
import java.util.Set;
import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.profile.Profile;
import nl.wielwijzer.profile.Sector;
import nl.wielwijzer.profile.Subject;
import nl.wielwijzer.result.Phase;
import nl.wielwijzer.result.RankedInstrument;
import nl.wielwijzer.result.Route;

/**
 * One case of the judged benchmark set ({@code evaluation/judged/*.yaml}, schema
 * {@code docs/schema/judged-case-v1.schema.json}): a profile and what the seeds say should be recommended for it.
 * Read and checked by {@link JudgedCaseReader}; the justification has been checked against the seeds and is not
 * kept, because scoring needs only the expectations.
 *
 * @param id       three digits, the start of the file name
 * @param title    one line
 * @param seeds    the seeds the case was built from, e.g. {@code 002}
 * @param file     the file it was read from
 * @param profile  the profile, checked as any profile is
 * @param expected what should come out
 */
public record JudgedCase(String id, String title, List<String> seeds, String file, Profile profile, Expected expected) {

    public JudgedCase {
        seeds = List.copyOf(seeds);
    }

    /** Whether the profile is of seed 001's target group: a worker with a limitation, or an employer of such workers. */
    public boolean targetGroup() {
        return !profile.employee().limitations().isEmpty() || profile.employee().placementPhase() != null
                || profile.employee().situations().contains("distanceToLabourMarket")
                || profile.organisation().situations().contains("employsTargetGroup");
    }

    /** The group a case is reported in: subject and sector, e.g. {@code employee/vvt}. */
    public String group() {
        return group(profile.subject(), profile.sector());
    }

    static String group(Subject subject, Sector sector) {
        return subject.code() + "/" + sector.code();
    }

    /**
     * What should come out.
     *
     * @param topFunctions the three functions that should rank highest, in any order
     * @param mustInclude  instruments that should be among the returned ones
     * @param mustNot      functions that should not be in the top three, instruments that should not be returned
     * @param route        the expected sustainability route (seed 001)
     * @param phase        the expected phase of the DI model (seed 003)
     */
    public record Expected(Set<InterventionFunction> topFunctions, List<Include> mustInclude, List<Forbidden> mustNot,
                           Choice<Route> route, Choice<Phase> phase) {

        public Expected {
            topFunctions = Set.copyOf(topFunctions);
            mustInclude = List.copyOf(mustInclude);
            mustNot = List.copyOf(mustNot);
        }
    }

    /** An instrument that should be returned; with a status, only when returned with that status. */
    public record Include(String instrument, RankedInstrument.Status status) {
    }

    /** A function (not in the top three) or an instrument (not returned) that should not be recommended. */
    public record Forbidden(InterventionFunction function, String instrument) {

        public static Forbidden function(InterventionFunction function) {
            return new Forbidden(function, null);
        }

        public static Forbidden instrument(String id) {
            return new Forbidden(null, id);
        }

        /** The code as the case file spells it. */
        public String code() {
            return function != null ? function.code() : instrument;
        }
    }

    /**
     * An expected route or phase: {@code code} (null: none expected) for full agreement, one of
     * {@code acceptable} for half.
     */
    public record Choice<T extends Coded>(T code, Set<T> acceptable) {

        public Choice {
            acceptable = Set.copyOf(acceptable);
        }
    }
}
