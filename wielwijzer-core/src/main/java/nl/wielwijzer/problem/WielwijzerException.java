package nl.wielwijzer.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The base of Wielwijzer's checked failures: each carries the problems found, one per thing wrong.
 *
 * <p>At most {@value #MAX_LISTED} problems are listed; when more were found, one last problem says how many
 * more there were ({@code and 999900 more problems, not listed}), so that no input, however broken, makes a
 * report larger than that. {@link #count()} gives the number found.
 */
public abstract class WielwijzerException extends Exception {

    /** The most problems a report lists, before the one that counts the rest. */
    public static final int MAX_LISTED = 100;

    private final List<Problem> problems;
    private final int count;

    /**
     * Creates the exception; its message is the summary followed by one line per problem.
     *
     * @param summary  one sentence on what could not be done
     * @param problems the problems found, at least one
     */
    protected WielwijzerException(String summary, List<Problem> problems) {
        this(summary, listed(problems), problems.size());
    }

    private WielwijzerException(String summary, List<Problem> listed, int count) {
        super(summary + System.lineSeparator() + listed.stream().map(Problem::toString)
                .collect(Collectors.joining(System.lineSeparator())));
        this.problems = listed;
        this.count = count;
    }

    private static List<Problem> listed(List<Problem> problems) {
        if (problems.size() <= MAX_LISTED) {
            return List.copyOf(problems);
        }
        List<Problem> listed = new ArrayList<>(problems.subList(0, MAX_LISTED));
        int more = problems.size() - MAX_LISTED;
        listed.add(new Problem(null, 0, 0, null, "and " + more + (more == 1 ? " more problem" : " more problems")
                + ", not listed", "correct the problems above first; the rest are often of the same kind"));
        return List.copyOf(listed);
    }

    /**
     * The problems found, in file order: all of them, or the first {@value #MAX_LISTED} and one that counts
     * the rest.
     *
     * @return the problems; never empty
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * How many problems were found, including any not listed.
     *
     * @return the number of problems found
     */
    public int count() {
        return count;
    }
}
