package io.convert.writer.epub;

import io.convert.model.Article;
import io.convert.model.Book;
import io.convert.spi.ArticleWriter;
import io.convert.spi.Setting;
import io.convert.spi.WriteOptions;
import io.convert.writer.epub.internal.Publication;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * EPUB 3.3 books that EPUBCheck accepts without errors or warnings, with the article's language
 * and direction in the package, the navigation and every content document, and the same bytes
 * for the same input and options.
 */
public final class EpubWriter implements ArticleWriter {

    @Override
    public String format() {
        return "epub";
    }

    @Override
    public List<String> aliases() {
        return List.of("epub3");
    }

    @Override
    public String extension() {
        return "epub";
    }

    @Override
    public String description() {
        return "EPUB 3 e-book (reflowable, right-to-left aware)";
    }

    @Override
    public boolean binary() {
        return true;
    }

    @Override
    public List<Setting<?>> settings() {
        return EpubSettings.ALL;
    }

    @Override
    public void write(Article article, OutputStream out, WriteOptions options) throws IOException {
        Publication.write(article, out, options);
    }

    /**
     * A title page, the contents (the navigation document, in the reading order), then one
     * content document per article in its own language and direction; the spine progresses in
     * the direction of the book's main language.
     */
    @Override
    public void writeBook(Book book, OutputStream out, WriteOptions options) throws IOException {
        Publication.write(book, out, options);
    }
}
