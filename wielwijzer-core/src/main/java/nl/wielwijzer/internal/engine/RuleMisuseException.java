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

    public RuleMisuseException(String message) {
        super(message);
        this.problem = new Problem(null, 0, 0, null, message, null);
    }

    public RuleMisuseException(Problem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    /** The rule's file and line, the rule's name as field, and what went wrong. */
    public Problem problem() {
        return problem;
    }
}
