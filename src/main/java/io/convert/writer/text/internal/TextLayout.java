package io.convert.writer.text.internal;

import io.convert.lang.Wording;
import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Book;
import io.convert.model.Direction;
import io.convert.model.Image;
import io.convert.model.Inline;
import io.convert.model.Language;
import io.convert.model.Metadata;
import io.convert.model.PlainText;
import io.convert.model.TableGrid;
import io.convert.spi.Diagnostics;
import io.convert.writer.markup.ArticleMarkup;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Lays an article out as lines of plain text. Only marks that read the same in both directions
 * are used: bullets, digits, a vertical bar before quoted lines, underlines of {@code =} and
 * {@code -} under the two top heading levels, and {@code * * *} for a break; nothing that a
 * right-to-left display would mirror, such as {@code >}.
 */
public final class TextLayout {
    private static final String QUOTE_PREFIX = "| ";

    private final Diagnostics diagnostics;
    private final int maxTableCells;

    private TextLayout(Diagnostics diagnostics, int maxTableCells) {
        this.diagnostics = diagnostics;
        this.maxTableCells = maxTableCells;
    }

    /**
     * The title, subtitle and byline (authors · site · date), a blank line, then the lead image's
     * caption (unless the body shows that image) and the blocks, separated by blank lines; each
     * line ends with a newline.
     */
    public static String render(Article article, Diagnostics diagnostics, int maxTableCells) {
        StringBuilder out = new StringBuilder();
        append(out, new TextLayout(diagnostics, maxTableCells).article(article));
        return out.toString();
    }

    /**
     * The book's title and what it holds (the number of articles, their dates), a numbered
     * contents list, then each article as {@link #render} lays it out, after a rule of
     * {@code =} that reads the same in both directions.
     */
    public static String renderBook(Book book, Diagnostics diagnostics, int maxTableCells) {
        Wording wording = Wording.forBook(book, null);
        Direction direction = book.direction();
        List<Line> front = new ArrayList<>();
        addLine(front, wording.bookTitle(book), direction);
        addLine(front, wording.bookAbout(book), direction);
        front.add(Line.BLANK);
        addLine(front, wording.contents(), direction);
        for (int i = 0; i < book.articles().size(); i++) {
            Article article = book.articles().get(i);
            addLine(front, wording.numerals().format(i + 1) + ". " + ArticleMarkup.title(article),
                    article.language().direction());
        }
        StringBuilder out = new StringBuilder();
        append(out, front);
        for (Article article : book.articles()) {
            out.append('\n').append(CHAPTER_RULE).append("\n\n");
            append(out, new TextLayout(diagnostics, maxTableCells).article(article));
        }
        return out.toString();
    }

    private static final String CHAPTER_RULE = "=".repeat(40);

    private static void append(StringBuilder out, List<Line> lines) {
        for (Line line : lines) out.append(BidiMarks.leading(line)).append(line.text()).append('\n');
    }

    private List<Line> article(Article article) {
        Metadata m = article.metadata();
        Language language = article.language();
        Direction direction = language.direction();
        List<Line> head = new ArrayList<>();
        addLine(head, m.title(), direction);
        addLine(head, m.subtitle(), direction);
        addLine(head, Wording.forArticle(article).byline(m).line(), direction);
        List<List<Line>> blocks = new ArrayList<>();
        Metadata.LeadImage lead = m.leadImage();
        if (lead != null && !article.bodyShowsLeadImage()) {
            blocks.add(figure(lead.image(), lead.caption(), lead.credit(), direction));
        }
        for (Block block : article.blocks()) blocks.add(block(block, language));
        List<Line> out = new ArrayList<>(head);
        for (List<Line> block : blocks) {
            if (block.isEmpty()) continue;
            if (!out.isEmpty()) out.add(Line.BLANK);
            out.addAll(block);
        }
        return out;
    }

    private static void addLine(List<Line> lines, String text, Direction direction) {
        String clean = text == null ? "" : CleanText.oneLine(text).strip();
        if (!clean.isEmpty()) lines.add(new Line(clean, direction));
    }

    private List<Line> block(Block block, Language outer) {
        Language language = block.language().within(outer);
        Direction direction = language.direction();
        return block.accept(new Block.Visitor<>() {
            @Override
            public List<Line> visit(Block.Heading h) {
                return heading(h, direction);
            }

            @Override
            public List<Line> visit(Block.Paragraph p) {
                return inlineLines(p.content(), direction);
            }

            @Override
            public List<Line> visit(Block.Quote q) {
                return quote(q, language);
            }

            @Override
            public List<Line> visit(Block.ListBlock l) {
                return list(l, language);
            }

            @Override
            public List<Line> visit(Block.Figure f) {
                return figure(f.image(), f.caption(), f.credit(), direction);
            }

            @Override
            public List<Line> visit(Block.Table t) {
                return table(t, direction);
            }

            @Override
            public List<Line> visit(Block.CodeBlock c) {
                return code(c);
            }

            @Override
            public List<Line> visit(Block.ThematicBreak rule) {
                return List.of(new Line("* * *", direction));
            }
        });
    }

    private static List<Line> heading(Block.Heading h, Direction direction) {
        String text = CleanText.oneLine(PlainText.of(h.content())).strip();
        if (text.isEmpty()) return List.of();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(text, direction));
        if (h.level() <= 2) lines.add(new Line((h.level() == 1 ? "=" : "-").repeat(graphemes(text)), direction));
        return lines;
    }

    /** The number of user-perceived characters, so an underline is as long as its heading. */
    private static int graphemes(String text) {
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        int count = 0;
        while (characters.next() != BreakIterator.DONE) count++;
        return count;
    }

    /** Inline content, one output line per line break. */
    private static List<Line> inlineLines(List<Inline> content, Direction direction) {
        List<Line> lines = new ArrayList<>();
        for (String line : PlainText.of(content).split("\n")) addLine(lines, line, direction);
        return lines;
    }

    private List<Line> quote(Block.Quote q, Language language) {
        List<Line> inner = stacked(q.content(), language, true);
        List<Line> attribution = inlineLines(q.attribution(), language.direction());
        if (!attribution.isEmpty()) {
            if (!inner.isEmpty()) inner.add(Line.BLANK);
            inner.add(attribution.get(0).prefixed("— "));
            inner.addAll(attribution.subList(1, attribution.size()));
        }
        List<Line> out = new ArrayList<>(inner.size());
        for (Line line : inner) {
            out.add(line.text().isEmpty() ? new Line(QUOTE_PREFIX.strip(), language.direction())
                    : line.prefixed(QUOTE_PREFIX));
        }
        return out;
    }

    /** Blocks one after another, with a blank line between them when {@code spaced}. */
    private List<Line> stacked(List<Block> blocks, Language language, boolean spaced) {
        List<Line> out = new ArrayList<>();
        for (Block block : blocks) {
            List<Line> lines = block(block, language);
            if (lines.isEmpty()) continue;
            if (spaced && !out.isEmpty()) out.add(Line.BLANK);
            out.addAll(lines);
        }
        return out;
    }

    /**
     * Items on consecutive lines, each led by its bullet or number; an item's further lines
     * and nested lists are indented to the width of its marker.
     */
    private List<Line> list(Block.ListBlock l, Language language) {
        List<Line> out = new ArrayList<>();
        int number = l.start();
        for (Block.ListItem item : l.items()) {
            String marker = l.ordered() ? (number++) + ". " : "• ";
            String indent = " ".repeat(marker.length());
            List<Line> lines = stacked(item.content(), language, false);
            if (lines.isEmpty()) lines = List.of(new Line("", language.direction()));
            out.add(lines.get(0).prefixed(marker));
            for (Line line : lines.subList(1, lines.size())) out.add(line.prefixed(indent));
        }
        return out;
    }

    /** The caption with the credit after a dash; without a caption, the image's alt text stands for it. */
    private static List<Line> figure(Image image, List<Inline> caption, String credit, Direction direction) {
        List<Line> lines = inlineLines(caption, direction);
        if (lines.isEmpty() && image != null) addLine(lines, image.alt(), direction);
        String cleanCredit = credit == null ? "" : CleanText.oneLine(credit).strip();
        if (!cleanCredit.isEmpty()) {
            if (lines.isEmpty()) {
                lines.add(new Line(cleanCredit, direction));
            } else {
                Line last = lines.remove(lines.size() - 1);
                lines.add(new Line(last.text() + " — " + cleanCredit, direction));
            }
        }
        return lines;
    }

    /** Rows of tab-separated cells on the table's grid, so columns line up; the caption follows. */
    private List<Line> table(Block.Table t, Direction direction) {
        TableGrid grid = TableGrid.of(t, maxTableCells);
        if (grid.spansIgnored()) diagnostics.warn("table cell spans too large to lay out; each cell kept in one column");
        List<Line> lines = new ArrayList<>();
        List<List<Block.Cell>> rows = new ArrayList<>(grid.header());
        rows.addAll(grid.body());
        for (List<Block.Cell> row : rows) {
            String text = row.stream().map(c -> CleanText.oneLine(PlainText.of(c.content())).strip())
                    .collect(Collectors.joining("\t"));
            lines.add(new Line(text, direction));
        }
        lines.addAll(inlineLines(t.caption(), direction));
        return lines;
    }

    private static List<Line> code(Block.CodeBlock c) {
        String text = c.text().replace("\r\n", "\n").replace('\r', '\n');
        if (text.endsWith("\n")) text = text.substring(0, text.length() - 1);
        if (text.isEmpty()) return List.of();
        List<Line> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) lines.add(new Line(CleanText.codeLine(line), null));
        return lines;
    }
}
