package io.convert.writer.markdown;

import static org.junit.jupiter.api.Assertions.fail;

import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Image;
import io.convert.model.Inline;
import io.convert.model.Metadata;
import io.convert.model.PlainText;
import io.convert.model.TableGrid;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
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

/**
 * A one-line-per-block outline of a document, built the same way from the article model and
 * from a commonmark tree, so the two can be compared: block kinds and nesting, list starts,
 * heading levels, inline markup as bracketed tags, and the text. Whitespace next to tags and
 * at line ends is not significant (Markdown cannot keep it and HTML would not show it).
 */
final class Outline {
    private final List<String> lines = new ArrayList<>();

    private Outline() {
    }

    /**
     * The outline the Markdown writer is expected to produce for {@code article}: the lead image
     * first, unless a figure of the body shows the same image.
     */
    static List<String> of(Article article) {
        Outline outline = new Outline();
        Metadata.LeadImage lead = article.metadata().leadImage();
        boolean inBody = lead != null && lead.image() != null && article.blocks().stream().anyMatch(
                b -> b instanceof Block.Figure f && f.image() != null && f.image().source().equals(lead.image().source()));
        if (lead != null && !inBody) outline.figure(lead.image(), lead.caption(), lead.credit());
        article.blocks().forEach(outline::block);
        return outline.lines;
    }

    /** The outline of a parsed document; fails on any raw HTML. */
    static List<String> of(Node document) {
        Outline outline = new Outline();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) outline.node(n);
        return outline.lines;
    }

    private void block(Block block) {
        if (block instanceof Block.Heading h) {
            if (!isBlank(h.content())) add("h" + h.level() + " " + inlines(h.content()).replace("⟨br⟩", " "));
        } else if (block instanceof Block.Paragraph p) {
            if (!isBlank(p.content())) add("p " + inlines(p.content()));
        } else if (block instanceof Block.Quote q) {
            int start = lines.size();
            q.content().forEach(this::block);
            if (!isBlank(q.attribution())) add("p — " + inlines(q.attribution()));
            if (lines.size() > start) {
                lines.add(start, "quote{");
                add("}");
            }
        } else if (block instanceof Block.ListBlock l) {
            add(l.ordered() ? "ol " + l.start() + "{" : "ul{");
            for (Block.ListItem item : l.items()) {
                add("li{");
                item.content().forEach(this::block);
                add("}");
            }
            add("}");
        } else if (block instanceof Block.Figure f) {
            figure(f.image(), f.caption(), f.credit());
        } else if (block instanceof Block.Table t) {
            table(t);
        } else if (block instanceof Block.CodeBlock c) {
            lines.add("code " + (c.syntax() == null ? "" : c.syntax()) + ":" + (c.text().endsWith("\n") ? c.text() : c.text() + "\n"));
        } else {
            add("hr");
        }
    }

    private void figure(Image image, List<Inline> caption, String credit) {
        if (image != null) add("p ⟨img " + image.source() + "⟩" + image.alt() + "⟨/img⟩");
        String text = isBlank(caption) ? "" : "⟨em⟩" + inlines(caption, true, false, false) + "⟨/em⟩";
        if (credit != null && !credit.isBlank()) text += (text.isEmpty() ? "" : " — ") + credit;
        if (!text.isEmpty()) add("p " + text);
    }

    private void table(Block.Table t) {
        TableGrid grid = TableGrid.of(t, Integer.MAX_VALUE);
        add("table{");
        List<List<Block.Cell>> rows = new ArrayList<>(grid.header());
        if (rows.isEmpty()) rows.add(List.of());
        rows.addAll(grid.body());
        for (List<Block.Cell> row : rows) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < grid.columns(); i++) {
                cells.add(i < row.size() ? inlines(row.get(i).content()).replace("⟨br⟩", " ") : "");
            }
            add("row " + String.join(" ¦ ", cells));
        }
        add("}");
        if (!isBlank(t.caption())) add("p ⟨em⟩" + inlines(t.caption(), true, false, false) + "⟨/em⟩");
    }

    /** Inline content that the writer leaves out: nothing but whitespace and line breaks. */
    private static boolean isBlank(List<Inline> inlines) {
        return PlainText.of(inlines).isBlank() && !inlines(inlines).contains("⟨code⟩");
    }

    private static String inlines(List<Inline> inlines) {
        return inlines(inlines, false, false, false);
    }

    /** Emphasis within emphasis, strong within strong and links within links add nothing. */
    private static String inlines(List<Inline> inlines, boolean inEm, boolean inStrong, boolean inLink) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                out.append(t.text());
            } else if (inline instanceof Inline.Code c) {
                out.append("⟨code⟩").append(c.text()).append("⟨/code⟩");
            } else if (inline instanceof Inline.LineBreak) {
                out.append("⟨br⟩");
            } else if (inline instanceof Inline.Emphasis e) {
                String content = inlines(e.content(), true, inStrong, inLink);
                out.append(inEm ? content : "⟨em⟩" + content + "⟨/em⟩");
            } else if (inline instanceof Inline.Strong s) {
                String content = inlines(s.content(), inEm, true, inLink);
                out.append(inStrong ? content : "⟨strong⟩" + content + "⟨/strong⟩");
            } else if (inline instanceof Inline.Link l) {
                String content = inlines(l.content(), inEm, inStrong, true);
                out.append(inLink ? content : link(l.href(), l.title()) + content + "⟨/a⟩");
            } else if (inline instanceof Inline.Superscript s) {
                out.append(inlines(s.content(), inEm, inStrong, inLink));
            } else if (inline instanceof Inline.Subscript s) {
                out.append(inlines(s.content(), inEm, inStrong, inLink));
            } else if (inline instanceof Inline.Span s) {
                out.append(inlines(s.content(), inEm, inStrong, inLink));
            }
        }
        return out.toString();
    }

    private static String link(String href, String title) {
        return "⟨a " + href + (title == null ? "" : " \"" + title + "\"") + "⟩";
    }

    private void node(Node node) {
        if (node instanceof Heading h) {
            add("h" + h.getLevel() + " " + inlines(h));
        } else if (node instanceof Paragraph p) {
            add("p " + inlines(p));
        } else if (node instanceof BlockQuote) {
            container("quote{", node);
        } else if (node instanceof BulletList) {
            container("ul{", node);
        } else if (node instanceof OrderedList o) {
            container("ol " + o.getMarkerStartNumber() + "{", node);
        } else if (node instanceof ListItem) {
            container("li{", node);
        } else if (node instanceof FencedCodeBlock c) {
            lines.add("code " + (c.getInfo() == null ? "" : c.getInfo()) + ":" + c.getLiteral());
        } else if (node instanceof ThematicBreak) {
            add("hr");
        } else if (node instanceof TableBlock) {
            add("table{");
            collectRows(node);
            add("}");
        } else if (node instanceof HtmlBlock || node instanceof IndentedCodeBlock) {
            fail("unexpected " + node.getClass().getSimpleName() + " in the Markdown output: " + node);
        } else {
            fail("unexpected block " + node);
        }
    }

    private void container(String open, Node node) {
        add(open);
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) node(n);
        add("}");
    }

    private void collectRows(Node node) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof TableRow) {
                List<String> cells = new ArrayList<>();
                for (Node c = n.getFirstChild(); c != null; c = c.getNext()) cells.add(inlines((TableCell) c));
                add("row " + String.join(" ¦ ", cells));
            } else {
                collectRows(n);
            }
        }
    }

    private static String inlines(Node parent) {
        StringBuilder out = new StringBuilder();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) out.append(t.getLiteral());
            else if (n instanceof Code c) out.append("⟨code⟩").append(c.getLiteral()).append("⟨/code⟩");
            else if (n instanceof HardLineBreak) out.append("⟨br⟩");
            else if (n instanceof SoftLineBreak) out.append(' ');
            else if (n instanceof Emphasis) out.append("⟨em⟩").append(inlines(n)).append("⟨/em⟩");
            else if (n instanceof StrongEmphasis) out.append("⟨strong⟩").append(inlines(n)).append("⟨/strong⟩");
            else if (n instanceof Link l) out.append(link(l.getDestination(), l.getTitle())).append(inlines(n)).append("⟨/a⟩");
            else if (n instanceof org.commonmark.node.Image i) out.append("⟨img ").append(i.getDestination()).append("⟩").append(inlines(n)).append("⟨/img⟩");
            else if (n instanceof HtmlInline) fail("raw HTML in the Markdown output: " + ((HtmlInline) n).getLiteral());
            else fail("unexpected inline " + n);
        }
        return out.toString();
    }

    /** Records a line of text with insignificant whitespace removed. */
    private void add(String line) {
        lines.add(line.replaceAll("[ \\t]*(⟨[^⟩]*⟩)[ \\t]*", "$1").replaceAll("[ \\t]+", " ").strip());
    }
}
