package nl.wielwijzer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a command's input file, or standard input for "-". */
final class Input {

    private Input() {
    }

    static String read(String file, PrintWriter err) throws KnowledgeOptions.Exit {
        try {
            if ("-".equals(file)) {
                return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            }
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("wielwijzer: there is no file '" + file + "'");
        } catch (IOException e) {
            err.println("wielwijzer: '" + file + "' cannot be read: " + e.getMessage());
        }
        err.flush();
        throw new KnowledgeOptions.Exit(Main.INVALID_INPUT);
    }

    /** How to name the input in problems. */
    static String name(String file) {
        return "-".equals(file) ? "(standard input)" : file;
    }
}
