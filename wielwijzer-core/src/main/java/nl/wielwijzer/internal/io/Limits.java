package nl.wielwijzer.internal.io;

import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * The sizes Wielwijzer reads at most, in one place, so that no input, however large or deep, can make it use
 * more memory or time than these allow. docs/reliability.md lists them with their reasons.
 */
public final class Limits {

    /** The most bytes (UTF-8) a profile may have; the bundled examples have 1 to 3 KB. */
    public static final int MAX_PROFILE_BYTES = 256 * 1024;

    /** The most bytes one rule, vocabulary, catalogue or scenario file may have; the largest bundled one has 150 KB. */
    public static final int MAX_FILE_BYTES = 1024 * 1024;

    /** How deep objects and lists may nest; a profile needs 4 levels, a scenario file 8. */
    public static final int MAX_NESTING = 32;

    /** The most characters one number may have: more digits than any field can use. */
    public static final int MAX_NUMBER_LENGTH = 100;

    /** The most characters a key may have. */
    public static final int MAX_NAME_LENGTH = 1_000;

    /** The most characters one text value in a profile may have (the schema allows far fewer). */
    public static final int MAX_PROFILE_STRING = 10_000;

    /** The most characters one text value in a YAML file may have; the longest bundled quote has about 1,500. */
    public static final int MAX_FILE_STRING = 100_000;

    /** The most JSON tokens a profile may have. */
    public static final long MAX_PROFILE_TOKENS = 100_000;

    private Limits() {
    }

    static StreamReadConstraints profileConstraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxStringLength(MAX_PROFILE_STRING)
                .maxDocumentLength(MAX_PROFILE_BYTES * 4L) // characters; the byte limit is checked before parsing
                .maxTokenCount(MAX_PROFILE_TOKENS)
                .build();
    }

    static StreamReadConstraints fileConstraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxStringLength(MAX_FILE_STRING)
                .maxDocumentLength(MAX_FILE_BYTES)
                .build();
    }
}
