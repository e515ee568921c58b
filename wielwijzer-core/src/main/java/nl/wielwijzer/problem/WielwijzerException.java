package nl.wielwijzer.problem;

import java.util.List;
import java.util.stream.Collectors;

/** The base of Wielwijzer's checked failures: each carries the problems found, one per thing wrong. */
public abstract class WielwijzerException extends Exception {

    /** The problems, in file order. */
    private final List<Problem> problems;

    /**
     * Creates the exception; its message is the summary followed by one line per problem.
     *
     * @param summary  one sentence on what could not be done
     * @param problems the problems found, at least one
     */
    protected WielwijzerException(String summary, List<Problem> problems) {
        super(summary + System.lineSeparator() + problems.stream().map(Problem::toString)
                .collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found, in file order.
     *
     * @return the problems; never empty
     */
    public List<Problem> problems() {
        return problems;
    }
}
