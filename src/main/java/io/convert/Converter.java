package io.convert;

import io.convert.io.AtomicOutput;
import io.convert.io.InputLoader;
import io.convert.io.NetworkPolicy;
import io.convert.io.PolicyResourceLoader;
import io.convert.io.WatchedOutput;
import io.convert.io.WebArchive;
import io.convert.lang.LanguageDetector;
import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Book;
import io.convert.model.Language;
import io.convert.model.Metadata;
import io.convert.model.PlainText;
import io.convert.spi.ArticleReader;
import io.convert.spi.ArticleWriter;
import io.convert.spi.ConvertException;
import io.convert.spi.Input;
import io.convert.spi.ReadOptions;
import io.convert.spi.ResourcePolicy;
import io.convert.spi.WriteOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * The library API, and the one place that decides how a conversion is bounded: it loads inputs
 * (files, URLs, streams) under the size limit and network policy, reads them with the reader the
 * input calls for, cuts the article to the text budget every writer can lay out, and writes
 * outputs whole or not at all, with images loaded only as the {@link ResourcePolicy} allows. The
 * command line maps its arguments to these calls, so a Java caller gets the same bounds.
 * Thread-safe; keep one and reuse it.
 *
 * <pre>{@code
 * Converter converter = Converter.create();
 * Document story = converter.read(Path.of("story.html"), "auto", ReadOptions.defaults());
 * converter.write(story, "epub", Path.of("story.epub"), WriteOptions.defaults());
 * }</pre>
 */
public final class Converter {
    private final Formats formats;

    public Converter(Formats formats) {
        this.formats = formats;
    }

    /** A converter with every reader and writer on the class path. */
    public static Converter create() {
        return new Converter(Formats.discover());
    }

    public Formats formats() {
        return formats;
    }

    /**
     * Reads the file {@code file}; its folder is where its images may be read from.
     *
     * @throws ConvertException bad input when the file is missing, too large, binary or of no
     *     format a reader takes
     * @throws IllegalArgumentException when {@code from} names no reader
     */
    public Document read(Path file, String from, ReadOptions options) {
        return read(loader(options).load(file), from, options);
    }

    /** Reads the page at an http(s) URL, which may then fetch its own images. */
    public Document read(URI url, String from, ReadOptions options) {
        return read(loader(options).load(url), from, options);
    }

    /**
     * Reads a stream to its end (standard input, say); relative references resolve against the
     * working folder.
     */
    public Document read(InputStream in, String from, ReadOptions options) {
        return read(loader(options).load(in), from, options);
    }

    private Document read(InputLoader.Loaded loaded, String from, ReadOptions options) {
        ReadOptions withBase = options.baseUrl() != null ? options : options.withBaseUrl(loaded.input().baseUri());
        Article article = read(loaded.input(), from, withBase);
        return new Document(article, loaded.input().name(), loaded.baseName(), loaded.file(),
                resources(loaded, withBase));
    }

    /**
     * Opens the web archive {@code file} (WARC 1.0 or 1.1, plain or gzip per record), reading it
     * once to find its HTML pages; their bodies are read one at a time later.
     *
     * @throws ConvertException bad input when the file is missing or is no WARC file
     */
    public WebArchive openArchive(Path file, ReadOptions options) {
        return WebArchive.open(file, options.limits().maxInputBytes(), options.limits().maxImagePixels());
    }

    /** Opens a web archive on any storage {@code source} can open at an offset (HDFS, S3, ...). */
    public WebArchive openArchive(String name, WebArchive.Source source, ReadOptions options) {
        return WebArchive.open(name, source, options.limits().maxInputBytes(), options.limits().maxImagePixels());
    }

    /**
     * Reads one page of {@code archive}: its target URI is its source and base URL, its capture
     * date its date when the page states none, and its images come from the archive alone.
     *
     * @throws ConvertException bad input when the record cannot be read or holds no article
     */
    public Document read(WebArchive archive, WebArchive.Page page, String from, ReadOptions options) {
        ReadOptions withBase = options.baseUrl() != null ? options : options.withBaseUrl(page.uri());
        Article article = read(archive.read(page), from, withBase);
        if (article.metadata().published() == null && page.captured() != null) {
            String captured = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(page.captured().atOffset(ZoneOffset.UTC));
            article = article.withMetadata(article.metadata().toBuilder().published(captured).build());
        }
        return new Document(article, page.uri(), page.baseName(), null, archive.resources(page));
    }

    /**
     * Every page of {@code archive}, read lazily in record order; a page that cannot be read is
     * an {@link ArchivePage} with its error, never an end of the stream.
     */
    public Stream<ArchivePage> read(WebArchive archive, String from, ReadOptions options) {
        return archive.pages().stream().map(page -> readIsolated(archive, page, from, options));
    }

    private ArchivePage readIsolated(WebArchive archive, WebArchive.Page page, String from, ReadOptions options) {
        try {
            return new ArchivePage(page, read(archive, page, from, options), null);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new ArchivePage(page, null, ConvertException.of(e));
        }
    }

    /**
     * Reads text already in memory with the reader named {@code from} ({@code auto} or null:
     * chosen by file extension, then by content), cuts it to the text budget, and fills in the
     * article's language and direction from its text when the reader found none. Images of an
     * article read this way are loaded by whatever {@link WriteOptions#resources()} the caller
     * passes when writing.
     *
     * @throws ConvertException bad input when no reader fits, the reader rejects the input, or
     *     the input has no article text (no letter or digit even when every line is kept)
     * @throws IllegalArgumentException when {@code from} names no reader
     */
    public Article read(Input input, String from, ReadOptions options) {
        ArticleReader reader = chooseReader(input, from);
        Article article = reader.read(input, options);
        if (!hasText(article) && options.extract()) {
            // The rules threw away every block of a page that may have text: as Readability retries
            // with looser settings, keep what the page shows rather than write an empty document.
            article = reader.read(input, options.withExtract(false));
            if (hasText(article)) options.diagnostics().warn("found no article in the page; kept all of its text");
        }
        if (!hasText(article)) throw ConvertException.badInput("no article text found");
        article = HeadingLevels.compact(NestingCap.apply(article, options.diagnostics()));
        return withDetectedLanguage(TextBudget.apply(article, options.limits(), options.diagnostics()));
    }

    /** Whether the title or any block holds a letter or a digit: punctuation and marks alone are no article. */
    private static boolean hasText(Article article) {
        if (hasLetterOrDigit(article.metadata().title())) return true;
        for (Block block : article.blocks()) {
            if (hasLetterOrDigit(PlainText.of(block))) return true;
        }
        return false;
    }

    private static boolean hasLetterOrDigit(String text) {
        return text != null && text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static InputLoader loader(ReadOptions options) {
        return new InputLoader(options.limits().maxInputBytes(), network(options.resources()));
    }

    private static NetworkPolicy network(ResourcePolicy policy) {
        return NetworkPolicy.OFF.withEnabled(policy.network()).withAllowPrivate(policy.privateNetwork())
                .withUserAgent(policy.userAgent());
    }

    /** Files in the input's folder and the policy's folders; the network as the policy says, or for a URL input. */
    private static PolicyResourceLoader resources(InputLoader.Loaded loaded, ReadOptions options) {
        ResourcePolicy policy = options.resources();
        List<Path> roots = new ArrayList<>(policy.folders());
        if (loaded.folder() != null) roots.add(loaded.folder());
        URI base = options.baseUrl() != null ? URI.create(options.baseUrl())
                : loaded.folder() != null ? loaded.folder().toUri() : null;
        return new PolicyResourceLoader(base, roots,
                network(policy).withEnabled(policy.network() || loaded.fromNetwork()),
                options.limits().maxInputBytes(), options.limits().maxImagePixels());
    }

    /**
     * The reader named {@code from}, or for {@code auto} (or null) the one the input's file
     * extension, then its content, calls for.
     *
     * @throws IllegalArgumentException when {@code from} names no reader
     * @throws ConvertException bad input when no reader fits
     */
    public ArticleReader chooseReader(Input input, String from) {
        if (from != null && !from.equalsIgnoreCase("auto")) {
            return formats.reader(from).orElseThrow(() -> new IllegalArgumentException("unknown input format '" + from
                    + "' (see --list-formats)"));
        }
        return formats.readerFor(input.fileName(), input.text()).orElseThrow(
                () -> ConvertException.badInput("cannot tell the input's format; use --from"));
    }

    /**
     * The writer for {@code format} or one of its aliases.
     *
     * @throws IllegalArgumentException when no writer has that name
     */
    public ArticleWriter writer(String format) {
        return formats.writer(format).orElseThrow(() -> new IllegalArgumentException("unknown output format '"
                + format + "' (see --list-formats)"));
    }

    /**
     * Writes {@code document} to the file {@code target} through a temporary file moved into
     * place once complete, loading its images under the policy it was read with.
     *
     * @throws ConvertException output when the file cannot be written or would replace the
     *     input; internal when the writer failed
     */
    public void write(Document document, String format, Path target, WriteOptions options) {
        write(document, format, target, options, () -> false);
    }

    /**
     * As {@link #write(Document, String, Path, WriteOptions)}, but the output is not moved into
     * place once {@code abandoned} says so: a batch gives up on a conversion that ran out of time,
     * and must not find its output appear afterwards.
     */
    void write(Document document, String format, Path target, WriteOptions options, BooleanSupplier abandoned) {
        ArticleWriter writer = writer(format);
        refuseToReplace(document, target);
        WriteOptions withResources = options.toBuilder().resources(document.resources())
                .outputFolder(folderOf(target)).build();
        AtomicOutput.write(target, out -> {
            writer.write(document.article(), out, withResources);
            if (abandoned.getAsBoolean()) throw ConvertException.badInput("abandoned after the time limit");
        });
    }

    /** Writes {@code document} to a stream the caller owns, loading its images under its read policy. */
    public void write(Document document, String format, OutputStream out, WriteOptions options) {
        write(document.article(), format, out, options.toBuilder().resources(document.resources()).build());
    }

    /**
     * Writes {@code article} to a stream the caller owns.
     *
     * @throws ConvertException output when the stream fails; internal when the writer failed
     */
    public void write(Article article, String format, OutputStream out, WriteOptions options) {
        ArticleWriter writer = writer(format);
        toStream(out, watched -> writer.write(article, watched, options));
    }

    /**
     * Binds {@code documents}, in order, into one book written to the file {@code target}
     * (through a temporary file moved into place once complete): a title page ({@code title},
     * or one worded from the number of articles and their dates when null), a table of
     * contents, and each document as a chapter with its own language and direction, its images
     * loaded under the policy that document was read with.
     *
     * @throws IllegalArgumentException when the format cannot bind several articles
     * @throws ConvertException output when the file cannot be written or would replace an
     *     input; internal when the writer failed
     */
    public void writeBook(List<Document> documents, String title, String format, Path target, WriteOptions options) {
        ArticleWriter writer = writer(format);
        for (Document document : documents) refuseToReplace(document, target);
        Book book = Book.of(title, documents.stream().map(Document::article).toList());
        WriteOptions perArticle = bookOptions(documents, options.toBuilder().outputFolder(folderOf(target)).build());
        refusingBooks(writer, () -> AtomicOutput.write(target, out -> writer.writeBook(book, out, perArticle)));
    }

    /** {@link #writeBook(List, String, String, Path, WriteOptions)} to a stream the caller owns. */
    public void writeBook(List<Document> documents, String title, String format, OutputStream out,
            WriteOptions options) {
        ArticleWriter writer = writer(format);
        Book book = Book.of(title, documents.stream().map(Document::article).toList());
        WriteOptions perArticle = bookOptions(documents, options);
        refusingBooks(writer, () -> toStream(out, watched -> writer.writeBook(book, watched, perArticle)));
    }

    private static Path folderOf(Path target) {
        return target.toAbsolutePath().getParent();
    }

    private static WriteOptions bookOptions(List<Document> documents, WriteOptions options) {
        return options.toBuilder().articleResources(documents.stream().map(Document::resources).toList()).build();
    }

    /** A format without books is the caller's mistake, as an unknown format is. */
    private static void refusingBooks(ArticleWriter writer, Runnable write) {
        try {
            write.run();
        } catch (UnsupportedOperationException e) {
            throw new IllegalArgumentException(e.getMessage() == null
                    ? "format " + writer.format() + " cannot bind several articles into one book" : e.getMessage(), e);
        }
    }

    private static void toStream(OutputStream out, AtomicOutput.Content content) {
        WatchedOutput watched = new WatchedOutput(out);
        try {
            content.writeTo(watched);
            watched.flush();
        } catch (IOException | UncheckedIOException e) {
            if (watched.failed()) {
                throw ConvertException.cannotWrite("the output", e);
            }
            throw ConvertException.writerFailed(e);
        }
    }

    private static void refuseToReplace(Document document, Path target) {
        if (document.file() == null) return;
        try {
            if (Files.exists(target) && Files.isSameFile(target, document.file())) {
                throw new ConvertException(ConvertException.Kind.OUTPUT, "refusing to overwrite the input file "
                        + target);
            }
        } catch (IOException e) {
            throw new ConvertException(ConvertException.Kind.OUTPUT, "cannot check output " + target, e);
        }
    }

    /**
     * Sets the article's language and direction from its text when the reader left them
     * unset, so writers can always rely on a direction.
     */
    public static Article withDetectedLanguage(Article article) {
        Metadata m = article.metadata();
        if (m.language() != null && m.direction() != null) return article;
        StringBuilder sample = new StringBuilder();
        if (m.title() != null) sample.append(m.title()).append('\n');
        for (Block b : article.blocks()) {
            if (sample.length() > 20_000) break;
            if (!(b instanceof Block.CodeBlock)) sample.append(PlainText.of(b)).append('\n');
        }
        Language guess = LanguageDetector.detect(sample);
        Metadata.Builder builder = m.toBuilder();
        if (m.language() == null && guess.tag() != null) builder.language(guess.tag());
        if (m.direction() == null && guess.direction() != null) builder.direction(guess.direction());
        return article.withMetadata(builder.build());
    }
}
