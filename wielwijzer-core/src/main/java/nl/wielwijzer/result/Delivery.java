package nl.wielwijzer.result;

import java.util.List;
import java.util.Objects;

/**
 * One piece of advice on how to bring the recommended interventions to this person or organisation: who brings
 * the message, through which channel, in which words (issue 10 item 3). Immutable.
 *
 * @param code         the code under {@code delivery} in the vocabulary, e.g. {@code peersShareSuccesses}
 * @param nl           the advice in Dutch, for the adviser
 * @param en           the advice in English
 * @param explanations the rules that gave it, on which facts, with their sources
 */
public record Delivery(String code, String nl, String en, List<Explanation> explanations) {

    /**
     * Creates one; the list is copied (explanations made {@link Explanation#later} are kept as they are: they
     * cannot change either).
     *
     * @param code the code under {@code delivery} in the vocabulary
     * @param nl the advice in Dutch
     * @param en the advice in English
     * @param explanations the rules that gave it
     */
    public Delivery {
        Objects.requireNonNull(code, "code");
        explanations = Explanation.kept(explanations);
    }
}
