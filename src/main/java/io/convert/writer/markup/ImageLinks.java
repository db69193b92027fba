package io.convert.writer.markup;

import io.convert.spi.ResourceLoader;
import io.convert.spi.WriteOptions;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Where an output that links its images instead of carrying them (Markdown) points each one. An
 * article read from a file names its images relative to that file; written into another folder,
 * as the default output into the current folder often is, those names would point nowhere. So
 * a local image is named from the output's folder. Web and {@code data:} sources, and every
 * source when the output's place is unknown, stay as the article has them.
 */
public final class ImageLinks {
    private ImageLinks() {
    }

    /** The link for each image source, for one article written with {@code options}. */
    public static UnaryOperator<String> from(WriteOptions options) {
        Path folder = options.outputFolder();
        if (folder == null) return UnaryOperator.identity();
        Path from = real(folder);
        ResourceLoader loader = options.resources();
        return source -> loader.file(source).map(file -> link(from, real(file))).orElse(source);
    }

    private static String link(Path from, Path file) {
        String path;
        try {
            path = from.relativize(file).toString().replace(File.separatorChar, '/');
        } catch (IllegalArgumentException e) {
            // On another drive no relative path leads there.
            return file.toUri().toString();
        }
        // A first segment with a colon would read as a URI scheme.
        if (path.isEmpty() || path.split("/", 2)[0].contains(":")) path = "./" + path;
        try {
            return new URI(null, null, path, null).getRawPath();
        } catch (URISyntaxException e) {
            return file.toUri().toString();
        }
    }

    /** The path with links resolved, so that both ends of a relative link are measured alike. */
    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
