package nl.wielwijzer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.internal.io.Utf8;

/**
 * Reads a command's profile, from a file or standard input for "-", as strictly as the library reads: at
 * most {@link Recommender#MAX_PROFILE_BYTES} bytes (so {@code validate /dev/zero} ends at once), strict UTF-8
 * with the line and column of a bad byte, a UTF-8 byte order mark accepted and a UTF-16 one refused.
 */
final class Input {

    private Input() {
    }

    static String read(String file, PrintWriter err) throws KnowledgeOptions.Exit {
        try {
            if ("-".equals(file)) {
                return Utf8.read(System.in, name(file), Recommender.MAX_PROFILE_BYTES, "the profile");
            }
            return Utf8.read(Path.of(file), name(file), Recommender.MAX_PROFILE_BYTES, "the profile");
        } catch (Utf8.Refused e) {
            err.println("wielwijzer: the profile cannot be read:");
            err.println(Terminal.safe(e.problem().toString()));
        } catch (NoSuchFileException e) {
            err.println("wielwijzer: there is no file '" + Terminal.safe(file) + "'");
        } catch (IOException e) {
            err.println("wielwijzer: '" + Terminal.safe(file) + "' cannot be read: " + Terminal.safe(String.valueOf(e.getMessage())));
        }
        err.flush();
        throw new KnowledgeOptions.Exit(Main.INVALID_INPUT);
    }

    /** How to name the input in problems. */
    static String name(String file) {
        return "-".equals(file) ? "(standard input)" : file;
    }
}
