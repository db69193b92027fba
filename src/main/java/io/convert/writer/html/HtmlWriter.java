package io.convert.writer.html;

import io.convert.lang.LanguageTags;
import io.convert.lang.Wording;
import io.convert.model.Article;
import io.convert.model.Book;
import io.convert.model.Direction;
import io.convert.model.Metadata;
import io.convert.spi.ArticleWriter;
import io.convert.spi.WriteOptions;
import io.convert.writer.markup.ArticleMarkup;
import io.convert.writer.markup.Hrefs;
import io.convert.writer.markup.Stylesheet;
import io.convert.writer.markup.Xml;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One standalone HTML5 page in reader view: the article alone, with its own small style sheet and
 * its images embedded, readable in either direction. The markup is also well-formed XML.
 */
public final class HtmlWriter implements ArticleWriter {

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public String description() {
        return "standalone HTML5 page in reader view";
    }

    @Override
    public void write(Article article, OutputStream out, WriteOptions options) throws IOException {
        ArticleMarkup markup = markup(options);
        ArticleMarkup.Rendered rendered = markup.render(article);
        Metadata m = article.metadata();
        Xml page = head(markup, ArticleMarkup.title(article), ArticleMarkup.languageTag(article),
                article.language().direction(), rendered.body().length());
        if (!m.authors().isEmpty()) page.empty("meta", "name", "author", "content", String.join(", ", m.authors())).newline();
        if (m.description() != null && !m.description().isBlank()) {
            page.empty("meta", "name", "description", "content", m.description().strip()).newline();
        }
        String source = m.source() == null ? null : Hrefs.link(m.source());
        if (source != null && Hrefs.scheme(source) != null) page.empty("link", "rel", "canonical", "href", source).newline();
        finish(page, rendered.body(), out);
    }

    /**
     * One page: the book's title and what it holds, a contents list linking to each article,
     * then each article in an {@code <article>} of its own language and direction. Ids are
     * numbered per article ({@code a2-h-3}), so no two articles share one.
     */
    @Override
    public void writeBook(Book book, OutputStream out, WriteOptions options) throws IOException {
        ArticleMarkup markup = markup(options);
        Wording wording = Wording.forBook(book, null);
        String title = Xml.clean(wording.bookTitle(book));
        Xml body = new Xml();
        body.start("header", "class", "title-block").newline();
        body.element("h1", title).newline();
        String about = wording.bookAbout(book);
        if (about != null) body.element("p", Xml.clean(about), "class", "byline").newline();
        body.end("header").newline();
        body.start("nav", "class", "contents").newline();
        body.element("h2", wording.contents()).newline();
        body.start("ol").newline();
        List<String> chapters = new ArrayList<>();
        for (int i = 0; i < book.articles().size(); i++) {
            Article article = book.articles().get(i);
            String id = "a" + (i + 1);
            body.start("li").start("a", Xml.attributes(new String[] {"href", "#" + id},
                    markup.languageAttributes(ArticleMarkup.languageTag(article), article.language().direction())))
                    .text(ArticleMarkup.title(article)).end("a").end("li").newline();
            chapters.add(markup(options.forArticle(i)).renderChapter(article, id).body());
        }
        body.end("ol").newline().end("nav").newline();
        for (String chapter : chapters) body.raw(chapter);
        Xml page = head(markup, title, LanguageTags.cleanOrUndetermined(book.language()), book.direction(), body.toString().length());
        finish(page, body.toString(), out);
    }

    private static ArticleMarkup markup(WriteOptions options) {
        return ArticleMarkup.forPage(options.resources(), options.diagnostics(), options.limits());
    }

    /** The page up to the end of its head's metadata, which the caller may add to. */
    private static Xml head(ArticleMarkup markup, String title, String languageTag, Direction direction, int bodyLength) {
        Xml page = new Xml(new StringBuilder(bodyLength + 8192));
        page.raw("<!DOCTYPE html>").newline();
        page.start("html", Xml.attributes(new String[] {"xmlns", "http://www.w3.org/1999/xhtml"},
                markup.languageAttributes(languageTag, direction))).newline();
        page.start("head").newline();
        page.empty("meta", "charset", "utf-8").newline();
        page.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
        page.element("title", title).newline();
        return page;
    }

    private static void finish(Xml page, String body, OutputStream out) throws IOException {
        page.empty("meta", "name", "generator", "content", "convert").newline();
        page.start("style").newline().raw(Stylesheet.page()).end("style").newline();
        page.end("head").newline();
        page.start("body").newline().raw(body).end("body").newline();
        page.end("html").newline();
        out.write(page.toString().getBytes(StandardCharsets.UTF_8));
    }
}
