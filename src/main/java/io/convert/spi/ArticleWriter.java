package io.convert.spi;

import io.convert.model.Article;
import io.convert.model.Book;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes an {@link Article} in one format. Implementations are registered in
 * {@code META-INF/services/io.convert.spi.ArticleWriter} and found with
 * {@link java.util.ServiceLoader}, so a jar on the classpath adds a format; they must have a
 * public no-argument constructor and be stateless. Writers know nothing of readers.
 */
public interface ArticleWriter {

    /** The name used with {@code --to}, e.g. {@code md}. */
    String format();

    /** Other names accepted by {@code --to}, e.g. {@code markdown}. */
    default List<String> aliases() {
        return List.of();
    }

    /** The file name extension of outputs, without dot. */
    String extension();

    /** One line for {@code --list-formats}. */
    String description();

    /** True for formats that are not text (PDF, EPUB): never written to a terminal by accident. */
    default boolean binary() {
        return false;
    }

    /**
     * The settings this writer takes besides the common {@link WriteOptions} (page size, cover
     * image, ...). The command line offers each as {@code --NAME}; values reach the writer
     * through {@link WriteOptions#get(Setting)}, checked before any input is read.
     */
    default List<Setting<?>> settings() {
        return List.of();
    }

    /**
     * Writes the whole document to {@code out}. The caller owns the stream (and the temporary
     * file behind it); the writer must not close it.
     */
    void write(Article article, OutputStream out, WriteOptions options) throws IOException;

    /**
     * Writes several articles bound into one document: a title page, a table of contents, then
     * each article as a chapter in its own language and direction. Article {@code i}'s images
     * load through {@code options.forArticle(i)}. A format that cannot hold several articles
     * keeps this default, which refuses.
     *
     * @throws UnsupportedOperationException when the format cannot bind several articles
     */
    default void writeBook(Book book, OutputStream out, WriteOptions options) throws IOException {
        throw new UnsupportedOperationException("format " + format() + " cannot bind several articles into one book");
    }

    /**
     * Starts this writer's one-time set-up (loading fonts, initialising libraries) before there
     * is an article to write. A front end that knows a write will follow may call it on a
     * background thread, so the set-up overlaps with reading; it must be safe to run while
     * {@link #write} runs, and it must not fail (a writer reports problems when it writes).
     */
    default void prepare() {
    }
}
