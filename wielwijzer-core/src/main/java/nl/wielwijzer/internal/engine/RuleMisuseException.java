package nl.wielwijzer.internal.engine;

/**
 * A rule did something the engine cannot honour, such as changing a function score after the functions
 * were ranked. It names the rule, its file and line. Scenario runs and tests surface it; it is a mistake in a
 * rule file, not in the caller's input.
 */
public final class RuleMisuseException extends RuntimeException {

    public RuleMisuseException(String message) {
        super(message);
    }
}
