package io.convert.writer.text;

import io.convert.model.Article;
import io.convert.model.Book;
import io.convert.spi.ArticleWriter;
import io.convert.spi.WriteOptions;
import io.convert.writer.text.internal.TextLayout;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The article as UTF-8 plain text to read anywhere: title and byline, then the blocks with
 * blank lines between them. Lines are not wrapped (viewers wrap Arabic better than a character
 * count would), and the output holds no control characters but newlines and the tabs between
 * table cells.
 */
public final class TextArticleWriter implements ArticleWriter {
    @Override
    public String format() {
        return "txt";
    }

    @Override
    public List<String> aliases() {
        return List.of("text");
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public String description() {
        return "plain UTF-8 text";
    }

    @Override
    public void write(Article article, OutputStream out, WriteOptions options) throws IOException {
        String text = TextLayout.render(article, options.diagnostics(), options.limits().maxTableCells());
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void writeBook(Book book, OutputStream out, WriteOptions options) throws IOException {
        String text = TextLayout.renderBook(book, options.diagnostics(), options.limits().maxTableCells());
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
