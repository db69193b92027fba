package io.convert.writer.html;

import io.convert.model.Article;
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

/**
 * One standalone HTML5 page in reader view: the article alone, with its own small style sheet,
 * readable in either direction. The markup is also well-formed XML.
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
        ArticleMarkup markup = ArticleMarkup.forPage();
        ArticleMarkup.Rendered rendered = markup.render(article);
        Metadata m = article.metadata();
        Xml page = new Xml(new StringBuilder(rendered.body().length() + 8192));
        page.raw("<!DOCTYPE html>").newline();
        page.start("html", Xml.attributes(new String[] {"xmlns", "http://www.w3.org/1999/xhtml"},
                markup.languageAttributes(ArticleMarkup.languageTag(article), article.language().direction())))
                .newline();
        page.start("head").newline();
        page.empty("meta", "charset", "utf-8").newline();
        page.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
        page.element("title", ArticleMarkup.title(article)).newline();
        if (!m.authors().isEmpty()) page.empty("meta", "name", "author", "content", String.join(", ", m.authors())).newline();
        if (m.description() != null && !m.description().isBlank()) {
            page.empty("meta", "name", "description", "content", m.description().strip()).newline();
        }
        String source = m.source() == null ? null : Hrefs.link(m.source());
        if (source != null && Hrefs.scheme(source) != null) page.empty("link", "rel", "canonical", "href", source).newline();
        page.empty("meta", "name", "generator", "content", "convert").newline();
        page.start("style").newline().raw(Stylesheet.page()).end("style").newline();
        page.end("head").newline();
        page.start("body").newline().raw(rendered.body()).end("body").newline();
        page.end("html").newline();
        out.write(page.toString().getBytes(StandardCharsets.UTF_8));
    }
}
