package nl.wielwijzer.problem;

import java.util.List;

/**
 * The rules, vocabulary or catalogue cannot be loaded: a recommender is never built on a broken set. Every
 * problem names the file, line, column and field, with a hint in plain words.
 */
public final class InvalidKnowledgeException extends WielwijzerException {

    /**
     * Creates the exception.
     *
     * @param problems one problem per mistake, each with file, line, column and field
     */
    public InvalidKnowledgeException(List<Problem> problems) {
        super("The rules or the catalogue cannot be loaded (" + problems.size()
                + (problems.size() == 1 ? " problem):" : " problems):"), problems);
    }
}
