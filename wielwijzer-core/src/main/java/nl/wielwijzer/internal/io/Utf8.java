package nl.wielwijzer.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import nl.wielwijzer.problem.Problem;

/**
 * Reads text the one strict way Wielwijzer reads every input, from a file or standard input: at most a given
 * number of bytes (counted before decoding, so {@code /dev/zero} ends after that many), decoded as UTF-8 with
 * every malformed byte reported by line and column, never replaced. A UTF-8 byte order mark is accepted and
 * dropped; a UTF-16 or UTF-32 one is refused with a sentence saying so.
 */
public final class Utf8 {

    private Utf8() {
    }

    /** Input that cannot be read as Wielwijzer reads it, with where and why. */
    public static final class Refused extends IOException {
        private final transient Problem problem;

        public Refused(Problem problem) {
            super(problem.toString(), null);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /**
     * Reads a file of at most {@code maxBytes}. A regular file larger than that is refused before a byte is
     * read; anything else (a device, a pipe) is read up to one byte past the limit.
     */
    public static String read(Path file, String name, int maxBytes, String what) throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) > maxBytes) {
            throw tooLarge(name, maxBytes, what);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name, maxBytes, what);
        }
    }

    /** Reads a stream up to {@code maxBytes}; one byte more is refused. */
    public static String read(InputStream in, String name, int maxBytes, String what) throws IOException {
        byte[] bytes = in.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw tooLarge(name, maxBytes, what);
        }
        return decode(name, bytes);
    }

    private static Refused tooLarge(String name, int maxBytes, String what) {
        return new Refused(new Problem(name, 0, 0, null, what + " has more than " + maxBytes
                + " bytes, the most Wielwijzer reads", "check that this is the right input"));
    }

    /** Decodes strictly; a malformed byte is a problem with its line, column and byte offset. */
    public static String decode(String name, byte[] bytes) throws Refused {
        int start = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            start = 3;
        } else if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            throw new Refused(new Problem(name, 1, 1, null, "the text is in UTF-32 (it starts with a UTF-32 byte order "
                    + "mark); Wielwijzer reads UTF-8", "save it as UTF-8"));
        } else if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            throw new Refused(new Problem(name, 1, 1, null, "the text is in UTF-16 (it starts with a UTF-16 byte order "
                    + "mark); Wielwijzer reads UTF-8", "save it as UTF-8"));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            String before = out.flip().toString();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < before.length(); i++) {
                if (before.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = before.codePointCount(lineStart, before.length()) + 1;
            throw new Refused(new Problem(name, line, column, null, String.format(
                    "the text is not valid UTF-8: byte %d (0x%02X) cannot start or continue a character", offset,
                    bytes[offset] & 0xFF), "save it as UTF-8"));
        }
        try {
            CoderResult flushed = decoder.flush(out);
            if (flushed.isError()) {
                flushed.throwException();
            }
        } catch (CharacterCodingException e) {
            throw new Refused(new Problem(name, 0, 0, null, "the text is not valid UTF-8", "save it as UTF-8"));
        }
        return out.flip().toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code file}, with every link in its path followed, lies inside {@code folder}. */
    public static boolean inside(Path folder, Path file) throws IOException {
        Path realFolder = folder.toRealPath();
        Path real = file.toRealPath();
        return real.startsWith(realFolder) && !real.equals(realFolder);
    }

    /** True when {@code file} itself is a symbolic link. */
    public static boolean isLink(Path file) {
        return Files.isSymbolicLink(file) || !Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    }
}
