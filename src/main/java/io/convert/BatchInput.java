package io.convert;

import io.convert.io.InputLoader;
import io.convert.spi.ConvertException;
import io.convert.spi.Input;
import io.convert.spi.ReadOptions;
import io.convert.spi.ResourceLoader;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One input of a {@link Batch}: what names it before it is read, and how to read it. Naming comes
 * first so that a batch can give every output its file name in input order, whichever
 * conversion finishes first; reading happens later, on a worker thread, and only then does the
 * input's content take memory.
 */
public interface BatchInput {

    /** The input in messages: a path, a URL, {@code <stdin>}, or a name of the caller's choosing. */
    String name();

    /** The stem the output is named after (a file name without extension, a URL's last segment). */
    String baseName();

    /**
     * The sub-folder, relative to the batch's output folder, the output goes to: a file found in a
     * folder input keeps its place in that folder's tree. Empty for none.
     */
    default Path folder() {
        return Path.of("");
    }

    /** Reads the input with the reader named {@code from} ({@code auto}: by extension, then content). */
    Document read(Converter converter, String from, ReadOptions options);

    /** A file given by itself: its output goes straight into the output folder. */
    static BatchInput file(Path file) {
        return file(file, Path.of(""));
    }

    /** A file found in a folder input at {@code folder}, relative to that input. */
    static BatchInput file(Path file, Path folder) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(folder, "folder");
        return new BatchInput() {
            @Override
            public String name() {
                return file.toString();
            }

            @Override
            public String baseName() {
                return InputLoader.baseName(file);
            }

            @Override
            public Path folder() {
                return folder;
            }

            @Override
            public Document read(Converter converter, String from, ReadOptions options) {
                return converter.read(file, from, options);
            }
        };
    }

    /** An http(s) page, fetched when it is read. */
    static BatchInput url(URI url) {
        Objects.requireNonNull(url, "url");
        return new BatchInput() {
            @Override
            public String name() {
                return url.toString();
            }

            @Override
            public String baseName() {
                return InputLoader.baseName(url);
            }

            @Override
            public Document read(Converter converter, String from, ReadOptions options) {
                return converter.read(url, from, options);
            }
        };
    }

    /** A stream read to its end when the input is read (standard input, named {@code <stdin>}). */
    static BatchInput stream(InputStream in) {
        Objects.requireNonNull(in, "in");
        return new BatchInput() {
            @Override
            public String name() {
                return "<stdin>";
            }

            @Override
            public String baseName() {
                return "stdin";
            }

            @Override
            public Document read(Converter converter, String from, ReadOptions options) {
                return converter.read(in, from, options);
            }
        };
    }

    /**
     * Text already in memory (a record of an archive, say): {@code input} carries the text, its
     * name in messages, a file name to choose the reader by and the base URL of its links;
     * {@code resources} loads its images (null: none).
     */
    static BatchInput of(Input input, String baseName, ResourceLoader resources) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(baseName, "baseName");
        ResourceLoader loader = resources == null ? ResourceLoader.NONE : resources;
        return new BatchInput() {
            @Override
            public String name() {
                return input.name();
            }

            @Override
            public String baseName() {
                return baseName;
            }

            @Override
            public Document read(Converter converter, String from, ReadOptions options) {
                if (input.text().length() > options.limits().maxInputBytes()) {
                    throw ConvertException.badInput("larger than the input limit of "
                            + options.limits().maxInputBytes() + " bytes (see --max-input-size)");
                }
                ReadOptions withBase = options.baseUrl() != null || input.baseUri() == null ? options
                        : options.withBaseUrl(input.baseUri());
                return new Document(converter.read(input, from, withBase), input.name(), baseName, null, loader);
            }
        };
    }
}
