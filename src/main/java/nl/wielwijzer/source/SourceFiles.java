package nl.wielwijzer.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the files of a rule set or catalogue: in a directory the caller names, or bundled in the jar.
 * Files are returned sorted by name, so loading order, and with it every result, is the same everywhere.
 */
public final class SourceFiles {

    private SourceFiles() {
    }

    /**
     * The files in {@code dir} (not its subdirectories) whose names end with {@code extension}.
     *
     * @param display the name prefix used in problems, e.g. {@code rules} gives {@code rules/bcw-matrix.drl};
     *                null uses the directory as given
     */
    public static List<SourceFile> directory(Path dir, String extension, String display) throws IOException {
        String prefix = display == null ? dir.toString() : display;
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(dir)) {
            for (Path p : listing.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(extension)).sorted().toList()) {
                files.add(new SourceFile(prefix + "/" + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        return files;
    }

    /**
     * The files bundled as resources under {@code resourceDir} (e.g. {@code nl/wielwijzer/rules}), read from
     * the classes directory in development or from the jar in production.
     */
    public static List<SourceFile> bundled(String resourceDir, String extension, String display) {
        URL url = SourceFiles.class.getClassLoader().getResource(resourceDir);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return fromJar(uri, extension, display);
            }
            return directory(Path.of(uri), extension, display);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<SourceFile> fromJar(URI uri, String extension, String display) throws IOException {
        FileSystem fs;
        boolean close = false;
        try {
            fs = FileSystems.newFileSystem(uri, Map.of());
            close = true;
        } catch (FileSystemAlreadyExistsException e) {
            fs = FileSystems.getFileSystem(uri);
        }
        try {
            String inside = uri.getSchemeSpecificPart();
            Path dir = fs.getPath(inside.substring(inside.indexOf("!/") + 1));
            return directory(dir, extension, display);
        } finally {
            if (close) {
                fs.close();
            }
        }
    }
}
