package io.convert.writer.markdown;

import io.convert.lang.Wording;
import io.convert.model.Article;
import io.convert.model.Book;
import io.convert.spi.ArticleWriter;
import io.convert.spi.WriteOptions;
import io.convert.writer.markup.ArticleMarkup;
import io.convert.writer.markdown.internal.CommonMarkTree;
import io.convert.writer.markdown.internal.FrontMatter;
import io.convert.writer.markdown.internal.MarkdownText;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * CommonMark with GFM tables, after a YAML metadata block as pandoc reads it. The body is a
 * commonmark-java node tree rendered by its own Markdown renderer, so escaping is the
 * library's. The output holds no raw HTML: what only HTML could say is dropped (block
 * languages and directions) or kept as plain text (superscript and subscript content).
 */
public final class MarkdownArticleWriter implements ArticleWriter {
    @Override
    public String format() {
        return "md";
    }

    @Override
    public List<String> aliases() {
        return List.of("markdown");
    }

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public String description() {
        return "CommonMark with GFM tables and YAML front matter";
    }

    @Override
    public void write(Article article, OutputStream out, WriteOptions options) throws IOException {
        StringBuilder markdown = new StringBuilder(FrontMatter.of(article.metadata(), article.language().direction()));
        var body = CommonMarkTree.of(article, options);
        if (body.getFirstChild() != null) {
            markdown.append('\n').append(MarkdownText.render(body));
        }
        out.write(markdown.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /**
     * One file: front matter for the book, then each article under its own level-1 heading
     * (its title), with its subtitle and byline below it and its headings one level lower.
     */
    @Override
    public void writeBook(Book book, OutputStream out, WriteOptions options) throws IOException {
        Wording wording = Wording.forBook(book, null);
        StringBuilder markdown = new StringBuilder(FrontMatter.ofBook(wording.bookTitle(book),
                book.earliest() == null ? null : book.earliest().toString(),
                book.latest() == null ? null : book.latest().toString(), book.language(), book.direction(),
                book.articles().stream().map(a -> a.language().tag()).filter(Objects::nonNull).toList()));
        for (int i = 0; i < book.articles().size(); i++) {
            Article article = book.articles().get(i);
            var chapter = CommonMarkTree.chapter(article, ArticleMarkup.title(article),
                    Wording.forArticle(article).byline(article.metadata()).line(), options.forArticle(i));
            markdown.append('\n').append(MarkdownText.render(chapter));
        }
        out.write(markdown.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
