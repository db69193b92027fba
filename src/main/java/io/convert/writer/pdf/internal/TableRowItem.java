package io.convert.writer.pdf.internal;

import io.convert.typeset.TextLine;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of a table: its cells side by side, a rule below it, shading for header rows. Body
 * rows know their table's header rows so that the paginator can repeat them on a new page,
 * where they are drawn as artifacts: their structure (TR, TH/TD) is the first drawing's.
 */
public final class TableRowItem extends FlowItem {
    static final float PAD = 4f;
    private static final Color HEADER_FILL = new Color(0xEE, 0xEE, 0xEE);
    private static final Color RULE = new Color(0x99, 0x99, 0x99);

    /** A cell's lines, drawn in the measure starting at page x {@code x}, {@code width} wide. */
    public record Cell(List<TextLine> lines, float x, float width, boolean header, int colspan, int rowspan) {
        float contentHeight() {
            return FigureItem.captionHeight(lines);
        }
    }

    private final List<Cell> cells;
    private final boolean header;
    private final float left;
    private final float right;
    private List<TableRowItem> repeatedHeader = List.of();
    private List<Tag> cellTags = List.of();

    public TableRowItem(List<Cell> cells, boolean header, float left, float right) {
        this.cells = List.copyOf(cells);
        this.header = header;
        this.left = left;
        this.right = right;
    }

    public List<Cell> cells() {
        return cells;
    }

    public boolean isHeader() {
        return header;
    }

    /** The header rows to draw above this row when it opens a page. */
    public List<TableRowItem> repeatedHeader() {
        return repeatedHeader;
    }

    void repeatedHeader(List<TableRowItem> rows) {
        repeatedHeader = List.copyOf(rows);
    }

    /** The structure elements of the cells, in cell order (TH or TD). */
    void cellTags(List<Tag> tags) {
        cellTags = List.copyOf(tags);
    }

    @Override
    public float height() {
        float h = 0;
        for (Cell c : cells) h = Math.max(h, c.contentHeight());
        return h + 2 * PAD;
    }

    /**
     * Splits a row taller than {@code available} at a line boundary of every cell: the lines that
     * fit stay, the rest continue in a second row. Null when not even one line fits.
     */
    public TableRowItem[] split(float available) {
        List<Cell> first = new ArrayList<>(), rest = new ArrayList<>();
        boolean any = false;
        for (Cell c : cells) {
            float used = 2 * PAD;
            int n = 0;
            while (n < c.lines().size() && used + c.lines().get(n).height() <= available) {
                used += c.lines().get(n).height();
                n++;
            }
            any |= n > 0;
            first.add(new Cell(c.lines().subList(0, n), c.x(), c.width(), c.header(), c.colspan(), c.rowspan()));
            rest.add(new Cell(c.lines().subList(n, c.lines().size()), c.x(), c.width(), c.header(), c.colspan(),
                    c.rowspan()));
        }
        if (!any) return null;
        TableRowItem a = copy(first), b = copy(rest);
        a.spaceBefore(spaceBefore());
        a.keepWithPrevious(keepWithPrevious());
        return new TableRowItem[] {a, b};
    }

    private TableRowItem copy(List<Cell> newCells) {
        TableRowItem row = new TableRowItem(newCells, header, left, right);
        row.repeatedHeader(repeatedHeader);
        row.cellTags(cellTags);
        row.decorations(decorations());
        return row;
    }

    @Override
    public void draw(PageCanvas canvas, float top) throws IOException {
        draw(canvas, top, false);
    }

    /** {@code repeated}: a header row drawn again on a page its table continues on. */
    void draw(PageCanvas canvas, float top, boolean repeated) throws IOException {
        float bottom = top - height();
        if (header) {
            canvas.paint(null, cs -> {
                cs.setNonStrokingColor(HEADER_FILL);
                cs.addRect(left, bottom, right - left, top - bottom);
                cs.fill();
            });
        }
        for (int c = 0; c < cells.size(); c++) {
            Cell cell = cells.get(c);
            Tag tag = repeated || c >= cellTags.size() ? null : cellTags.get(c);
            float y = top - PAD;
            for (TextLine line : cell.lines()) {
                canvas.drawLine(line, cell.x(), LineItem.baseline(line, y), tag);
                y -= line.height();
            }
        }
        canvas.paint(null, cs -> {
            cs.setNonStrokingColor(RULE);
            cs.addRect(left, bottom, right - left, header ? 0.9f : 0.4f);
            cs.fill();
        });
    }
}
