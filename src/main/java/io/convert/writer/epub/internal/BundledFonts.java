package io.convert.writer.epub.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The files shipped under {@code io/convert/fonts/} on the class path (fonts and their licences),
 * whether the class path entry is a folder (development) or the jar.
 */
final class BundledFonts {
    static final String ROOT = "io/convert/fonts/";

    private BundledFonts() {
    }

    /** The file names (without folder) under the fonts root, sorted so output never depends on listing order. */
    static List<String> list(ClassLoader loader) {
        List<String> names = new ArrayList<>();
        try {
            Enumeration<URL> roots = loader.getResources(ROOT);
            while (roots.hasMoreElements()) names.addAll(namesIn(roots.nextElement()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the bundled fonts", e);
        }
        Collections.sort(names);
        return names.stream().distinct().toList();
    }

    static byte[] read(ClassLoader loader, String name) throws IOException {
        try (InputStream in = loader.getResourceAsStream(ROOT + name)) {
            if (in == null) throw new IOException("bundled file missing: " + name);
            return in.readAllBytes();
        }
    }

    private static List<String> namesIn(URL root) throws IOException {
        if ("file".equals(root.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
            } catch (URISyntaxException e) {
                throw new IOException("bad font folder " + root, e);
            }
        }
        if ("jar".equals(root.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) root.openConnection();
            connection.setUseCaches(false);
            List<String> names = new ArrayList<>();
            try (JarFile jar = connection.getJarFile()) {
                for (JarEntry entry : Collections.list(jar.entries())) {
                    String name = entry.getName();
                    if (!entry.isDirectory() && name.startsWith(ROOT) && name.indexOf('/', ROOT.length()) < 0) {
                        names.add(name.substring(ROOT.length()));
                    }
                }
            }
            return names;
        }
        return List.of();
    }
}
