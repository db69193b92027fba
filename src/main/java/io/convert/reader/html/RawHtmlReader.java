package io.convert.reader.html;

import io.convert.model.Article;
import io.convert.reader.html.internal.HtmlPageReader;
import io.convert.spi.ArticleReader;
import io.convert.spi.Input;
import io.convert.spi.ReadOptions;
import java.util.List;

/**
 * Maps a whole HTML page ({@code <article>}, else {@code <main>}, else {@code <body>}) without
 * looking for the article in it: for pages that are already clean. Used with
 * {@code --from html-raw}; never chosen by extension or content.
 */
public final class RawHtmlReader implements ArticleReader {
    @Override
    public String name() {
        return "html-raw";
    }

    @Override
    public List<String> extensions() {
        return List.of();
    }

    @Override
    public String description() {
        return "web page mapped whole, without article extraction";
    }

    @Override
    public double sniff(String text) {
        return 0;
    }

    @Override
    public Article read(Input input, ReadOptions options) {
        return HtmlPageReader.read(input, options, false);
    }
}
