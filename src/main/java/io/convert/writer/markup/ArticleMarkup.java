package io.convert.writer.markup;

import io.convert.lang.LanguageTags;
import io.convert.lang.Wording;
import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Dates;
import io.convert.model.Direction;
import io.convert.model.Image;
import io.convert.model.Inline;
import io.convert.model.Language;
import io.convert.model.Metadata;
import io.convert.model.PlainText;
import io.convert.spi.Diagnostics;
import io.convert.spi.Limits;
import io.convert.spi.ResourceLoader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The article as reader-view markup: a title block, the lead image and the body, with
 * {@code lang}/{@code dir} wherever a block or span differs from its surroundings. The output is
 * both HTML5 and well-formed XML, so the standalone page and the EPUB's XHTML come from this one
 * piece of code; each writer supplies its own policy for images and links.
 */
public final class ArticleMarkup {

    /** HTML writes {@code lang} alone; XHTML repeats it as {@code xml:lang}, as EPUB wants. */
    public enum Flavor { HTML, XHTML }

    /** What an image becomes in the output: its {@code src} and intrinsic size (0 when unknown). */
    public record ImageRef(String src, int width, int height) {
        public ImageRef {
            Objects.requireNonNull(src);
        }
    }

    /** A heading of the body, for tables of contents: the fragment id, its output level and text. */
    public record TocEntry(String id, int level, String text, String languageTag, Direction direction) {
    }

    /** The {@code <article>} element and the headings found in it. */
    public record Rendered(String body, List<TocEntry> headings) {
    }

    private static final DateTimeFormatter DATE_TIME_ATTRIBUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private final Flavor flavor;
    private final Function<Image, ImageRef> images;
    private final UnaryOperator<String> links;

    /**
     * @param images maps a model image to what the output shows, or null to drop it (its caption stays)
     * @param links maps a link target to a safe one, or null to keep only the link's text
     */
    public ArticleMarkup(Flavor flavor, Function<Image, ImageRef> images, UnaryOperator<String> links) {
        this.flavor = flavor;
        this.images = images;
        this.links = links;
    }

    /**
     * Markup for a standalone page: links and web or {@code data:} images kept as the article gave
     * them, when safe, and each image read from a file embedded as a {@code data:} URI, so that the
     * page shows it wherever it is saved (a path relative to the input points nowhere once the page
     * is written to another folder). A file image the loader cannot have is left out with one
     * warning, as the PDF and EPUB writers leave it out.
     */
    public static ArticleMarkup forPage(ResourceLoader loader, Diagnostics diagnostics, Limits limits) {
        Map<String, CheckedImage> loaded = new HashMap<>();
        return new ArticleMarkup(Flavor.HTML, image -> {
            String src = Hrefs.imageSource(image.source());
            if (src == null) return null;
            String scheme = Hrefs.scheme(src);
            if (scheme != null && !scheme.equals("file")) return new ImageRef(src, image.width(), image.height());
            if (!loaded.containsKey(image.source())) {
                loaded.put(image.source(), CheckedImage.load(loader, image.source(), diagnostics, limits));
            }
            CheckedImage file = loaded.get(image.source());
            if (file == null) return null;
            String data = "data:" + file.mediaType() + ";base64," + Base64.getEncoder().encodeToString(file.data());
            return image.width() > 0 && image.height() > 0 ? new ImageRef(data, image.width(), image.height())
                    : new ImageRef(data, file.width(), file.height());
        }, Hrefs::link);
    }

    public Rendered render(Article article) {
        return new Renderer(article, "", new String[0]).render();
    }

    /**
     * The article as one chapter of a book whose chapters share a page: its {@code <article>}
     * has the id {@code id} and says its own language and direction, and its heading ids start
     * with {@code id}, so no two chapters share one.
     */
    public Rendered renderChapter(Article article, String id) {
        return new Renderer(article, id + "-", Xml.attributes(new String[] {"id", id},
                languageAttributes(languageTag(article), article.language().direction()))).render();
    }

    /** The article's title, or a stand-in from its first heading or words when it has none. */
    public static String title(Article article) {
        String title = Xml.clean(article.metadata().title()).strip();
        if (!title.isEmpty()) return title;
        for (Block block : article.blocks()) {
            String text = Xml.clean(PlainText.of(block)).strip().replaceAll("\\s+", " ");
            if (text.isEmpty() || block instanceof Block.CodeBlock) continue;
            if (block instanceof Block.Heading) return text;
            String[] words = text.split(" ");
            if (words.length <= 8) return text;
            return String.join(" ", List.of(words).subList(0, 8)) + "…";
        }
        String host = Hrefs.host(article.metadata().source());
        return host != null ? host : "Untitled";
    }

    /** The article's language as a well-formed BCP 47 tag, {@code und} when unknown. */
    public static String languageTag(Article article) {
        return LanguageTags.cleanOrUndetermined(article.metadata().language());
    }

    /** The value of a {@code <time datetime>} attribute for a model date, or null if it is none. */
    private static String datetimeAttribute(String normalized) {
        try {
            TemporalAccessor t = Dates.parse(normalized);
            if (t instanceof LocalDate d) return d.toString();
            if (t instanceof OffsetDateTime odt) return DATE_TIME_ATTRIBUTE.format(odt);
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    /** The attributes that set a language and direction on an element, in this flavor. */
    public String[] languageAttributes(String tag, Direction direction) {
        return new String[] {
            "lang", tag,
            "xml:lang", flavor == Flavor.XHTML ? tag : null,
            "dir", direction == null ? null : direction.code()
        };
    }

    /** The language and direction in force at a point of the output. */
    private record Context(String tag, Direction direction) {
    }

    /** One rendering: holds the output and the headings found so far. */
    private final class Renderer {
        private final Article article;
        private final Xml out = new Xml();
        private final List<TocEntry> headings = new ArrayList<>();
        private final int headingShift;
        private final String idPrefix;
        private final String[] articleAttributes;
        private boolean insideLink;

        Renderer(Article article, String idPrefix, String[] articleAttributes) {
            this.article = article;
            this.idPrefix = idPrefix;
            this.articleAttributes = articleAttributes;
            boolean hasTitle = article.metadata().title() != null && !article.metadata().title().isBlank();
            this.headingShift = hasTitle && article.blocks().stream()
                    .anyMatch(b -> b instanceof Block.Heading h && h.level() == 1) ? 1 : 0;
        }

        Rendered render() {
            Context context = new Context(languageTag(article), article.language().direction());
            out.start("article", articleAttributes).newline();
            titleBlock(article.metadata());
            leadImage(article.metadata().leadImage(), context);
            for (Block block : article.blocks()) block(block, context);
            out.end("article").newline();
            return new Rendered(out.toString(), List.copyOf(headings));
        }

        private void titleBlock(Metadata m) {
            String title = Xml.clean(m.title()).strip();
            String subtitle = Xml.clean(m.subtitle()).strip();
            Wording.Byline byline = Wording.forArticle(article).byline(m);
            String source = m.source() == null ? null : links.apply(m.source());
            if (title.isEmpty() && subtitle.isEmpty() && byline.parts().isEmpty() && source == null) return;
            out.start("header", "class", "title-block").newline();
            if (!title.isEmpty()) out.element("h1", title).newline();
            if (!subtitle.isEmpty()) out.element("p", subtitle, "class", "subtitle").newline();
            if (!byline.parts().isEmpty()) {
                out.start("p", "class", "byline");
                String separator = "";
                if (byline.authors() != null) {
                    out.element("span", Xml.clean(byline.authors()), "class", "author");
                    separator = Wording.SEPARATOR;
                }
                if (byline.site() != null) {
                    out.text(separator).element("span", Xml.clean(byline.site()), "class", "site");
                    separator = Wording.SEPARATOR;
                }
                if (byline.date() != null) {
                    out.text(separator).element("time", Xml.clean(byline.date()), "datetime", datetimeAttribute(m.published()));
                }
                out.end("p").newline();
            }
            if (source != null) {
                String host = Hrefs.host(source);
                out.start("p", "class", "source").start("a", "href", source)
                        .text(host != null ? host : source).end("a").end("p").newline();
            }
            out.end("header").newline();
        }

        private void leadImage(Metadata.LeadImage lead, Context context) {
            if (lead == null || lead.image() == null || article.bodyShowsLeadImage()) return;
            figure(lead.image(), lead.caption(), lead.credit(), "lead-image", new String[0], context);
        }

        private void block(Block block, Context outer) {
            Language own = block.language();
            Context context = new Context(tagOf(own, outer), own.direction() != null ? own.direction() : outer.direction());
            String[] lang = differences(context, outer);
            block.accept(new Block.Visitor<Void>() {
                @Override
                public Void visit(Block.Heading h) {
                    heading(h, lang, context);
                    return null;
                }

                @Override
                public Void visit(Block.Paragraph p) {
                    paragraph(p.content(), lang, context);
                    return null;
                }

                @Override
                public Void visit(Block.Quote q) {
                    quote(q, lang, context);
                    return null;
                }

                @Override
                public Void visit(Block.ListBlock l) {
                    list(l, lang, context);
                    return null;
                }

                @Override
                public Void visit(Block.Figure f) {
                    figure(f.image(), f.caption(), f.credit(), null, lang, context);
                    return null;
                }

                @Override
                public Void visit(Block.Table t) {
                    table(t, lang, context);
                    return null;
                }

                @Override
                public Void visit(Block.CodeBlock c) {
                    code(c, lang, outer);
                    return null;
                }

                @Override
                public Void visit(Block.ThematicBreak rule) {
                    out.empty("hr", lang).newline();
                    return null;
                }
            });
        }

        private void heading(Block.Heading h, String[] lang, Context context) {
            String text = Xml.clean(PlainText.of(h.content())).strip().replaceAll("\\s+", " ");
            if (text.isEmpty()) return;
            int level = Math.min(6, h.level() + headingShift);
            String id = idPrefix + "h-" + (headings.size() + 1);
            headings.add(new TocEntry(id, level, text, context.tag(), context.direction()));
            String name = "h" + level;
            out.start(name, Xml.attributes(new String[] {"id", id}, lang));
            inlines(h.content(), context);
            out.end(name).newline();
        }

        private void paragraph(List<Inline> content, String[] lang, Context context) {
            if (isBlank(content)) return;
            out.start("p", lang);
            inlines(content, context);
            out.end("p").newline();
        }

        private void quote(Block.Quote q, String[] lang, Context context) {
            if (q.content().isEmpty() && isBlank(q.attribution())) return;
            out.start("blockquote", lang).newline();
            for (Block b : q.content()) block(b, context);
            if (!isBlank(q.attribution())) {
                out.start("footer").text("— ").start("cite");
                inlines(q.attribution(), context);
                out.end("cite").end("footer").newline();
            }
            out.end("blockquote").newline();
        }

        private void list(Block.ListBlock l, String[] lang, Context context) {
            if (l.items().isEmpty()) return;
            String name = l.ordered() ? "ol" : "ul";
            String start = l.ordered() && l.start() != 1 ? Integer.toString(l.start()) : null;
            out.start(name, Xml.attributes(new String[] {"start", start}, lang)).newline();
            for (Block.ListItem item : l.items()) {
                out.start("li");
                List<Block> content = item.content();
                int from = 0;
                // A first paragraph in the list's own language is the item's text, not a block in it.
                if (!content.isEmpty() && content.get(0) instanceof Block.Paragraph p && p.language().isInherit()) {
                    inlines(p.content(), context);
                    from = 1;
                }
                for (Block b : content.subList(from, content.size())) block(b, context);
                out.end("li").newline();
            }
            out.end(name).newline();
        }

        private void figure(Image image, List<Inline> caption, String credit, String cssClass, String[] lang,
                Context context) {
            ImageRef ref = image == null ? null : images.apply(image);
            String cleanCredit = Xml.clean(credit).strip();
            if (ref == null && isBlank(caption) && cleanCredit.isEmpty()) return;
            out.start("figure", Xml.attributes(new String[] {"class", cssClass}, lang)).newline();
            if (ref != null) {
                out.empty("img", "src", ref.src(), "alt", image.alt().strip(),
                        "width", ref.width() > 0 ? Integer.toString(ref.width()) : null,
                        "height", ref.height() > 0 ? Integer.toString(ref.height()) : null).newline();
            }
            if (!isBlank(caption) || !cleanCredit.isEmpty()) {
                out.start("figcaption");
                inlines(caption, context);
                if (!cleanCredit.isEmpty()) {
                    if (!isBlank(caption)) out.text(" ");
                    out.element("span", cleanCredit, "class", "credit");
                }
                out.end("figcaption").newline();
            }
            out.end("figure").newline();
        }

        private void table(Block.Table t, String[] lang, Context context) {
            if (t.header().isEmpty() && t.body().isEmpty()) return;
            out.start("div", "class", "table").start("table", lang).newline();
            if (!isBlank(t.caption())) {
                out.start("caption");
                inlines(t.caption(), context);
                out.end("caption").newline();
            }
            rows("thead", t.header(), true, context);
            rows("tbody", t.body(), false, context);
            out.end("table").end("div").newline();
        }

        private void rows(String group, List<Block.Row> rows, boolean header, Context context) {
            if (rows.isEmpty()) return;
            out.start(group).newline();
            for (int r = 0; r < rows.size(); r++) {
                out.start("tr");
                for (Block.Cell cell : rows.get(r).cells()) {
                    String name = header || cell.header() ? "th" : "td";
                    // A span past its group's last row is an error to HTML checkers; browsers clip it there.
                    int rowspan = Math.min(cell.rowspan(), rows.size() - r);
                    out.start(name, "colspan", cell.colspan() > 1 ? Integer.toString(cell.colspan()) : null,
                            "rowspan", rowspan > 1 ? Integer.toString(rowspan) : null);
                    inlines(cell.content(), context);
                    out.end(name);
                }
                out.end("tr").newline();
            }
            out.end(group).newline();
        }

        private void code(Block.CodeBlock c, String[] lang, Context outer) {
            // Code reads left to right whatever the article's direction, unless the block says otherwise.
            String[] attributes = lang;
            if (c.language().direction() == null && outer.direction() == Direction.RTL) {
                attributes = Xml.attributes(new String[] {"dir", "ltr"}, withoutDir(lang));
            }
            String syntax = c.syntax() == null ? "" : c.syntax().replaceAll("[^A-Za-z0-9_+#.-]", "");
            out.start("pre", attributes).start("code", "class", syntax.isEmpty() ? null : "language-" + syntax);
            out.text(c.text());
            out.end("code").end("pre").newline();
        }

        private void inlines(List<Inline> inlines, Context context) {
            for (Inline inline : inlines) inline(inline, context);
        }

        private void inline(Inline inline, Context context) {
            inline.accept(new Inline.Visitor<Void>() {
                @Override
                public Void visit(Inline.Text t) {
                    out.text(t.text().replace('\n', ' '));
                    return null;
                }

                @Override
                public Void visit(Inline.Emphasis e) {
                    wrap("em", e.content(), context);
                    return null;
                }

                @Override
                public Void visit(Inline.Strong s) {
                    wrap("strong", s.content(), context);
                    return null;
                }

                @Override
                public Void visit(Inline.Superscript s) {
                    wrap("sup", s.content(), context);
                    return null;
                }

                @Override
                public Void visit(Inline.Subscript s) {
                    wrap("sub", s.content(), context);
                    return null;
                }

                @Override
                public Void visit(Inline.Code c) {
                    out.element("code", c.text(), "dir", context.direction() == Direction.RTL ? "ltr" : null);
                    return null;
                }

                @Override
                public Void visit(Inline.LineBreak br) {
                    out.empty("br");
                    return null;
                }

                @Override
                public Void visit(Inline.Link l) {
                    link(l, context);
                    return null;
                }

                @Override
                public Void visit(Inline.Span s) {
                    span(s, context);
                    return null;
                }
            });
        }

        private void wrap(String name, List<Inline> content, Context context) {
            out.start(name);
            inlines(content, context);
            out.end(name);
        }

        private void link(Inline.Link l, Context context) {
            String href = insideLink || l.href() == null ? null : links.apply(l.href());
            if (href == null) {
                inlines(l.content(), context);
                return;
            }
            String title = l.title() == null || l.title().isBlank() ? null : l.title().strip();
            out.start("a", "href", href, "title", title);
            insideLink = true;
            inlines(l.content(), context);
            insideLink = false;
            out.end("a");
        }

        private void span(Inline.Span s, Context outer) {
            Language own = s.language() == null ? Language.INHERIT : s.language();
            Context context = new Context(tagOf(own, outer), own.direction() != null ? own.direction() : outer.direction());
            String[] lang = differences(context, outer);
            if (lang.length == 0) {
                inlines(s.content(), context);
                return;
            }
            out.start("span", lang);
            inlines(s.content(), context);
            out.end("span");
        }

        private String tagOf(Language own, Context outer) {
            String tag = LanguageTags.clean(own.tag());
            return tag != null ? tag : outer.tag();
        }

        /** The attributes an element needs to switch from {@code outer} to {@code inner}. */
        private String[] differences(Context inner, Context outer) {
            boolean tag = !inner.tag().equals(outer.tag());
            boolean dir = inner.direction() != outer.direction();
            if (!tag && !dir) return new String[0];
            return languageAttributes(tag ? inner.tag() : null, dir ? inner.direction() : null);
        }
    }

    private static boolean isBlank(List<Inline> content) {
        return Xml.clean(PlainText.of(content)).isBlank();
    }


    private static String[] withoutDir(String[] attributes) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < attributes.length; i += 2) {
            if (!attributes[i].equals("dir")) {
                kept.add(attributes[i]);
                kept.add(attributes[i + 1]);
            }
        }
        return kept.toArray(new String[0]);
    }
}
