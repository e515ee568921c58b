package nl.wielwijzer.result;

import java.util.List;
import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.bcw.InterventionFunction;

/**
 * The answer first: what an HR adviser reads in one minute, in Dutch and English. Every text is a
 * {@link Coded.Labels}: a code (what the text is about) with its Dutch and English wording.
 *
 * @param targetBehaviour the behaviour the advice is about: the profile's {@code targetBehaviour}, or the
 *                        subject's general behaviour when the profile names none
 * @param diagnosis       the diagnosis in one sentence: which COM-B gaps matter most; its code lists the
 *                        components, largest gap first, separated by commas (empty when the profile names none)
 * @param functions       the top three intervention functions, best first
 * @param route           the recommended sustainability route, or null
 * @param phase           the recommended phase, or null
 * @param instruments     the top five instruments, each with what an adviser needs to act on it: the cards of the
 *                        first five {@link Recommendation#instruments()}
 */
public record Summary(Coded.Labels targetBehaviour, Coded.Labels diagnosis, List<InterventionFunction> functions,
                      Route route, Phase phase, List<Card> instruments) {

    /** How many functions and instruments a summary shows. */
    public static final int FUNCTIONS = 3;
    /** How many instruments a summary shows. */
    public static final int INSTRUMENTS = 5;

    /**
     * Creates one; its lists are copied, so it cannot change afterwards.
     *
     * @param targetBehaviour the behaviour the advice is about
     * @param diagnosis the diagnosis in one sentence
     * @param functions the top three intervention functions
     * @param route the recommended route, or null
     * @param phase the recommended phase, or null
     * @param instruments the top five instruments
     */
    public Summary {
        functions = List.copyOf(functions);
        instruments = List.copyOf(instruments);
    }

    /**
     * One instrument as a card: what it is, who offers it, what it costs, how to get it, the one finding that put
     * it in the list, and the behaviour change techniques it shows. Texts come from the catalogue entry; the reason
     * from the rule behind it; the techniques from {@code rules/bct.yaml}. Every listed instrument has one
     * ({@link RankedInstrument#card()}); the summary shows the first five.
     *
     * @param id          the catalogue id
     * @param name        the name (code: the id)
     * @param description one or two sentences on what it is (code: the id)
     * @param provider    who offers it, as the seed names it, or null when the seed names no one
     * @param organisation the one named organisation whose own arrangement it is (catalogue {@code organisation}),
     *                    or null when it is not organisation-specific
     * @param cost        what it costs (code: the catalogue's cost code), with the seed's amounts where given
     * @param access      how to get it (code: {@code inPlace} when the organisation already offers it,
     *                    {@code example} when it is another organisation's own arrangement, to copy,
     *                    {@code provider} through the named provider, {@code inHouse} to organise in-house)
     * @param reason      the specific finding that put it here (code: the rule, as {@code file:line}); when no
     *                    specific finding did, a sentence saying it fits only generically (code {@code generic})
     * @param evidence    the strongest evidence the seeds give for it
     * @param costNote    the catalogue's amounts or conditions (code {@code costNote}; {@code nl} null when the
     *                    catalogue gives no Dutch wording), or null when it gives none
     * @param techniques  the BCTs the seed's description of it shows, each cited or marked the editor's judgement
     */
    public record Card(String id, Coded.Labels name, Coded.Labels description, String provider, String organisation,
                       Coded.Labels cost,
                       Coded.Labels access, Coded.Labels reason, EvidenceLevel evidence, Coded.Labels costNote,
                       List<Technique> techniques) {

        /**
         * Creates one; its list is copied.
         *
         * @param id the catalogue id
         * @param name the name
         * @param description one or two sentences on what it is
         * @param provider who offers it, or null
         * @param organisation whose own arrangement it is, or null
         * @param cost what it costs
         * @param access how to get it
         * @param reason the specific finding that put it here
         * @param evidence the strongest evidence the seeds give for it
         * @param costNote the catalogue's amounts or conditions, or null
         * @param techniques the BCTs the seed's description of it shows
         */
        public Card {
            techniques = List.copyOf(techniques);
        }
    }
}
