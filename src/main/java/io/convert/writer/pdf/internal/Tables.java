package io.convert.writer.pdf.internal;

import io.convert.model.Block;
import io.convert.model.Direction;
import io.convert.model.PlainText;
import io.convert.pdf.text.Align;
import io.convert.pdf.text.Justification;
import io.convert.pdf.text.StyledRun;
import io.convert.pdf.text.TextEngine;
import io.convert.pdf.text.TextLine;
import io.convert.pdf.text.TextStyle;
import io.convert.spi.Diagnostics;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out tables the way browsers size "auto" tables: each column gets at least its longest
 * word and at most its longest line, extra room shared in proportion to what each column
 * would still use. Column 0 is on the start side, so RTL tables read right to left. Cells
 * spanning columns take the width of the columns they cover; a cell spanning rows is drawn in
 * its first row and leaves its columns empty below.
 */
public final class Tables {
    private final TextEngine engine;
    private final Theme theme;
    private final InlineRuns runs;
    private final int maxCells;
    private final Diagnostics diagnostics;

    public Tables(TextEngine engine, Theme theme, InlineRuns runs, int maxCells, Diagnostics diagnostics) {
        this.engine = engine;
        this.theme = theme;
        this.runs = runs;
        this.maxCells = maxCells;
        this.diagnostics = diagnostics;
    }

    private record Placed(Block.Cell cell, int column, int span, boolean header, List<StyledRun> runs) {
    }

    /** The table's rows, header rows first, laid out in the measure starting at page x {@code left}. */
    public List<TableRowItem> rows(Block.Table table, float left, float width, Direction dir, String lang) {
        List<List<Placed>> grid = grid(table);
        int columns = 0;
        for (List<Placed> row : grid) {
            for (Placed p : row) columns = Math.max(columns, p.column() + p.span());
        }
        if (columns == 0) return List.of();
        float pad = TableRowItem.PAD;
        float[] min = new float[columns], max = new float[columns];
        for (List<Placed> row : grid) {
            for (Placed p : row) {
                if (p.span() != 1) continue;
                min[p.column()] = Math.max(min[p.column()], longestWord(p, dir, lang) + 2 * pad);
                max[p.column()] = Math.max(max[p.column()], engine.measure(p.runs(), dir, lang) + 2 * pad);
            }
        }
        for (List<Placed> row : grid) {
            for (Placed p : row) {
                if (p.span() > 1) {
                    spread(min, p, longestWord(p, dir, lang) + 2 * pad);
                    spread(max, p, engine.measure(p.runs(), dir, lang) + 2 * pad);
                }
            }
        }
        float[] widths = widths(min, max, width);
        float used = 0;
        for (float w : widths) used += w;
        float[] starts = new float[columns + 1];
        for (int c = 0; c < columns; c++) starts[c + 1] = starts[c] + widths[c];

        List<TableRowItem> out = new ArrayList<>();
        float tableLeft = dir == Direction.RTL ? left + width - used : left;
        int headerRows = table.header().size();
        for (int r = 0; r < grid.size(); r++) {
            List<Placed> row = grid.get(r);
            List<TableRowItem.Cell> cells = new ArrayList<>();
            // Without a marked header, a first row of header cells is one.
            boolean header = r < headerRows || headerRows == 0 && r == 0 && !row.isEmpty()
                    && row.stream().allMatch(Placed::header);
            for (Placed p : row) {
                float cellWidth = starts[p.column() + p.span()] - starts[p.column()];
                float offset = starts[p.column()];
                float x = dir == Direction.RTL ? tableLeft + used - offset - cellWidth : tableLeft + offset;
                List<TextLine> lines = p.runs().isEmpty() ? List.of()
                        : engine.layout(p.runs(), dir, lang, Math.max(1f, cellWidth - 2 * pad), Align.START,
                                Justification.NONE, theme.lineHeight(lang)).lines();
                cells.add(new TableRowItem.Cell(lines, x + pad, cellWidth - 2 * pad));
            }
            out.add(new TableRowItem(cells, header, tableLeft, tableLeft + used));
        }
        return out;
    }

    /** Widens the columns a spanning cell covers, evenly, until together they hold {@code need}. */
    private static void spread(float[] widths, Placed p, float need) {
        float have = 0;
        for (int c = p.column(); c < p.column() + p.span(); c++) have += widths[c];
        if (have >= need) return;
        float extra = (need - have) / p.span();
        for (int c = p.column(); c < p.column() + p.span(); c++) widths[c] += extra;
    }

    /** Column widths: natural widths when they fit, else minimums plus a proportional share. */
    static float[] widths(float[] min, float[] max, float available) {
        int n = min.length;
        float sumMin = 0, sumMax = 0;
        for (int c = 0; c < n; c++) {
            max[c] = Math.max(max[c], min[c]);
            sumMin += min[c];
            sumMax += max[c];
        }
        float[] w = new float[n];
        if (sumMax <= 0) {
            java.util.Arrays.fill(w, available / n);
        } else if (sumMax <= available) {
            // Tables that nearly fill the measure are widened to it, which looks tidier in print.
            float grow = sumMax > available * 0.6f ? available / sumMax : 1f;
            for (int c = 0; c < n; c++) w[c] = max[c] * grow;
        } else if (sumMin >= available) {
            for (int c = 0; c < n; c++) w[c] = min[c] * available / sumMin;
        } else {
            float share = (available - sumMin) / (sumMax - sumMin);
            for (int c = 0; c < n; c++) w[c] = min[c] + (max[c] - min[c]) * share;
        }
        return w;
    }

    private float longestWord(Placed p, Direction dir, String lang) {
        float longest = 0;
        TextStyle style = p.runs().isEmpty() ? theme.table() : p.runs().get(0).style();
        for (String word : PlainText.of(p.cell().content()).split("\\s+")) {
            if (!word.isEmpty()) longest = Math.max(longest, engine.measure(List.of(new StyledRun(word, style)), dir, lang));
        }
        return longest;
    }

    /** Places every cell in its grid column, honouring col- and rowspans; cuts at the cell limit. */
    private List<List<Placed>> grid(Block.Table table) {
        List<Block.Row> rows = new ArrayList<>(table.header());
        int headerRows = rows.size();
        rows.addAll(table.body());
        List<List<Placed>> grid = new ArrayList<>();
        List<Integer> occupiedUntil = new ArrayList<>();
        int cells = 0;
        for (int r = 0; r < rows.size(); r++) {
            List<Placed> placed = new ArrayList<>();
            int column = 0;
            for (Block.Cell cell : rows.get(r).cells()) {
                if (++cells > maxCells) {
                    diagnostics.warn("table cut after " + maxCells + " cells");
                    if (!placed.isEmpty()) grid.add(placed);
                    return grid;
                }
                while (column < occupiedUntil.size() && occupiedUntil.get(column) > r) column++;
                boolean header = r < headerRows || cell.header();
                TextStyle style = header ? theme.table().withBold(true) : theme.table();
                placed.add(new Placed(cell, column, cell.colspan(), header, runs.of(cell.content(), style)));
                for (int c = column; c < column + cell.colspan(); c++) {
                    while (occupiedUntil.size() <= c) occupiedUntil.add(0);
                    occupiedUntil.set(c, r + cell.rowspan());
                }
                column += cell.colspan();
            }
            grid.add(placed);
        }
        return grid;
    }
}
