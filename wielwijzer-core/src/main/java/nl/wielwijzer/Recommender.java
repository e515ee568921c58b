package nl.wielwijzer;

import com.google.common.annotations.VisibleForTesting;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import nl.wielwijzer.internal.engine.Bounds;
import nl.wielwijzer.internal.engine.Engine;
import nl.wielwijzer.internal.engine.RuleMisuseException;
import nl.wielwijzer.internal.io.BatchErrors;
import nl.wielwijzer.internal.io.InOrder;
import nl.wielwijzer.internal.io.ResultJson;
import nl.wielwijzer.internal.io.SourceFile;
import nl.wielwijzer.internal.io.SourceFiles;
import nl.wielwijzer.internal.knowledge.Knowledge;
import nl.wielwijzer.internal.knowledge.ProfileDescription;
import nl.wielwijzer.bcw.Language;
import nl.wielwijzer.problem.InvalidKnowledgeException;
import nl.wielwijzer.problem.InvalidProfileException;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.profile.Profile;
import nl.wielwijzer.result.Explain;
import nl.wielwijzer.result.Recommendation;
import nl.wielwijzer.result.Trace;

/**
 * Recommends Behaviour Change Wheel interventions for a profile. Build one, share it between threads, and
 * call it as often as you like: each call runs in its own rule session against the shared knowledge base.
 *
 * <pre>{@code
 * Recommender recommender = Recommender.builder().build();          // bundled rules and catalogue
 * Recommendation r = recommender.recommend(profileJson);             // or recommend(Profile)
 * }</pre>
 *
 * <p>{@link #reload()} re-reads the rule and catalogue directories: a set with problems is reported and the
 * last good set keeps serving; a good set replaces it at once, so no call ever sees half of each.
 *
 * <p><b>Bounds.</b> Every call runs the rules under a firing limit per stage and a time budget
 * ({@link Builder#firingLimit(int)}, {@link Builder#timeBudget(Duration)}); the calling thread is never held
 * longer than the budget. A call whose rules throw, keep re-triggering or run out of time fails with an
 * {@link IllegalStateException} whose message names the rule, its file and line; an interrupted call ends at
 * once with a {@link java.util.concurrent.CancellationException}, the thread's interrupt status kept. Before a
 * knowledge set serves (on {@code build()} and {@code reload()}), it recommends for every bundled example
 * profile under the same bounds, and is refused with {@link InvalidKnowledgeException} if any of those calls
 * fails. Rule and catalogue folders are code with the rights of the host: see docs/reliability.md.
 */
public final class Recommender {

    /**
     * The most bytes (UTF-8) a profile given as JSON may have: {@value}. A larger one is refused before it is
     * parsed, with one problem. docs/reliability.md lists this and the other limits.
     */
    public static final int MAX_PROFILE_BYTES = nl.wielwijzer.internal.io.Limits.MAX_PROFILE_BYTES;

    /** The default number of instruments in a result. */
    public static final int DEFAULT_MAX_INSTRUMENTS = 10;

    /** A loaded knowledge set together with the engine that runs it. */
    private record Snapshot(Knowledge knowledge, Engine engine) {
    }

    private final Optional<Path> rulesDir;
    private final Optional<Path> catalogDir;
    private final int maxInstruments;
    private final ProfileDescription description;
    private final AtomicReference<Snapshot> current;

    private final Bounds bounds;

    private Recommender(Builder builder, Knowledge knowledge) throws InvalidKnowledgeException {
        this.rulesDir = Optional.ofNullable(builder.rulesDir);
        this.catalogDir = Optional.ofNullable(builder.catalogDir);
        this.maxInstruments = builder.maxInstruments;
        this.description = builder.description;
        this.bounds = new Bounds(builder.firingLimit, builder.timeBudget);
        this.current = new AtomicReference<>(snapshot(knowledge));
    }

    /**
     * Starts configuring a recommender; {@code Recommender.builder().build()} loads the bundled rules and catalogue.
     *
     * @return a builder with the defaults: bundled rules and catalogue, at most 10 instruments per result
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A loaded set with its engine, once it has recommended for every bundled example without failing. */
    private Snapshot snapshot(Knowledge knowledge) throws InvalidKnowledgeException {
        Snapshot snapshot = new Snapshot(knowledge, new Engine(knowledge.rules(), knowledge.wheel(), knowledge.catalog(),
                knowledge.vocabulary(), knowledge.techniques(), knowledge.fit(), maxInstruments, description, bounds,
                // the bundled set was tried out on every example, on a worker, when it was built
                knowledge.precompiled() ? Engine.Threading.CALLER : Engine.Threading.WORKER));
        if (knowledge.precompiled() && description == ProfileDescription.V1
                && bounds.firingLimit() >= Bounds.DEFAULT_FIRING_LIMIT
                && bounds.timeBudget().compareTo(Bounds.DEFAULT_TIME_BUDGET) >= 0) {
            // tried out on every example, under the default bounds, when the knowledge module was built
            return snapshot;
        }
        List<Problem> problems = new ArrayList<>();
        for (SourceFile example : SourceFiles.bundled("META-INF/wielwijzer/examples", ".json", "examples")) {
            Profile profile;
            try {
                profile = read(snapshot, example.name(), example.text());
            } catch (InvalidProfileException e) {
                continue; // a rule set with its own vocabulary need not know the examples' codes
            }
            try {
                try {
                    snapshot.engine().run(profile);
                } catch (RuleMisuseException e) {
                    if (!e.timedOut()) {
                        throw e;
                    }
                    // Drools builds a new set's network on first use, which on a busy machine can take longer
                    // than a call may: once more, warm. A set that times out again is refused.
                    snapshot.engine().run(profile);
                }
            } catch (RuleMisuseException e) {
                Problem p = e.problem();
                problems.add(new Problem(p.file(), p.line(), p.column(), p.field(), p.message()
                        + " (trying the set out on the example profile " + example.name() + ")", p.hint()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidKnowledgeException(problems);
        }
        return snapshot;
    }

    /**
     * The knowledge set serving calls now. Its type is internal: this is the door Wielwijzer's own tools
     * (scenario runner, lint, command line, server) use, and it may change without notice.
     *
     * @return the rules, catalogue and vocabulary answering calls now
     */
    public Knowledge knowledge() {
        return current.get().knowledge();
    }

    /**
     * Recommends for a profile given as JSON (wire contract v1), of at most {@link #MAX_PROFILE_BYTES} bytes.
     *
     * @param json the profile, as described in docs/profile.md
     * @return the ranked and explained advice
     * @throws InvalidProfileException with one problem per wrong field, each naming its JSON path
     * @throws IllegalStateException   when a rule fails for this profile (throws, keeps re-triggering, or runs
     *                                 past the time budget); the message names the rule, its file and line
     */
    public Recommendation recommend(String json) throws InvalidProfileException {
        return recommend(null, json);
    }

    /**
     * Recommends for a profile given as JSON, read from {@code name} (a file name, or null), which labels the
     * problems. The profile is checked once: prefer this to {@code recommend(readProfile(name, json))}.
     *
     * @param name the file the profile was read from, named in the problems; null when there is none
     * @param json the profile, as described in docs/profile.md
     * @return the ranked and explained advice
     * @throws InvalidProfileException with one problem per wrong field, each naming its JSON path
     */
    public Recommendation recommend(String name, String json) throws InvalidProfileException {
        Snapshot snapshot = current.get();
        return snapshot.engine().run(read(snapshot, name, json));
    }

    /**
     * Recommends for a profile built in Java ({@link Profile#builder}); it is held to the same contract as JSON input.
     *
     * @param profile the profile
     * @return the ranked and explained advice
     * @throws InvalidProfileException with one problem per wrong field, e.g. a code the vocabulary does not define
     */
    public Recommendation recommend(Profile profile) throws InvalidProfileException {
        Objects.requireNonNull(profile, "profile");
        Snapshot snapshot = current.get();
        List<Problem> problems = validate(snapshot, profile);
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(problems);
        }
        return snapshot.engine().run(profile);
    }

    /**
     * Recommends for a profile and keeps every step the rules took, also those that did not reach the result:
     * for scenario runs, coverage and debugging.
     *
     * @param profile the profile
     * @return the advice and every rule step behind it
     * @throws InvalidProfileException with one problem per wrong field
     */
    public Trace trace(Profile profile) throws InvalidProfileException {
        Snapshot snapshot = current.get();
        List<Problem> problems = validate(snapshot, profile);
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(problems);
        }
        return snapshot.engine().trace(profile);
    }

    /**
     * Reads and checks a profile without recommending.
     *
     * @param name a file name that labels the problems, or null
     * @param json the profile, as described in docs/profile.md
     * @return the profile, checked against the contract and the vocabulary
     * @throws InvalidProfileException with one problem per wrong field, each naming its JSON path
     */
    public Profile readProfile(String name, String json) throws InvalidProfileException {
        return read(current.get(), name, json);
    }

    /**
     * Re-reads the rules and catalogue from where this recommender loaded them. On success the new set
     * serves every later call; a call in flight finishes on the set it started with.
     *
     * @throws InvalidKnowledgeException when the new set has problems; nothing changes and the last good set
     *                                   keeps serving
     */
    public void reload() throws InvalidKnowledgeException {
        // snapshot() tries the new set out first: a set that fails on an example never replaces the last good one
        current.set(snapshot(Knowledge.load(rulesDir, catalogDir)));
    }

    /**
     * Batch scoring: recommends for every profile in a stream of JSON Lines (one profile as JSON per element;
     * blank lines are skipped, but counted) on {@code threads} threads at once, and returns one line per profile,
     * in input order. A line is the result as compact JSON (contract v2 at the standard level, the fields of {@link #toJson}), or, for a
     * profile that fails, an error object: {@code {"line":N,"error":{"kind":K,"message":M,"problems":[…]}}} with
     * kind {@code invalid-profile} (with one problem per wrong field), {@code rule-failure} (a rule threw, kept
     * re-triggering or ran out of time; the problem names the rule) or {@code internal-error}. A bad profile
     * never stops the batch and no line is lost; at most a few lines per thread are read ahead. Close the
     * returned stream, or read it to the end, to release its threads.
     */
    public Stream<String> recommendLines(Stream<String> jsonLines, int threads) {
        return recommendLines(jsonLines, threads, Explain.STANDARD, null);
    }

    /**
     * Batch scoring at the chosen level: as {@link #recommendLines(Stream, int)}, each result on one line as
     * {@link #toJson(Recommendation, Explain, Language)} writes it; at {@link Explain#FULL} with every step the
     * rules took, as {@link #toJson(Trace, Language)} writes it. A sector fund scoring its whole sector usually
     * wants the summary: the same ranking, a fraction of the output.
     *
     * @param explain how much evidence each line carries
     * @param lang    the one language of the texts, or null for both
     */
    public Stream<String> recommendLines(Stream<String> jsonLines, int threads, Explain explain, Language lang) {
        Objects.requireNonNull(jsonLines, "jsonLines");
        Objects.requireNonNull(explain, "explain");
        AtomicLong number = new AtomicLong();
        Stream<Numbered> numbered = jsonLines.map(text -> new Numbered(number.incrementAndGet(), text))
                .filter(n -> !n.text().isBlank());
        return InOrder.map(numbered, input -> line(input, explain, lang), threads);
    }

    private record Numbered(long line, String text) {
    }

    private String line(Numbered input, Explain explain, Language lang) {
        try {
            String name = "line " + input.line();
            if (explain == Explain.FULL) {
                Snapshot snapshot = current.get();
                Trace trace = snapshot.engine().trace(read(snapshot, name, input.text()));
                return ResultJson.line(trace.recommendation(), explain, lang, trace.steps());
            }
            return ResultJson.line(recommend(name, input.text()), explain, lang, List.of());
        } catch (InvalidProfileException e) {
            return BatchErrors.line(input.line(), "invalid-profile", "the profile is not valid", e.problems());
        } catch (RuleMisuseException e) {
            return BatchErrors.line(input.line(), "rule-failure", e.getMessage(), List.of(e.problem()));
        } catch (java.util.concurrent.CancellationException e) {
            return BatchErrors.line(input.line(), "interrupted", e.getMessage(), List.of());
        } catch (RuntimeException | StackOverflowError e) {
            return BatchErrors.line(input.line(), "internal-error", e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), List.of());
        }
    }

    /**
     * A result as JSON in the wire contract v2 at the standard level, in both languages: fixed field order, "\n"
     * line ends and two-space indents on every platform, so the same result is the same bytes everywhere.
     *
     * @param result a result of {@link #recommend(Profile)} or {@link #recommend(String)}
     * @return the result as JSON, described in docs/result.md
     */
    public static String toJson(Recommendation result) {
        return ResultJson.write(Objects.requireNonNull(result, "result"));
    }

    /**
     * A result as JSON in the wire contract v2 at the chosen level.
     *
     * @param result  a result of {@link #recommend(Profile)} or {@link #recommend(String)}
     * @param explain how much evidence comes along: the summary only, the standard tables, or everything
     * @param lang    the one language of the texts, or null for both
     * @return the result as JSON, described in docs/result.md
     */
    public static String toJson(Recommendation result, Explain explain, Language lang) {
        return ResultJson.write(Objects.requireNonNull(result, "result"), Objects.requireNonNull(explain, "explain"),
                lang, List.of());
    }

    /**
     * A traced result as JSON in the wire contract v2 at the full level: also every step the rules took.
     *
     * @param trace a result of {@link #trace(Profile)}
     * @param lang  the one language of the texts, or null for both
     * @return the result as JSON, described in docs/result.md
     */
    public static String toJson(Trace trace, Language lang) {
        Objects.requireNonNull(trace, "trace");
        return ResultJson.write(trace.recommendation(), Explain.FULL, lang, trace.steps());
    }

    private Profile read(Snapshot snapshot, String name, String json) throws InvalidProfileException {
        return description.reader().read(name, json, snapshot.knowledge()::profileProblems);
    }

    private List<Problem> validate(Snapshot snapshot, Profile profile) {
        return description.reader().check(profile, snapshot.knowledge()::profileProblems);
    }

    /** Configures a {@link Recommender}. */
    public static final class Builder {
        private Path rulesDir;
        private Path catalogDir;
        private int maxInstruments = DEFAULT_MAX_INSTRUMENTS;
        private ProfileDescription description = ProfileDescription.V1;
        private int firingLimit = Bounds.DEFAULT_FIRING_LIMIT;
        private Duration timeBudget = Bounds.DEFAULT_TIME_BUDGET;

        private Builder() {
        }

        /**
         * How often the rules may fire in each of a call's three stages (default 100,000); a call that reaches
         * it is halted and fails naming the rule that fired last. The bundled rules fire at most a few thousand
         * times per stage.
         *
         * @param limit the most firings per stage, 1 or more
         * @return this builder
         */
        public Builder firingLimit(int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("firingLimit must be 1 or more, not " + limit);
            }
            this.firingLimit = limit;
            return this;
        }

        /**
         * How long one call may take (default 10 seconds; once warm, a call usually takes well under a
         * millisecond). A call that runs past it is halted and fails naming the rule that was running.
         *
         * @param budget the longest a call may take, positive
         * @return this builder
         */
        public Builder timeBudget(Duration budget) {
            Objects.requireNonNull(budget, "budget");
            if (budget.isNegative() || budget.isZero()) {
                throw new IllegalArgumentException("timeBudget must be positive, not " + budget);
            }
            this.timeBudget = budget;
            return this;
        }

        /**
         * Loads rules from this directory ({@code *.drl} and {@code vocabulary.yaml}) instead of the bundled ones.
         *
         * @param directory the rule directory; {@link Recommender#reload()} re-reads it
         * @return this builder
         */
        public Builder rules(Path directory) {
            this.rulesDir = directory;
            return this;
        }

        /**
         * Loads the catalogue from this directory ({@code *.yaml}) instead of the bundled one.
         *
         * @param directory the catalogue directory; {@link Recommender#reload()} re-reads it
         * @return this builder
         */
        public Builder catalog(Path directory) {
            this.catalogDir = directory;
            return this;
        }

        /**
         * How many instruments a result lists at most (default {@value #DEFAULT_MAX_INSTRUMENTS}).
         *
         * @param max 0 or more
         * @return this builder
         * @throws IllegalArgumentException when {@code max} is negative
         */
        public Builder maxInstruments(int max) {
            if (max < 0) {
                throw new IllegalArgumentException("maxInstruments must be 0 or more, not " + max);
            }
            this.maxInstruments = max;
            return this;
        }

        /**
         * Reads, checks and turns profiles into facts by another description and schema than contract v1: how
         * a test shows that a new field needs no more than a line of the description and the schema.
         */
        @VisibleForTesting
        Builder profileDescription(ProfileDescription other) {
            this.description = Objects.requireNonNull(other, "description");
            return this;
        }

        /**
         * Loads and checks everything, tries the set out on the bundled example profiles, and builds the
         * recommender.
         *
         * @return a recommender to build once and share between threads
         * @throws InvalidKnowledgeException when the rules, vocabulary or catalogue have problems, or a rule
         *                                   fails on an example profile
         */
        public Recommender build() throws InvalidKnowledgeException {
            return new Recommender(this, Knowledge.load(Optional.ofNullable(rulesDir), Optional.ofNullable(catalogDir)));
        }
    }
}
