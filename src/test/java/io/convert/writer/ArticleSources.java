package io.convert.writer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.convert.Converter;
import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Dates;
import io.convert.model.Direction;
import io.convert.model.Image;
import io.convert.model.Inline;
import io.convert.model.Language;
import io.convert.model.Metadata;
import io.convert.spi.ReadOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Articles from real documents for writer tests: read with the registered reader, as the CLI
 * does, when one is on the class path; for HTML without a registered reader, a plain jsoup
 * mapping of the page (no extraction) with the corpus's expected metadata, so the writers still
 * meet real-world text, links, tables and images.
 */
public final class ArticleSources {
    private static final Converter CONVERTER = Converter.create();

    private ArticleSources() {
    }

    public static boolean hasReaderFor(String fileName) {
        return CONVERTER.formats().readerFor(fileName, "").isPresent();
    }

    /** The document at {@code path} read the way the CLI reads it. */
    public static Article read(Path path) {
        return CONVERTER.read(path, "auto", ReadOptions.defaults()).article();
    }

    /** A corpus page: {@code source.html} through the registered reader, else the plain mapping. */
    public static Article corpusPage(Path page) throws IOException {
        Path source = page.resolve("source.html");
        if (hasReaderFor("source.html")) return read(source);
        JsonNode expected = new ObjectMapper().readTree(page.resolve("expected-metadata.json").toFile());
        Element body = Jsoup.parse(Files.readString(source), page.toUri().toString()).body();
        body.select("script, style, noscript, template, iframe, form, nav, svg, math").remove();
        List<String> authors = text(expected, "byline") == null ? List.of() : List.of(text(expected, "byline"));
        Metadata m = Metadata.builder()
                .title(text(expected, "title"))
                .authors(authors)
                .site(text(expected, "siteName"))
                .description(text(expected, "excerpt"))
                .published(Dates.normalize(text(expected, "publishedTime")))
                .language(text(expected, "lang"))
                .direction(Direction.fromCode(text(expected, "dir")))
                .build();
        List<Block> blocks = new ArrayList<>();
        blocks(body, blocks);
        return Converter.withDetectedLanguage(new Article(m, blocks));
    }

    private static String text(JsonNode json, String field) {
        JsonNode n = json.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static void blocks(Element parent, List<Block> out) {
        List<Inline> loose = new ArrayList<>();
        for (Node node : parent.childNodes()) {
            if (node instanceof Element e && isBlock(e)) {
                flush(loose, out);
                block(e, out);
            } else {
                inline(node, loose);
            }
        }
        flush(loose, out);
    }

    private static void flush(List<Inline> loose, List<Block> out) {
        if (loose.stream().anyMatch(i -> !(i instanceof Inline.Text t) || !t.text().isBlank())) {
            out.add(new Block.Paragraph(List.copyOf(loose)));
        }
        loose.clear();
    }

    private static boolean isBlock(Element e) {
        return switch (e.normalName()) {
            case "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre", "table", "figure", "hr",
                    "div", "section", "article", "main", "header", "footer", "aside", "dl", "li", "img" -> true;
            default -> false;
        };
    }

    private static void block(Element e, List<Block> out) {
        Language lang = Language.of(e.hasAttr("lang") ? e.attr("lang") : null, Direction.fromCode(e.attr("dir")));
        switch (e.normalName()) {
            case "p" -> out.add(new Block.Paragraph(inlines(e), lang));
            case "h1", "h2", "h3", "h4", "h5", "h6" ->
                    out.add(new Block.Heading(e.normalName().charAt(1) - '0', inlines(e), lang));
            case "ul", "ol" -> {
                List<Block.ListItem> items = new ArrayList<>();
                for (Element li : e.children()) {
                    List<Block> content = new ArrayList<>();
                    blocks(li, content);
                    items.add(new Block.ListItem(content));
                }
                int start = e.hasAttr("start") && e.attr("start").matches("\\d{1,6}") ? Integer.parseInt(e.attr("start")) : 1;
                out.add(new Block.ListBlock(e.normalName().equals("ol"), start, items, lang));
            }
            case "blockquote" -> {
                List<Block> content = new ArrayList<>();
                blocks(e, content);
                out.add(new Block.Quote(content, List.of(), lang));
            }
            case "pre" -> out.add(new Block.CodeBlock(e.wholeText(), null, lang));
            case "hr" -> out.add(new Block.ThematicBreak(lang));
            case "img" -> image(e, List.of(), lang, out);
            case "figure" -> {
                Element img = e.selectFirst("img");
                Element caption = e.selectFirst("figcaption");
                if (img != null) image(img, caption == null ? List.of() : inlines(caption), lang, out);
            }
            case "table" -> table(e, lang, out);
            default -> blocks(e, out);
        }
    }

    private static void image(Element img, List<Inline> caption, Language lang, List<Block> out) {
        String src = img.attr("src").isBlank() ? img.attr("data-src") : img.attr("src");
        if (src.isBlank()) return;
        out.add(new Block.Figure(new Image(src, img.attr("alt")), caption, null, lang));
    }

    private static void table(Element table, Language lang, List<Block> out) {
        List<Block.Row> header = new ArrayList<>();
        List<Block.Row> body = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) continue;
            List<Block.Cell> cells = new ArrayList<>();
            for (Element cell : tr.children()) {
                cells.add(new Block.Cell(inlines(cell), cell.normalName().equals("th"), number(cell.attr("colspan")),
                        number(cell.attr("rowspan"))));
            }
            (tr.parent() != null && tr.parent().normalName().equals("thead") ? header : body).add(new Block.Row(cells));
        }
        Element caption = table.selectFirst("caption");
        out.add(new Block.Table(header, body, caption == null ? List.of() : inlines(caption), lang));
    }

    private static int number(String s) {
        return s.matches("\\d{1,3}") ? Integer.parseInt(s) : 1;
    }

    private static List<Inline> inlines(Element e) {
        List<Inline> out = new ArrayList<>();
        for (Node n : e.childNodes()) inline(n, out);
        return out;
    }

    private static void inline(Node node, List<Inline> out) {
        if (node instanceof TextNode t) {
            out.add(new Inline.Text(t.text()));
        } else if (node instanceof Element e) {
            switch (e.normalName()) {
                case "em", "i" -> out.add(new Inline.Emphasis(inlines(e)));
                case "strong", "b" -> out.add(new Inline.Strong(inlines(e)));
                case "a" -> out.add(new Inline.Link(e.attr("abs:href").isEmpty() ? e.attr("href") : e.attr("abs:href"),
                        e.hasAttr("title") ? e.attr("title") : null, inlines(e)));
                case "code", "kbd", "samp" -> out.add(new Inline.Code(e.text()));
                case "br" -> out.add(new Inline.LineBreak());
                case "sup" -> out.add(new Inline.Superscript(inlines(e)));
                case "sub" -> out.add(new Inline.Subscript(inlines(e)));
                case "span", "bdi", "bdo" -> {
                    if (e.hasAttr("lang") || e.hasAttr("dir")) {
                        out.add(new Inline.Span(Language.of(e.hasAttr("lang") ? e.attr("lang") : null,
                                Direction.fromCode(e.attr("dir"))), inlines(e)));
                    } else {
                        out.addAll(inlines(e));
                    }
                }
                default -> out.addAll(inlines(e));
            }
        }
    }
}
