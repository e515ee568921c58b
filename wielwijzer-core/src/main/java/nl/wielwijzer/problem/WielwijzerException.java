package nl.wielwijzer.problem;

import java.util.List;
import java.util.stream.Collectors;

/** The base of Wielwijzer's checked failures: each carries the problems found, one per thing wrong. */
public abstract class WielwijzerException extends Exception {

    private final List<Problem> problems;

    protected WielwijzerException(String summary, List<Problem> problems) {
        super(summary + System.lineSeparator() + problems.stream().map(Problem::toString)
                .collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in file order. Never empty. */
    public List<Problem> problems() {
        return problems;
    }
}
