package nl.wielwijzer.internal.io;

/**
 * The text of one rule, vocabulary, catalogue or scenario file, with the name problems use for it
 * ({@code rules/diagnosis.drl}, or the path the user gave).
 */
public record SourceFile(String name, String text) {
}
