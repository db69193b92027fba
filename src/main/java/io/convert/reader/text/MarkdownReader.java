package io.convert.reader.text;

import io.convert.model.Article;
import io.convert.reader.text.internal.MarkdownArticles;
import io.convert.reader.text.internal.PlainLines;
import io.convert.spi.ArticleReader;
import io.convert.spi.Input;
import io.convert.spi.ReadOptions;
import java.util.List;

/**
 * Reads CommonMark (with GFM tables and YAML front matter) into an article. Chosen by name or by
 * the {@code .md}/{@code .markdown} extension; unnamed input that looks like Markdown reaches
 * the same code through {@link TextReader}.
 */
public final class MarkdownReader implements ArticleReader {

    @Override
    public String name() {
        return "markdown";
    }

    @Override
    public List<String> aliases() {
        return List.of("md", "commonmark");
    }

    @Override
    public List<String> extensions() {
        return List.of("md", "markdown");
    }

    @Override
    public String description() {
        return "CommonMark with GFM tables and YAML front matter";
    }

    @Override
    public double sniff(String text) {
        return 0;
    }

    @Override
    public Article read(Input input, ReadOptions options) {
        String text = options.limits().keepText(PlainLines.withPlainBreaks(input.text()), "the text",
                options.diagnostics());
        return options.extract() ? MarkdownArticles.read(text) : PlainLines.everyLine(text);
    }
}
