package io.convert.writer.epub.internal;

import io.convert.lang.Wording;
import io.convert.model.Article;
import io.convert.model.Direction;
import io.convert.model.Image;
import io.convert.model.Metadata;
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
import java.util.List;
import java.util.Map;

/**
 * One article as an EPUB 3.3 publication: a cover page (when there is a cover image), the
 * article, an optional page of font licences, the navigation document, an NCX for older
 * readers, the style sheet, images and fonts.
 */
public final class Book {
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    private static final String EPUB_NS = "http://www.idpf.org/2007/ops";
    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String BOOK_CSS = """
            .cover { margin: 0; padding: 0; text-align: center; }
            .cover img { max-width: 100%; max-height: 95vh; }
            .licence { font-size: 0.75em; white-space: pre-wrap; }
            """;

    private final Article article;
    private final WriteOptions options;
    private final String id;
    private final String title;
    private final String language;
    private final Direction direction;
    private final Wording wording;
    private final ImagePackager images;
    private final ArticleMarkup markup;

    private Book(Article article, WriteOptions options) {
        this.article = article;
        this.options = options;
        this.id = BookId.of(article);
        this.title = ArticleMarkup.title(article);
        this.language = ArticleMarkup.languageTag(article);
        this.direction = article.language().direction();
        this.wording = Wording.forArticle(article);
        this.images = new ImagePackager(options.resources(), options.diagnostics(), options.limits());
        String base = article.metadata().source();
        this.markup = new ArticleMarkup(ArticleMarkup.Flavor.XHTML, this::image, href -> Hrefs.absoluteLink(href, base));
    }

    /** Writes the EPUB for {@code article} to {@code out}, leaving {@code out} open. */
    public static void write(Article article, OutputStream out, WriteOptions options) throws IOException {
        new Book(article, options).write(out);
    }

    private ArticleMarkup.ImageRef image(Image image) {
        PackagedImage p = images.add(image.source());
        return p == null ? null : new ArticleMarkup.ImageRef(p.href(), p.width(), p.height());
    }

    private void write(OutputStream out) throws IOException {
        PackagedImage cover = cover();
        ArticleMarkup.Rendered content = markup.render(article);
        FontEmbedder.Selection fonts = options.get(EpubSettings.EMBED_FONTS) ? fonts(content.body()) : null;
        List<Stylesheet.FontFace> faces = fonts == null ? List.of()
                : fonts.fonts().stream().map(FontEmbedder.FontFile::face).toList();
        boolean colophon = fonts != null && !fonts.licences().isEmpty();
        Instant modified = (options.timestamp() != null ? options.timestamp() : Instant.now()).truncatedTo(ChronoUnit.SECONDS);

        try (OcfZip zip = new OcfZip(out, options.timestamp())) {
            zip.add("META-INF/container.xml", container());
            zip.add("EPUB/package.opf", packageDocument(cover, fonts, colophon, modified));
            zip.add("EPUB/nav.xhtml", navigation(content.headings(), cover != null));
            zip.add("EPUB/toc.ncx", ncx(content.headings()));
            zip.add("EPUB/style.css", Stylesheet.book(faces) + BOOK_CSS);
            if (cover != null) zip.add("EPUB/cover.xhtml", coverPage(cover));
            zip.add("EPUB/content.xhtml", page(title, "bodymatter", content.body(), language, direction));
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
        Metadata.LeadImage lead = article.metadata().leadImage();
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
        Metadata m = article.metadata();
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
        item(x, "content", "content.xhtml", "application/xhtml+xml", null);
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
        x.empty("itemref", "idref", "content").newline();
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

    private String navigation(List<ArticleMarkup.TocEntry> headings, boolean hasCover) {
        Xml body = new Xml();
        body.start("nav", "epub:type", "toc", "id", "toc").newline();
        body.element("h1", wording.contents()).newline();
        body.start("ol").newline();
        body.start("li").element("a", title, "href", "content.xhtml");
        List<Outline> outline = Outline.of(headings);
        if (!outline.isEmpty()) {
            body.newline();
            navList(body, outline);
        }
        body.end("li").newline();
        body.end("ol").newline().end("nav").newline();
        body.start("nav", "epub:type", "landmarks", "id", "landmarks", "hidden", "hidden").newline();
        body.element("h2", wording.landmarks()).newline().start("ol").newline();
        if (hasCover) body.start("li").element("a", wording.cover(), "epub:type", "cover", "href", "cover.xhtml").end("li").newline();
        body.start("li").element("a", wording.articleStart(), "epub:type", "bodymatter", "href", "content.xhtml").end("li").newline();
        body.end("ol").newline().end("nav").newline();
        return page(title, null, body.toString(), language, direction);
    }

    private void navList(Xml x, List<Outline> nodes) {
        x.start("ol").newline();
        for (Outline node : nodes) {
            ArticleMarkup.TocEntry e = node.entry();
            x.start("li").start("a", Xml.attributes(new String[] {"href", "content.xhtml#" + e.id()},
                    languageDifference(e))).text(e.text()).end("a");
            if (!node.children().isEmpty()) {
                x.newline();
                navList(x, node.children());
            }
            x.end("li").newline();
        }
        x.end("ol").newline();
    }

    private String[] languageDifference(ArticleMarkup.TocEntry e) {
        boolean tag = !e.languageTag().equals(language);
        boolean dir = e.direction() != direction;
        return markup.languageAttributes(tag ? e.languageTag() : null, dir ? e.direction() : null);
    }

    private String ncx(List<ArticleMarkup.TocEntry> headings) {
        List<Outline> outline = Outline.of(headings);
        Xml x = new Xml();
        x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").newline();
        x.start("ncx", "xmlns", "http://www.daisy.org/z3986/2005/ncx/", "version", "2005-1", "xml:lang", language)
                .newline();
        x.start("head").newline();
        x.empty("meta", "name", "dtb:uid", "content", id).newline();
        x.empty("meta", "name", "dtb:depth", "content", Integer.toString(1 + Outline.depth(outline))).newline();
        x.empty("meta", "name", "dtb:totalPageCount", "content", "0").newline();
        x.empty("meta", "name", "dtb:maxPageNumber", "content", "0").newline();
        x.end("head").newline();
        x.start("docTitle").element("text", title).end("docTitle").newline();
        x.start("navMap").newline();
        int[] order = {0};
        navPoint(x, title, "content.xhtml", outline, order);
        x.end("navMap").newline().end("ncx").newline();
        return x.toString();
    }

    private static void navPoint(Xml x, String label, String src, List<Outline> children, int[] order) {
        int n = ++order[0];
        x.start("navPoint", "id", "nav-" + n, "playOrder", Integer.toString(n));
        x.start("navLabel").element("text", label).end("navLabel").empty("content", "src", src).newline();
        for (Outline child : children) {
            navPoint(x, child.entry().text(), "content.xhtml#" + child.entry().id(), child.children(), order);
        }
        x.end("navPoint").newline();
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
