package nl.wielwijzer.internal.engine;

import nl.wielwijzer.problem.Problem;

/**
 * A rule did something the engine cannot honour, or failed while it ran: it changed a function score after
 * the functions were ranked, threw, fired more often than a stage allows, or ran past the call's time
 * budget. It names the rule, its file and line ({@link #problem()}). It is a mistake in a rule file, not in
 * the caller's input; callers of the library see it as the {@link IllegalStateException} it is.
 */
public final class RuleMisuseException extends IllegalStateException {

    private final transient Problem problem;
    private final boolean timedOut;

    public RuleMisuseException(String message) {
        super(message);
        this.problem = new Problem(null, 0, 0, null, message, null);
        this.timedOut = false;
    }

    public RuleMisuseException(Problem problem) {
        this(problem, false);
    }

    public RuleMisuseException(Problem problem, boolean timedOut) {
        super(problem.toString());
        this.problem = problem;
        this.timedOut = timedOut;
    }

    /** True when the call ran past its time budget (rather than firing too often or throwing). */
    public boolean timedOut() {
        return timedOut;
    }

    /** The rule's file and line, the rule's name as field, and what went wrong. */
    public Problem problem() {
        return problem;
    }
}
