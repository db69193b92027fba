package io.convert.reader.text.internal;

import io.convert.lang.PrintedDates;
import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Dates;
import io.convert.model.Direction;
import io.convert.model.Image;
import io.convert.model.Inline;
import io.convert.model.Language;
import io.convert.model.Metadata;
import io.convert.model.PlainText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

/**
 * Reads Markdown into the article model with commonmark-java (GFM tables included). A YAML
 * front matter block gives the metadata; otherwise a leading level-1 heading is the title, a
 * byline or date paragraph right below it goes to the metadata, and template paragraphs
 * copied with the post (share widgets, "read also") are dropped as in scraped text.
 */
public final class MarkdownArticles {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A(?:\\uFEFF)?---[ \\t]*\\n(.*?)\\n(?:---|\\.\\.\\.)[ \\t]*(?:\\n|\\z)",
            Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z_-]+):[ \\t]*(.*)$");
    private static final Pattern ITEM = Pattern.compile("^\\s+-\\s+(.*)$");

    private MarkdownArticles() {
    }

    public static Article read(String text) {
        String source = text.replace("\r\n", "\n").replace('\r', '\n');
        Metadata.Builder meta = Metadata.builder();
        Matcher fm = FRONT_MATTER.matcher(source);
        if (fm.find()) {
            readFrontMatter(fm.group(1), meta);
            source = source.substring(fm.end());
        }
        Node document = PARSER.parse(source);
        List<Block> blocks = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            Block b = block(node);
            if (b != null) blocks.add(b);
        }
        blocks = readHeader(blocks, meta);
        Language language = BlockLanguages.ofArticle(meta.title(), blocks);
        if (meta.language() == null) meta.language(language.tag());
        if (meta.direction() == null) meta.direction(language.direction());
        Language article = Language.of(meta.language(), meta.direction());
        return new Article(meta.build(), BlockLanguages.relativeTo(blocks, article));
    }

    /** Title from a leading level-1 heading, byline/date from the paragraphs below it, no template lines. */
    private static List<Block> readHeader(List<Block> blocks, Metadata.Builder meta) {
        List<Block> out = new ArrayList<>();
        boolean header = true;
        for (Block b : blocks) {
            String plain = PlainText.of(b);
            if (header && out.isEmpty() && b instanceof Block.Heading h && h.level() == 1
                    && (meta.title() == null || Words.key(meta.title()).equals(Words.key(plain)))) {
                meta.title(plain);
                continue;
            }
            if (b instanceof Block.Paragraph) {
                Unit unit = new Unit(plain, 0, true, 0, false, false);
                if (Chrome.isChrome(unit) || Chrome.isArtefact(unit)) continue;
                if (header && out.isEmpty() && Words.count(plain) <= 14 && readByline(plain, meta)) continue;
            }
            header = false;
            out.add(b);
        }
        return out;
    }

    private static boolean readByline(String plain, Metadata.Builder meta) {
        boolean found = false;
        for (String part : plain.split("\\s+[|•·]\\s+")) {
            Byline byline = Byline.parse(part, meta.site(), true);
            if (byline != null) {
                List<String> authors = new ArrayList<>(meta.authors());
                authors.addAll(byline.authors());
                meta.authors(authors);
                found = true;
            } else if (PrintedDates.find(part) != null) {
                if (meta.published() == null) meta.published(PrintedDates.find(part).toString());
                found = true;
            }
        }
        return found;
    }

    private static void readFrontMatter(String yaml, Metadata.Builder meta) {
        List<String> lines = Arrays.asList(yaml.split("\n"));
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = FIELD.matcher(lines.get(i));
            if (!m.matches()) continue;
            String key = m.group(1).toLowerCase(java.util.Locale.ROOT);
            List<String> values = new ArrayList<>();
            if (m.group(2).isBlank()) {
                while (i + 1 < lines.size() && ITEM.matcher(lines.get(i + 1)).matches()) {
                    Matcher item = ITEM.matcher(lines.get(++i));
                    if (item.matches()) values.add(unquote(item.group(1)));
                }
            } else if (m.group(2).startsWith("[") && m.group(2).endsWith("]")) {
                for (String v : m.group(2).substring(1, m.group(2).length() - 1).split(",")) values.add(unquote(v));
            } else {
                values.add(unquote(m.group(2)));
            }
            if (values.isEmpty()) continue;
            String value = values.get(0);
            switch (key) {
                case "title" -> meta.title(value);
                case "subtitle" -> meta.subtitle(value);
                case "author", "authors" -> meta.authors(values);
                case "date", "published" -> meta.published(Dates.normalize(value));
                case "lang", "language" -> meta.language(value);
                case "dir" -> meta.direction(Direction.fromCode(value));
                case "site", "site_name" -> meta.site(value);
                case "description" -> meta.description(value);
                case "source", "url" -> meta.source(value);
                case "tags", "keywords" -> meta.tags(values);
                default -> {
                }
            }
        }
    }

    private static String unquote(String v) {
        String s = v.strip();
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    private static Block block(Node node) {
        if (node instanceof Heading h) return new Block.Heading(Math.min(6, Math.max(1, h.getLevel())), inlines(h));
        if (node instanceof Paragraph p) return paragraph(p);
        if (node instanceof BlockQuote q) return new Block.Quote(children(q), List.of(), Language.INHERIT);
        if (node instanceof BulletList l) return new Block.ListBlock(false, 1, items(l), Language.INHERIT);
        if (node instanceof OrderedList l) {
            Integer start = l.getMarkerStartNumber();
            return new Block.ListBlock(true, start == null ? 1 : start, items(l), Language.INHERIT);
        }
        if (node instanceof FencedCodeBlock c) {
            String info = c.getInfo() == null || c.getInfo().isBlank() ? null : c.getInfo().strip().split("\\s+")[0];
            return new Block.CodeBlock(stripFinalNewline(c.getLiteral()), info, Language.INHERIT);
        }
        if (node instanceof IndentedCodeBlock c) return new Block.CodeBlock(stripFinalNewline(c.getLiteral()), null, Language.INHERIT);
        if (node instanceof ThematicBreak) return new Block.ThematicBreak();
        if (node instanceof TableBlock t) return table(t);
        if (node instanceof HtmlBlock h) {
            String text = Jsoup.parse(h.getLiteral()).text().strip();
            return text.isEmpty() ? null : new Block.Paragraph(List.of(new Inline.Text(text)));
        }
        return null;
    }

    /** A paragraph that is only an image is a figure; its title, if any, is the caption. */
    private static Block paragraph(Paragraph p) {
        Node only = p.getFirstChild();
        if (only instanceof org.commonmark.node.Image img && only.getNext() == null
                && img.getDestination() != null && !img.getDestination().isBlank()) {
            String alt = PlainText.of(inlines(img));
            List<Inline> caption = img.getTitle() == null || img.getTitle().isBlank() ? List.of()
                    : List.of(new Inline.Text(img.getTitle()));
            return new Block.Figure(new Image(img.getDestination(), alt), caption, null, Language.INHERIT);
        }
        return new Block.Paragraph(inlines(p));
    }

    private static String stripFinalNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    private static List<Block> children(Node parent) {
        List<Block> out = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
            Block b = block(c);
            if (b != null) out.add(b);
        }
        return out;
    }

    private static List<Block.ListItem> items(Node list) {
        List<Block.ListItem> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) items.add(new Block.ListItem(children(item)));
        }
        return items;
    }

    private static Block.Table table(TableBlock t) {
        List<Block.Row> header = new ArrayList<>(), body = new ArrayList<>();
        for (Node section = t.getFirstChild(); section != null; section = section.getNext()) {
            List<Block.Row> target = section instanceof TableHead ? header : body;
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) continue;
                List<Block.Cell> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell c) cells.add(new Block.Cell(inlines(c), c.isHeader(), 1, 1));
                }
                target.add(new Block.Row(cells));
            }
        }
        return new Block.Table(header, body, List.of(), Language.INHERIT);
    }

    private static List<Inline> inlines(Node parent) {
        List<Inline> out = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
            Inline i = inline(c);
            if (i == null) continue;
            if (i instanceof Inline.Text t && !out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text prev) {
                out.set(out.size() - 1, new Inline.Text(prev.text() + t.text()));
            } else {
                out.add(i);
            }
        }
        return out;
    }

    private static Inline inline(Node node) {
        if (node instanceof Text t) return new Inline.Text(t.getLiteral());
        if (node instanceof Emphasis e) return new Inline.Emphasis(inlines(e));
        if (node instanceof StrongEmphasis s) return new Inline.Strong(inlines(s));
        if (node instanceof Link l) return new Inline.Link(l.getDestination(), l.getTitle(), inlines(l));
        if (node instanceof Code c) return new Inline.Code(c.getLiteral());
        if (node instanceof HardLineBreak) return new Inline.LineBreak();
        if (node instanceof SoftLineBreak) return new Inline.Text(" ");
        if (node instanceof org.commonmark.node.Image img) return new Inline.Text(PlainText.of(inlines(img)));
        if (node instanceof HtmlInline) return null;
        return inlines(node).isEmpty() ? null : new Inline.Span(Language.INHERIT, inlines(node));
    }
}
