package io.convert.writer.markdown.internal;

import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Image;
import io.convert.model.Inline;
import io.convert.model.Metadata;
import io.convert.model.TableGrid;
import io.convert.spi.Diagnostics;
import io.convert.spi.WriteOptions;
import io.convert.writer.markup.ImageLinks;
import java.util.List;
import java.util.function.UnaryOperator;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Builds the commonmark-java node tree of an article's body, for its Markdown renderer to
 * write. Languages and directions of blocks are left out: CommonMark has no syntax for them
 * without raw HTML.
 */
public final class CommonMarkTree {
    /** CommonMark reads at most nine digits as an ordered list's start number. */
    private static final int MAX_START = 999_999_999;

    private final Diagnostics diagnostics;
    private final int maxTableCells;
    private final UnaryOperator<String> imageLink;

    private CommonMarkTree(WriteOptions options) {
        this.diagnostics = options.diagnostics();
        this.maxTableCells = options.limits().maxTableCells();
        this.imageLink = ImageLinks.from(options);
    }

    /**
     * The body of {@code article} as a commonmark document, led by the lead image unless the
     * body shows that image itself.
     */
    public static Document of(Article article, WriteOptions options) {
        CommonMarkTree tree = new CommonMarkTree(options);
        Document document = new Document();
        Metadata.LeadImage lead = article.metadata().leadImage();
        if (lead != null && !article.bodyShowsLeadImage()) {
            tree.appendFigure(document, lead.image(), lead.caption(), lead.credit());
        }
        tree.appendBlocks(document, article.blocks());
        return document;
    }

    /**
     * One article as a chapter of a book: its title as a level-1 heading, its subtitle and
     * byline as paragraphs under it, then its body with every heading one level lower (at most
     * level 6), so that only chapter titles are at the top level.
     */
    public static Document chapter(Article article, String title, String byline, WriteOptions options) {
        Document document = new Document();
        Heading heading = new Heading();
        heading.setLevel(1);
        heading.appendChild(new Text(title.replaceAll("\\s+", " ").strip()));
        document.appendChild(heading);
        String subtitle = article.metadata().subtitle();
        if (subtitle != null && !subtitle.isBlank()) appendEmphasis(document, subtitle);
        if (!byline.isEmpty()) appendEmphasis(document, byline);
        Document body = of(article, options);
        for (Node node = body.getFirstChild(); node != null; ) {
            Node next = node.getNext();
            if (node instanceof Heading h) h.setLevel(Math.min(6, h.getLevel() + 1));
            document.appendChild(node);
            node = next;
        }
        return document;
    }

    private static void appendEmphasis(Node parent, String text) {
        Paragraph paragraph = new Paragraph();
        Emphasis emphasis = new Emphasis();
        emphasis.appendChild(new Text(text.replaceAll("\\s+", " ").strip()));
        paragraph.appendChild(emphasis);
        parent.appendChild(paragraph);
    }

    private void appendBlocks(Node parent, List<Block> blocks) {
        for (Block block : blocks) appendBlock(parent, block);
    }

    private void appendBlock(Node parent, Block block) {
        block.accept(new Block.Visitor<Void>() {
            @Override
            public Void visit(Block.Heading h) {
                Heading heading = new Heading();
                heading.setLevel(h.level());
                InlineNodes.ONE_LINE.appendTo(heading, h.content());
                appendUnlessEmpty(parent, heading);
                return null;
            }

            @Override
            public Void visit(Block.Paragraph p) {
                appendParagraph(parent, p.content());
                return null;
            }

            @Override
            public Void visit(Block.Quote q) {
                appendQuote(parent, q);
                return null;
            }

            @Override
            public Void visit(Block.ListBlock l) {
                appendList(parent, l);
                return null;
            }

            @Override
            public Void visit(Block.Figure f) {
                appendFigure(parent, f.image(), f.caption(), f.credit());
                return null;
            }

            @Override
            public Void visit(Block.Table t) {
                appendTable(parent, t);
                return null;
            }

            @Override
            public Void visit(Block.CodeBlock c) {
                parent.appendChild(codeBlock(c));
                return null;
            }

            @Override
            public Void visit(Block.ThematicBreak rule) {
                parent.appendChild(new ThematicBreak());
                return null;
            }
        });
    }

    private static void appendParagraph(Node parent, List<Inline> content) {
        Paragraph paragraph = new Paragraph();
        InlineNodes.FLOWING.appendTo(paragraph, content);
        appendUnlessEmpty(parent, paragraph);
    }

    private static void appendUnlessEmpty(Node parent, Node block) {
        if (block.getFirstChild() != null) parent.appendChild(block);
    }

    /** The attribution closes the quote, inside it, on its own line after a dash. */
    private void appendQuote(Node parent, Block.Quote q) {
        BlockQuote quote = new BlockQuote();
        appendBlocks(quote, q.content());
        Paragraph attribution = new Paragraph();
        InlineNodes.FLOWING.appendTo(attribution, q.attribution());
        if (attribution.getFirstChild() != null) {
            attribution.prependChild(new Text("— "));
            quote.appendChild(attribution);
        }
        appendUnlessEmpty(parent, quote);
    }

    private void appendList(Node parent, Block.ListBlock l) {
        if (l.items().isEmpty()) return;
        ListBlock list;
        if (l.ordered()) {
            OrderedList ordered = new OrderedList();
            ordered.setMarkerStartNumber(Math.max(0, Math.min(l.start(), MAX_START)));
            // A list right after a list of the same kind would be read as its continuation
            // unless its marker differs.
            if (parent.getLastChild() instanceof OrderedList previous && !")".equals(previous.getMarkerDelimiter())) {
                ordered.setMarkerDelimiter(")");
            }
            list = ordered;
        } else {
            BulletList bullets = new BulletList();
            if (parent.getLastChild() instanceof BulletList previous && !"*".equals(previous.getMarker())) {
                bullets.setMarker("*");
            }
            list = bullets;
        }
        boolean tight = true;
        for (Block.ListItem item : l.items()) {
            ListItem node = new ListItem();
            appendBlocks(node, item.content());
            tight &= fitsTightList(node);
            list.appendChild(node);
        }
        list.setTight(tight);
        parent.appendChild(list);
    }

    /**
     * Whether an item can be written without blank lines between its blocks and still read
     * back the same: only a first block followed by nested lists, where a list after a
     * paragraph must be one that can interrupt a paragraph (an ordered list starting at 1, a
     * first item that is not empty). The renderer also writes the blocks of a quote in a tight
     * list without blank lines (0.30.0), joining its paragraphs, so such a quote needs a loose
     * list.
     */
    private static boolean fitsTightList(ListItem item) {
        if (hasQuoteOfSeveralBlocks(item)) return false;
        Node first = item.getFirstChild();
        for (Node node = first == null ? null : first.getNext(); node != null; node = node.getNext()) {
            if (!(node instanceof ListBlock nested)) return false;
            if (node.getPrevious() instanceof Paragraph) {
                boolean startsAtOne = !(nested instanceof OrderedList o) || o.getMarkerStartNumber() == 1;
                if (!startsAtOne || nested.getFirstChild().getFirstChild() == null) return false;
            }
        }
        return true;
    }

    /** A quote holding two blocks or more, directly or in quotes within it. */
    private static boolean hasQuoteOfSeveralBlocks(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof BlockQuote quote
                    && (quote.getFirstChild() != quote.getLastChild() || hasQuoteOfSeveralBlocks(quote))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The image as a paragraph of its own, then the caption emphasised with the credit after a
     * dash; a figure whose image was lost keeps its caption.
     */
    private void appendFigure(Node parent, Image image, List<Inline> caption, String credit) {
        if (image != null) {
            Paragraph paragraph = new Paragraph();
            var node = new org.commonmark.node.Image(InlineNodes.destination(imageLink.apply(image.source())), null);
            if (!image.alt().isBlank()) node.appendChild(new Text(image.alt().strip().replaceAll("\\s+", " ")));
            paragraph.appendChild(node);
            parent.appendChild(paragraph);
        }
        appendCaption(parent, caption, credit);
    }

    private static void appendCaption(Node parent, List<Inline> caption, String credit) {
        Paragraph paragraph = new Paragraph();
        InlineNodes.FLOWING.appendTo(paragraph, List.of(new Inline.Emphasis(caption)));
        if (credit != null && !credit.isBlank()) {
            String separator = paragraph.getFirstChild() == null ? "" : " — ";
            paragraph.appendChild(new Text(separator + credit.strip().replaceAll("\\s+", " ")));
        }
        appendUnlessEmpty(parent, paragraph);
    }

    /**
     * A GFM table: one header row (an empty one when the model has none, since GFM requires
     * it; further header rows open the body), cells laid out on a grid because GFM has no
     * spans, and the caption after the table as for figures.
     */
    private void appendTable(Node parent, Block.Table t) {
        TableGrid grid = TableGrid.of(t, maxTableCells);
        if (grid.spansIgnored()) diagnostics.warn("table cell spans too large to lay out; each cell kept in one column");
        if (grid.columns() > 0) {
            TableBlock table = new TableBlock();
            TableHead head = new TableHead();
            List<Block.Cell> headerCells = grid.header().isEmpty() ? List.of() : grid.header().get(0);
            head.appendChild(row(headerCells, grid.columns(), true));
            table.appendChild(head);
            TableBody body = new TableBody();
            for (List<Block.Cell> cells : grid.header().subList(Math.min(1, grid.header().size()), grid.header().size())) {
                body.appendChild(row(cells, cells.size(), false));
            }
            for (List<Block.Cell> cells : grid.body()) body.appendChild(row(cells, cells.size(), false));
            if (body.getFirstChild() != null) table.appendChild(body);
            parent.appendChild(table);
        }
        appendCaption(parent, t.caption(), null);
    }

    private static TableRow row(List<Block.Cell> cells, int width, boolean header) {
        TableRow row = new TableRow();
        for (int i = 0; i < width; i++) {
            TableCell cell = new TableCell();
            cell.setHeader(header);
            if (i < cells.size()) InlineNodes.ONE_LINE.appendTo(cell, cells.get(i).content());
            // commonmark-java reads "\\|" as an escaped pipe, not an escaped backslash before
            // the cell's end; a space between them is trimmed away when the cell is read.
            if (cell.getLastChild() instanceof Text last && last.getLiteral().endsWith("\\")) {
                cell.appendChild(new Text(" "));
            }
            row.appendChild(cell);
        }
        return row;
    }

    private static FencedCodeBlock codeBlock(Block.CodeBlock c) {
        FencedCodeBlock code = new FencedCodeBlock();
        String text = c.text().replace("\r\n", "\n").replace('\r', '\n');
        code.setLiteral(text.isEmpty() || text.endsWith("\n") ? text : text + "\n");
        code.setInfo(infoString(c.syntax()));
        return code;
    }

    /** The first word of the syntax name; a backtick would end a backtick fence's info string. */
    private static String infoString(String syntax) {
        if (syntax == null) return null;
        String word = syntax.strip().split("\\s+", 2)[0].replace("`", "");
        return word.isEmpty() ? null : word;
    }
}
