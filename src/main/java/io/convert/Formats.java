package io.convert;

import io.convert.spi.ArticleReader;
import io.convert.spi.ArticleWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The readers and writers found on a class path with {@link ServiceLoader}. A jar that registers
 * a writer for format {@code foo} makes it available here without any change to this code.
 */
public final class Formats {
    private final List<ArticleReader> readers;
    private final List<ArticleWriter> writers;

    private Formats(List<ArticleReader> readers, List<ArticleWriter> writers) {
        this.readers = Collections.unmodifiableList(readers);
        this.writers = Collections.unmodifiableList(writers);
    }

    /** The formats visible to this class's class loader. */
    public static Formats discover() {
        return discover(Formats.class.getClassLoader());
    }

    public static Formats discover(ClassLoader loader) {
        List<ArticleReader> readers = new ArrayList<>();
        ServiceLoader.load(ArticleReader.class, loader).forEach(readers::add);
        List<ArticleWriter> writers = new ArrayList<>();
        ServiceLoader.load(ArticleWriter.class, loader).forEach(writers::add);
        readers.sort(Comparator.comparing(ArticleReader::name));
        writers.sort(Comparator.comparing(ArticleWriter::format));
        return new Formats(readers, writers);
    }

    public List<ArticleReader> readers() {
        return readers;
    }

    public List<ArticleWriter> writers() {
        return writers;
    }

    /** The writer whose format or alias is {@code name}, ignoring case. */
    public Optional<ArticleWriter> writer(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return writers.stream().filter(w -> w.format().equals(n) || w.aliases().contains(n)).findFirst();
    }

    /** The reader whose name or alias is {@code name}, ignoring case. */
    public Optional<ArticleReader> reader(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return readers.stream().filter(r -> r.name().equals(n) || r.aliases().contains(n)).findFirst();
    }

    /**
     * Chooses a reader for an input: by the file name's extension first, then by asking every
     * reader how sure it is that the content is its format.
     */
    public Optional<ArticleReader> readerFor(String fileName, String text) {
        Optional<ArticleReader> byExtension = readerClaiming(fileName);
        if (byExtension.isPresent()) return byExtension;
        return readers.stream()
                .filter(r -> r.sniff(text) > 0)
                .max(Comparator.comparingDouble(r -> r.sniff(text)));
    }

    /** The reader that claims a file name's extension ({@code story.htm}), if any. */
    public Optional<ArticleReader> readerClaiming(String fileName) {
        return extensionOf(fileName).flatMap(ext -> readers.stream().filter(r -> r.extensions().contains(ext)).findFirst());
    }

    /**
     * The writer an output file's name asks for, as pandoc guesses it: the writer whose extension
     * is the name's ({@code digest.pdf}), else whose format or alias it is ({@code notes.markdown}).
     */
    public Optional<ArticleWriter> writerFor(String fileName) {
        return extensionOf(fileName).flatMap(ext ->
                writers.stream().filter(w -> w.extension().equals(ext)).findFirst().or(() -> writer(ext)));
    }

    /** The lower-case extension of a file name; none for {@code notes} or {@code .hidden}. */
    private static Optional<String> extensionOf(String fileName) {
        if (fileName == null) return Optional.empty();
        int start = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1;
        int dot = fileName.lastIndexOf('.');
        if (dot <= start || dot == fileName.length() - 1) return Optional.empty();
        return Optional.of(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
