package io.convert.writer.json;

import io.convert.lang.Wording;
import io.convert.model.Article;
import io.convert.model.Book;
import io.convert.spi.ArticleWriter;
import io.convert.spi.WriteOptions;
import io.convert.writer.json.internal.JsonDocument;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The article model as JSON for other tools: metadata fields at the top level, then
 * {@code blocks}, each with its {@code type}, its plain {@code text} and its structure. Keys
 * come in a fixed order and every documented key is present (null when unknown), so outputs
 * diff cleanly; text is UTF-8, not ASCII-escaped.
 */
public final class JsonArticleWriter implements ArticleWriter {
    @Override
    public String format() {
        return "json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public String description() {
        return "the article model as JSON (metadata and typed blocks)";
    }

    /** Jackson is reached only from here, so choosing another format never loads it (some 50 classes). */
    @Override
    public void write(Article article, OutputStream out, WriteOptions options) throws IOException {
        JsonDocument.write(article, out);
    }

    /** The book as {@link JsonDocument#writeBook} writes it, titled as given or worded from its articles. */
    @Override
    public void writeBook(Book book, OutputStream out, WriteOptions options) throws IOException {
        JsonDocument.writeBook(book, Wording.forBook(book, null).bookTitle(book), out);
    }
}
