package nl.wielwijzer.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import nl.wielwijzer.problem.Problem;

/**
 * Finds the files of a rule set or catalogue: in a directory the caller names, or bundled in the jar.
 * Files are returned sorted by name, so loading order, and with it every result, is the same everywhere.
 * Every file is read as {@link Utf8} reads: at most {@link Limits#MAX_FILE_BYTES}, strictly UTF-8; a link to
 * a file outside the directory is refused ({@link Utf8.Refused}, with the problem).
 */
public final class SourceFiles {

    private SourceFiles() {
    }

    /**
     * The files in {@code dir} (not its subdirectories) whose names end with {@code extension}.
     *
     * @param display the name prefix used in problems, e.g. {@code rules} gives {@code rules/diagnosis.drl};
     *                null uses the directory as given
     */
    public static List<SourceFile> directory(Path dir, String extension, String display) throws IOException {
        String prefix = display == null ? dir.toString() : display;
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(dir)) {
            for (Path p : listing.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(extension)).sorted().toList()) {
                String name = prefix + "/" + p.getFileName();
                if (Files.isSymbolicLink(p) && !Utf8.inside(dir, p)) {
                    throw new Utf8.Refused(new Problem(name, 0, 0, null, "is a link to a file outside " + prefix
                            + "; Wielwijzer reads only the files inside the folder", "copy the file into the folder"));
                }
                files.add(new SourceFile(name, Utf8.read(p, name, Limits.MAX_FILE_BYTES, "the file")));
            }
        }
        return files;
    }

    /**
     * The files bundled as resources under {@code resourceDir} (e.g. {@code META-INF/wielwijzer/rules}), read
     * from the classes directory in development or from the jar in production.
     *
     * <p>A jar is read through its {@link JarFile} (the JDK's cached, thread-safe handle), never through a zip
     * file system: a zip file system is global per jar, so two recommenders built at once would race to open
     * and close it, and it cannot open a jar nested in another jar.
     */
    public static List<SourceFile> bundled(String resourceDir, String extension, String display) {
        URL url = SourceFiles.class.getClassLoader().getResource(resourceDir);
        if (url == null) {
            return List.of();
        }
        try {
            if ("file".equals(url.getProtocol())) {
                return directory(Path.of(url.toURI()), extension, display);
            }
            URLConnection connection = url.openConnection();
            if (connection instanceof JarURLConnection jar) {
                return fromJar(jar.getJarFile(), resourceDir, extension, display);
            }
            throw new IllegalStateException("cannot list the bundled files at " + url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<SourceFile> fromJar(JarFile jar, String resourceDir, String extension, String display)
            throws IOException {
        String prefix = resourceDir.endsWith("/") ? resourceDir : resourceDir + "/";
        List<JarEntry> entries = new ArrayList<>();
        for (JarEntry entry : Collections.list(jar.entries())) {
            String name = entry.getName();
            String rest = name.startsWith(prefix) ? name.substring(prefix.length()) : null;
            if (rest != null && !entry.isDirectory() && !rest.contains("/") && rest.endsWith(extension)) {
                entries.add(entry);
            }
        }
        entries.sort(Comparator.comparing(JarEntry::getName));
        List<SourceFile> files = new ArrayList<>();
        for (JarEntry entry : entries) {
            try (InputStream in = jar.getInputStream(entry)) {
                String name = display + "/" + entry.getName().substring(prefix.length());
                files.add(new SourceFile(name, Utf8.read(in, name, Limits.MAX_FILE_BYTES, "the file")));
            }
        }
        return files;
    }
}
