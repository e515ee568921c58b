package nl.wielwijzer.problem;

import java.util.List;

/** The profile breaks the wire contract: one problem per field that is wrong. */
public final class InvalidProfileException extends WielwijzerException {

    /**
     * Creates the exception.
     *
     * @param problems one problem per wrong field, each naming its JSON path
     */
    public InvalidProfileException(List<Problem> problems) {
        super("The profile is not valid (" + problems.size() + (problems.size() == 1 ? " problem):" : " problems):"),
                problems);
    }
}
