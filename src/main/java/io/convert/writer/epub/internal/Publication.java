package io.convert.writer.epub.internal;

import io.convert.lang.LanguageTags;
import io.convert.lang.Wording;
import io.convert.model.Article;
import io.convert.model.Book;
import io.convert.model.Direction;
import io.convert.model.Image;
import io.convert.model.Metadata;
import io.convert.spi.ResourceLoader;
import io.convert.spi.WriteOptions;
import io.convert.writer.epub.EpubSettings;
import io.convert.writer.epub.internal.ImagePackager.PackagedImage;
import io.convert.writer.markup.ArticleMarkup;
import io.convert.writer.markup.Hrefs;
import io.convert.writer.markup.Stylesheet;
import io.convert.writer.markup.Xml;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An EPUB 3.3 publication of one article, or of a book of several: a cover page (when there is
 * a cover image), for a book a title page and the contents in the reading order, each article
 * as a content document in its own language and direction, an optional page of font licences,
 * the navigation document, an NCX for older readers, the style sheet, images and fonts.
 */
public final class Publication {
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    private static final String EPUB_NS = "http://www.idpf.org/2007/ops";
    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String BOOK_CSS = """
            .cover { margin: 0; padding: 0; text-align: center; }
            .cover img { max-width: 100%; max-height: 95vh; }
            .licence { font-size: 0.75em; white-space: pre-wrap; }
            .book-title { margin-block-start: 30vh; text-align: center; }
            """;

    /** One article's content document. */
    private record Chapter(Article article, String href, String id, String title, ArticleMarkup markup) {
    }

    private final List<Chapter> chapters = new ArrayList<>();
    /** The book this publication binds, or null for one article. */
    private final Book book;
    private final Metadata metadata;
    private final WriteOptions options;
    private final String id;
    private final String title;
    private final String language;
    private final Direction direction;
    private final Wording wording;
    private final ImagePackager images;
    private final ArticleMarkup markup;

    private Publication(Article article, WriteOptions options) {
        this.book = null;
        this.metadata = article.metadata();
        this.options = options;
        this.id = BookId.of(article);
        this.title = ArticleMarkup.title(article);
        this.language = ArticleMarkup.languageTag(article);
        this.direction = article.language().direction();
        this.wording = Wording.forArticle(article);
        this.images = new ImagePackager(options.resources(), options.diagnostics(), options.limits());
        this.markup = chapterMarkup(article, options.resources());
        chapters.add(new Chapter(article, "content.xhtml", "content", title, markup));
    }

    private Publication(Book book, WriteOptions options) {
        this.book = book;
        this.options = options;
        this.id = BookId.of(book);
        this.wording = Wording.forBook(book, null);
        this.title = Xml.clean(wording.bookTitle(book)).strip();
        this.language = LanguageTags.cleanOrUndetermined(book.language());
        this.direction = book.direction();
        this.metadata = Metadata.builder().title(title).language(language).direction(direction)
                .authors(book.articles().stream().flatMap(a -> a.metadata().authors().stream()).distinct().toList())
                .published(book.latest() == null ? null : book.latest().toString()).build();
        this.images = new ImagePackager(options.resources(), options.diagnostics(), options.limits());
        this.markup = new ArticleMarkup(ArticleMarkup.Flavor.XHTML, image -> null, href -> null);
        for (int i = 0; i < book.articles().size(); i++) {
            Article article = book.articles().get(i);
            chapters.add(new Chapter(article, "chapter-" + (i + 1) + ".xhtml", "chapter-" + (i + 1),
                    ArticleMarkup.title(article), chapterMarkup(article, options.forArticle(i).resources())));
        }
    }

    /** XHTML of an article whose images load through {@code loader} and whose links resolve against its source. */
    private ArticleMarkup chapterMarkup(Article article, ResourceLoader loader) {
        String base = article.metadata().source();
        return new ArticleMarkup(ArticleMarkup.Flavor.XHTML, image -> image(loader, image),
                href -> Hrefs.absoluteLink(href, base));
    }

    /** Writes the EPUB for {@code article} to {@code out}, leaving {@code out} open. */
    public static void write(Article article, OutputStream out, WriteOptions options) throws IOException {
        new Publication(article, options).write(out);
    }

    /** Writes the EPUB binding {@code book}'s articles to {@code out}, leaving {@code out} open. */
    public static void write(Book book, OutputStream out, WriteOptions options) throws IOException {
        new Publication(book, options).write(out);
    }

    private ArticleMarkup.ImageRef image(ResourceLoader loader, Image image) {
        PackagedImage p = images.add(loader, image.source());
        return p == null ? null : new ArticleMarkup.ImageRef(p.href(), p.width(), p.height());
    }

    private void write(OutputStream out) throws IOException {
        PackagedImage cover = cover();
        List<ArticleMarkup.Rendered> contents = new ArrayList<>();
        StringBuilder allText = new StringBuilder(title);
        for (Chapter c : chapters) {
            ArticleMarkup.Rendered rendered = c.markup().render(c.article());
            contents.add(rendered);
            allText.append(' ').append(c.title()).append(' ').append(rendered.body());
        }
        FontEmbedder.Selection fonts = options.get(EpubSettings.EMBED_FONTS) ? fonts(allText.toString()) : null;
        List<Stylesheet.FontFace> faces = fonts == null ? List.of()
                : fonts.fonts().stream().map(FontEmbedder.FontFile::face).toList();
        boolean colophon = fonts != null && !fonts.licences().isEmpty();
        Instant modified = (options.timestamp() != null ? options.timestamp() : Instant.now()).truncatedTo(ChronoUnit.SECONDS);

        try (OcfZip zip = new OcfZip(out, options.timestamp())) {
            zip.add("META-INF/container.xml", container());
            zip.add("EPUB/package.opf", packageDocument(cover, fonts, colophon, modified));
            zip.add("EPUB/nav.xhtml", navigation(contents, cover != null));
            zip.add("EPUB/toc.ncx", ncx(contents));
            zip.add("EPUB/style.css", Stylesheet.book(faces) + BOOK_CSS);
            if (cover != null) zip.add("EPUB/cover.xhtml", coverPage(cover));
            if (book != null) zip.add("EPUB/title.xhtml", titlePage());
            for (int i = 0; i < chapters.size(); i++) {
                Chapter c = chapters.get(i);
                zip.add("EPUB/" + c.href(), page(c.title(), "bodymatter", contents.get(i).body(),
                        ArticleMarkup.languageTag(c.article()), c.article().language().direction()));
            }
            if (colophon) zip.add("EPUB/fonts.xhtml", colophon(fonts));
            for (PackagedImage image : images.images()) zip.add("EPUB/" + image.href(), image.data());
            if (fonts != null) {
                for (FontEmbedder.FontFile f : fonts.fonts()) zip.add("EPUB/fonts/" + f.fileName(), f.data());
            }
        }
    }

    /** The cover image: {@code --cover}, else the lead image, else none. */
    private PackagedImage cover() {
        Path cover = options.get(EpubSettings.COVER);
        if (cover != null) {
            PackagedImage p = images.add(cover.toAbsolutePath().toUri().toString());
            if (p != null) return p;
        }
        // A book's cover is only the one asked for: no article's lead image stands for all of them.
        if (book != null) return null;
        Metadata.LeadImage lead = metadata.leadImage();
        return lead == null || lead.image() == null ? null : images.add(lead.image().source());
    }

    private FontEmbedder.Selection fonts(String body) throws IOException {
        String text = body.replaceAll("<[^>]*>", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&amp;", "&") + title;
        FontEmbedder.Selection selection = FontEmbedder.select(text, "fonts/");
        if (selection.fonts().isEmpty()) {
            options.diagnostics().warn("--embed-fonts: no bundled font fits this article; none embedded");
            return null;
        }
        return selection;
    }

    private static String container() {
        Xml x = new Xml();
        x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").newline();
        x.start("container", "version", "1.0", "xmlns", "urn:oasis:names:tc:opendocument:xmlns:container").newline();
        x.start("rootfiles").newline();
        x.empty("rootfile", "full-path", "EPUB/package.opf", "media-type", "application/oebps-package+xml").newline();
        x.end("rootfiles").newline().end("container").newline();
        return x.toString();
    }

    private String packageDocument(PackagedImage cover, FontEmbedder.Selection fonts, boolean colophon, Instant modified) {
        Metadata m = metadata;
        Xml x = new Xml();
        x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").newline();
        x.start("package", "xmlns", "http://www.idpf.org/2007/opf", "version", "3.0", "unique-identifier", "book-id",
                "xml:lang", language, "dir", direction.code()).newline();
        x.start("metadata", "xmlns:dc", "http://purl.org/dc/elements/1.1/").newline();
        x.element("dc:identifier", id, "id", "book-id").newline();
        x.element("dc:title", title, "id", "title").newline();
        x.element("meta", "main", "refines", "#title", "property", "title-type").newline();
        String subtitle = Xml.clean(m.subtitle()).strip();
        if (!subtitle.isEmpty()) {
            x.element("dc:title", subtitle, "id", "subtitle").newline();
            x.element("meta", "subtitle", "refines", "#subtitle", "property", "title-type").newline();
        }
        int n = 0;
        for (String author : m.authors()) {
            String name = Xml.clean(author).strip();
            if (name.isEmpty()) continue;
            String creator = "creator-" + (++n);
            x.element("dc:creator", name, "id", creator).newline();
            x.element("meta", "aut", "refines", "#" + creator, "property", "role", "scheme", "marc:relators").newline();
        }
        x.element("dc:language", language).newline();
        for (String other : otherLanguages()) x.element("dc:language", other).newline();
        if (m.published() != null) optional(x, "dc:date", m.published());
        optional(x, "dc:publisher", m.site());
        optional(x, "dc:source", m.source());
        optional(x, "dc:description", m.description());
        for (String tag : m.tags()) optional(x, "dc:subject", tag);
        x.element("meta", MODIFIED.format(modified), "property", "dcterms:modified").newline();
        if (cover != null) x.empty("meta", "name", "cover", "content", cover.id()).newline();
        x.end("metadata").newline();

        x.start("manifest").newline();
        item(x, "nav", "nav.xhtml", "application/xhtml+xml", "nav");
        item(x, "ncx", "toc.ncx", "application/x-dtbncx+xml", null);
        item(x, "style", "style.css", "text/css", null);
        if (cover != null) item(x, "cover", "cover.xhtml", "application/xhtml+xml", null);
        if (book != null) item(x, "title-page", "title.xhtml", "application/xhtml+xml", null);
        for (Chapter c : chapters) item(x, c.id(), c.href(), "application/xhtml+xml", null);
        if (colophon) item(x, "fonts-page", "fonts.xhtml", "application/xhtml+xml", null);
        for (PackagedImage image : images.images()) {
            item(x, image.id(), image.href(), image.mediaType(), image == cover ? "cover-image" : null);
        }
        if (fonts != null) {
            int f = 0;
            for (FontEmbedder.FontFile font : fonts.fonts()) {
                item(x, "font-" + (++f), "fonts/" + font.fileName(), font.mediaType(), null);
            }
        }
        x.end("manifest").newline();

        x.start("spine", "toc", "ncx", "page-progression-direction", direction.code()).newline();
        if (cover != null) x.empty("itemref", "idref", "cover").newline();
        if (book != null) {
            x.empty("itemref", "idref", "title-page").newline();
            x.empty("itemref", "idref", "nav").newline();
        }
        for (Chapter c : chapters) x.empty("itemref", "idref", c.id()).newline();
        if (colophon) x.empty("itemref", "idref", "fonts-page").newline();
        x.end("spine").newline();
        x.end("package").newline();
        return x.toString();
    }

    private static void optional(Xml x, String element, String value) {
        String v = Xml.clean(value).strip();
        if (!v.isEmpty()) x.element(element, v).newline();
    }

    private static void item(Xml x, String id, String href, String mediaType, String properties) {
        x.empty("item", "id", id, "href", href, "media-type", mediaType, "properties", properties).newline();
    }

    /** The languages of a book's articles besides its main one, each once, in order. */
    private List<String> otherLanguages() {
        List<String> others = new ArrayList<>();
        if (book == null) return others;
        for (Chapter c : chapters) {
            String tag = ArticleMarkup.languageTag(c.article());
            if (!tag.equals(language) && !tag.equals("und") && !others.contains(tag)) others.add(tag);
        }
        return others;
    }

    private String navigation(List<ArticleMarkup.Rendered> contents, boolean hasCover) {
        Xml body = new Xml();
        body.start("nav", "epub:type", "toc", "id", "toc").newline();
        body.element("h1", wording.contents()).newline();
        body.start("ol").newline();
        for (int i = 0; i < chapters.size(); i++) {
            Chapter c = chapters.get(i);
            Article a = c.article();
            body.start("li").start("a", Xml.attributes(new String[] {"href", c.href()},
                    languageDifference(ArticleMarkup.languageTag(a), a.language().direction()))).text(c.title()).end("a");
            List<Outline> outline = Outline.of(contents.get(i).headings());
            if (!outline.isEmpty()) {
                body.newline();
                navList(body, c.href(), outline);
            }
            body.end("li").newline();
        }
        body.end("ol").newline().end("nav").newline();
        body.start("nav", "epub:type", "landmarks", "id", "landmarks", "hidden", "hidden").newline();
        body.element("h2", wording.landmarks()).newline().start("ol").newline();
        if (hasCover) body.start("li").element("a", wording.cover(), "epub:type", "cover", "href", "cover.xhtml").end("li").newline();
        if (book != null) {
            body.start("li").element("a", wording.contents(), "epub:type", "toc", "href", "nav.xhtml#toc").end("li").newline();
        }
        body.start("li").element("a", wording.articleStart(), "epub:type", "bodymatter", "href", chapters.get(0).href())
                .end("li").newline();
        body.end("ol").newline().end("nav").newline();
        return page(title, null, body.toString(), language, direction);
    }

    private void navList(Xml x, String href, List<Outline> nodes) {
        x.start("ol").newline();
        for (Outline node : nodes) {
            ArticleMarkup.TocEntry e = node.entry();
            x.start("li").start("a", Xml.attributes(new String[] {"href", href + "#" + e.id()},
                    languageDifference(e.languageTag(), e.direction()))).text(e.text()).end("a");
            if (!node.children().isEmpty()) {
                x.newline();
                navList(x, href, node.children());
            }
            x.end("li").newline();
        }
        x.end("ol").newline();
    }

    /** The attributes that switch from the navigation's language to that of an entry. */
    private String[] languageDifference(String tag, Direction dir) {
        return markup.languageAttributes(tag.equals(language) ? null : tag, dir == direction ? null : dir);
    }

    private String ncx(List<ArticleMarkup.Rendered> contents) {
        List<List<Outline>> outlines = contents.stream().map(r -> Outline.of(r.headings())).toList();
        int depth = outlines.stream().mapToInt(Outline::depth).max().orElse(0);
        Xml x = new Xml();
        x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").newline();
        x.start("ncx", "xmlns", "http://www.daisy.org/z3986/2005/ncx/", "version", "2005-1", "xml:lang", language)
                .newline();
        x.start("head").newline();
        x.empty("meta", "name", "dtb:uid", "content", id).newline();
        x.empty("meta", "name", "dtb:depth", "content", Integer.toString(1 + depth)).newline();
        x.empty("meta", "name", "dtb:totalPageCount", "content", "0").newline();
        x.empty("meta", "name", "dtb:maxPageNumber", "content", "0").newline();
        x.end("head").newline();
        x.start("docTitle").element("text", title).end("docTitle").newline();
        x.start("navMap").newline();
        int[] order = {0};
        for (int i = 0; i < chapters.size(); i++) {
            navPoint(x, chapters.get(i).title(), chapters.get(i).href(), chapters.get(i).href(), outlines.get(i), order);
        }
        x.end("navMap").newline().end("ncx").newline();
        return x.toString();
    }

    private static void navPoint(Xml x, String label, String src, String file, List<Outline> children, int[] order) {
        int n = ++order[0];
        x.start("navPoint", "id", "nav-" + n, "playOrder", Integer.toString(n));
        x.start("navLabel").element("text", label).end("navLabel").empty("content", "src", src).newline();
        for (Outline child : children) {
            navPoint(x, child.entry().text(), file + "#" + child.entry().id(), file, child.children(), order);
        }
        x.end("navPoint").newline();
    }

    /** A book's first page: its title and what it holds, in the book's language. */
    private String titlePage() {
        Xml body = new Xml();
        body.start("header", "class", "book-title").newline();
        body.element("h1", title).newline();
        String about = wording.bookAbout(book);
        if (about != null) body.element("p", Xml.clean(about), "class", "byline").newline();
        body.end("header").newline();
        return page(title, "titlepage", body.toString(), language, direction);
    }

    private String coverPage(PackagedImage cover) {
        Xml body = new Xml();
        body.start("div", "class", "cover").empty("img", "src", cover.href(), "alt", title,
                "width", cover.width() > 0 ? Integer.toString(cover.width()) : null,
                "height", cover.height() > 0 ? Integer.toString(cover.height()) : null).end("div").newline();
        return page(title, "cover", body.toString(), language, direction);
    }

    private String colophon(FontEmbedder.Selection fonts) {
        Xml body = new Xml();
        body.element("h1", wording.fonts()).newline();
        body.start("ul").newline();
        fonts.fonts().stream().map(f -> f.face().family()).distinct()
                .forEach(family -> body.element("li", family).newline());
        body.end("ul").newline();
        for (Map.Entry<String, String> licence : fonts.licences().entrySet()) {
            body.element("h2", licence.getKey()).newline();
            body.element("pre", licence.getValue(), "class", "licence").newline();
        }
        // Licences are in English whatever the article's language.
        return page(wording.fonts(), "backmatter", body.toString(), "en", Direction.LTR);
    }

    /** An XHTML content document around {@code bodyMarkup}. */
    private String page(String pageTitle, String bodyType, String bodyMarkup, String lang, Direction dir) {
        Xml x = new Xml(new StringBuilder(bodyMarkup.length() + 1024));
        x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").newline();
        x.raw("<!DOCTYPE html>").newline();
        x.start("html", Xml.attributes(new String[] {"xmlns", XHTML_NS, "xmlns:epub", EPUB_NS},
                markup.languageAttributes(lang, dir))).newline();
        x.start("head").newline();
        x.element("title", pageTitle).newline();
        x.empty("link", "rel", "stylesheet", "type", "text/css", "href", "style.css").newline();
        x.end("head").newline();
        x.start("body", "epub:type", bodyType).newline();
        x.raw(bodyMarkup);
        x.end("body").newline().end("html").newline();
        return x.toString();
    }
}
