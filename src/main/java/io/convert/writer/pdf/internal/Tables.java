package io.convert.writer.pdf.internal;

import io.convert.model.Block;
import io.convert.model.Direction;
import io.convert.model.PlainText;
import io.convert.spi.Diagnostics;
import io.convert.typeset.Align;
import io.convert.typeset.Justification;
import io.convert.typeset.StyledRun;
import io.convert.typeset.TextEngine;
import io.convert.typeset.TextLine;
import io.convert.typeset.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out tables the way browsers size "auto" tables: each column gets at least its longest
 * word and at most its longest line, extra room shared in proportion to what each column
 * would still use. Column 0 is on the start side, so RTL tables read right to left. Cells
 * spanning columns take the width of the columns they cover; a cell spanning rows is drawn in
 * its first row and leaves its columns empty below. Tables wider than the measure can show are
 * set in groups of columns.
 */
public final class Tables {
    private static final float MIN_COLUMN_EMS = 3.5f;
    private static final int MAX_COLSPAN = 1000;
    private static final int LONG_TEXT = 2000;

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

    private record Placed(Block.Cell cell, int column, int span, int rowspan, boolean header, List<StyledRun> runs) {
        /** This cell cut to columns [first, last), moved so that column {@code first} is column {@code to}. */
        Placed within(int first, int last, int to) {
            return new Placed(cell, column - first + to, Math.min(column + span, last) - column, rowspan, header, runs);
        }
    }

    private record GridRow(List<Placed> cells, boolean header) {
    }

    /**
     * The table's rows, laid out in the measure starting at page x {@code left}, in groups of
     * columns: a table with more columns than the measure can show at a readable width, or
     * whose columns' unbreakable words do not fit in it side by side, is set as several tables
     * one after the other in reading order (columns 1–8, then 9–16...), nothing cut. When every
     * row is labelled by its first cell, each later group repeats that column.
     */
    public List<List<TableRowItem>> groups(Block.Table table, float left, float width, Direction dir, String lang) {
        List<GridRow> grid = grid(table);
        int columns = 0;
        for (GridRow row : grid) {
            for (Placed p : row.cells()) columns = Math.max(columns, p.column() + p.span());
        }
        int perGroup = Math.max(1, (int) (width / (theme.em() * MIN_COLUMN_EMS)));
        // A cell is shaped once, though its widths are asked for the whole table and again for its group.
        Map<List<StyledRun>, TextEngine.Extent> measured = new IdentityHashMap<>();
        float[] min = extents(grid, columns, dir, lang, width, measured)[0];
        boolean labelled = labelled(grid);
        List<List<TableRowItem>> out = new ArrayList<>();
        for (int first = 0; first < columns; ) {
            boolean repeat = labelled && first > 0;
            int from = repeat ? 1 : 0;
            float used = repeat ? min[0] : 0;
            int last = first;
            while (last < columns && last - first < perGroup && (last == first || used + min[last] <= width)) {
                used += min[last++];
            }
            List<GridRow> slice = new ArrayList<>();
            for (GridRow row : grid) {
                List<Placed> cells = new ArrayList<>();
                for (Placed p : row.cells()) {
                    if (repeat && p.column() == 0) cells.add(p.within(0, 1, 0));
                    if (p.column() >= first && p.column() < last) cells.add(p.within(first, last, from));
                }
                if (!cells.isEmpty()) slice.add(new GridRow(cells, row.header()));
            }
            if (!slice.isEmpty()) out.add(rows(slice, from + last - first, left, width, dir, lang, measured));
            first = last;
        }
        return out;
    }

    /**
     * Whether every body row starts with a cell of its own that says what the row is about; the
     * first row may be a header row not marked as one, its first cell the empty corner.
     */
    private static boolean labelled(List<GridRow> grid) {
        boolean any = false;
        for (GridRow row : grid) {
            if (row.header() || row == grid.get(0)) continue;
            Placed first = row.cells().isEmpty() ? null : row.cells().get(0);
            if (first == null || first.column() != 0 || first.span() != 1
                    || PlainText.of(first.cell().content()).isBlank()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * Each column's minimum (its widest unbreakable piece) and natural width (its longest line),
     * padding included; a cell spanning columns widens them evenly.
     */
    private float[][] extents(List<GridRow> grid, int columns, Direction dir, String lang, float width,
            Map<List<StyledRun>, TextEngine.Extent> measured) {
        float pad = TableRowItem.PAD;
        float[] min = new float[columns], max = new float[columns];
        for (GridRow row : grid) {
            for (Placed p : row.cells()) {
                if (p.span() != 1) continue;
                TextEngine.Extent e = extent(p, dir, lang, width, measured);
                min[p.column()] = Math.max(min[p.column()], e.minimum() + 2 * pad);
                max[p.column()] = Math.max(max[p.column()], e.natural() + 2 * pad);
            }
        }
        for (GridRow row : grid) {
            for (Placed p : row.cells()) {
                if (p.span() > 1) {
                    TextEngine.Extent e = extent(p, dir, lang, width, measured);
                    spread(min, p, e.minimum() + 2 * pad);
                    spread(max, p, e.natural() + 2 * pad);
                }
            }
        }
        return new float[][] {min, max};
    }

    private List<TableRowItem> rows(List<GridRow> grid, int columns, float left, float width, Direction dir,
            String lang, Map<List<StyledRun>, TextEngine.Extent> measured) {
        float pad = TableRowItem.PAD;
        float[][] extents = extents(grid, columns, dir, lang, width, measured);
        float[] widths = widths(extents[0], extents[1], width);
        float used = 0;
        for (float w : widths) used += w;
        float[] starts = new float[columns + 1];
        for (int c = 0; c < columns; c++) starts[c + 1] = starts[c] + widths[c];

        List<TableRowItem> out = new ArrayList<>();
        float tableLeft = dir == Direction.RTL ? left + width - used : left;
        for (GridRow row : grid) {
            List<TableRowItem.Cell> cells = new ArrayList<>();
            for (Placed p : row.cells()) {
                float cellWidth = starts[p.column() + p.span()] - starts[p.column()];
                float offset = starts[p.column()];
                float x = dir == Direction.RTL ? tableLeft + used - offset - cellWidth : tableLeft + offset;
                List<TextLine> lines = new ArrayList<>();
                for (List<StyledRun> piece : FlowBuilder.pieces(p.runs())) {
                    lines.addAll(engine.layout(piece, dir, lang, Math.max(1f, cellWidth - 2 * pad), Align.START,
                            Justification.NONE, theme.lineHeight(lang)).lines());
                }
                cells.add(new TableRowItem.Cell(lines, x + pad, cellWidth - 2 * pad, p.header(), p.span(),
                        p.rowspan()));
            }
            out.add(new TableRowItem(cells, row.header(), tableLeft, tableLeft + used));
        }
        return out;
    }

    /**
     * The cell's widest unbreakable piece, as the line breaker finds them (a column is never
     * narrower, unless the minimums of the whole table do not fit), at most the measure; and its
     * width on one line. Text longer than a line anyway is not measured: it wants the measure.
     */
    private TextEngine.Extent extent(Placed p, Direction dir, String lang, float width,
            Map<List<StyledRun>, TextEngine.Extent> measured) {
        // Keyed by the cell's runs, made once per cell and carried into every group it is cut into.
        return measured.computeIfAbsent(p.runs(), runs -> {
            if (PlainText.of(p.cell().content()).length() > LONG_TEXT) return new TextEngine.Extent(width, width);
            TextEngine.Extent e = engine.extent(runs, dir, lang);
            return new TextEngine.Extent(Math.min(width, e.minimum()), e.natural());
        });
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
            Arrays.fill(w, available / n);
        } else if (sumMax <= available) {
            // Tables that nearly fill the measure are widened to it, which looks tidier in print.
            float grow = sumMax > available * 0.6f ? available / sumMax : 1f;
            for (int c = 0; c < n; c++) w[c] = max[c] * grow;
        } else if (sumMin >= available) {
            // The widest columns give way first, down to a common cap, so that only their
            // longest words break rather than a word in every column.
            float cap = cap(min, available);
            for (int c = 0; c < n; c++) w[c] = Math.min(min[c], cap);
        } else {
            float share = (available - sumMin) / (sumMax - sumMin);
            for (int c = 0; c < n; c++) w[c] = min[c] + (max[c] - min[c]) * share;
        }
        return w;
    }

    /** The width {@code c} such that the minimums, each cut down to at most {@code c}, fill {@code available}. */
    private static float cap(float[] min, float available) {
        float[] sorted = min.clone();
        Arrays.sort(sorted);
        float below = 0;
        for (int i = 0; i < sorted.length; i++) {
            float cap = (available - below) / (sorted.length - i);
            if (cap <= sorted[i]) return cap;
            below += sorted[i];
        }
        return sorted[sorted.length - 1];
    }

    /** Places every cell in its grid column, honouring col- and rowspans; cuts at the cell limit. */
    private List<GridRow> grid(Block.Table table) {
        List<Block.Row> rows = new ArrayList<>(table.header());
        int headerRows = rows.size();
        rows.addAll(table.body());
        List<GridRow> grid = new ArrayList<>();
        List<Integer> occupiedUntil = new ArrayList<>();
        int cells = 0;
        for (int r = 0; r < rows.size(); r++) {
            List<Placed> placed = new ArrayList<>();
            int column = 0;
            for (Block.Cell cell : rows.get(r).cells()) {
                if (++cells > maxCells) {
                    diagnostics.warn("table cut after " + maxCells + " cells");
                    if (!placed.isEmpty()) grid.add(new GridRow(placed, isHeader(r, headerRows, placed)));
                    return grid;
                }
                while (column < occupiedUntil.size() && occupiedUntil.get(column) > r) column++;
                boolean header = r < headerRows || cell.header();
                TextStyle style = header ? theme.table().withBold(true) : theme.table();
                // HTML's own limits: spans beyond them are errors in the page, not layout.
                int colspan = Math.min(cell.colspan(), MAX_COLSPAN);
                int rowspan = Math.min(cell.rowspan(), rows.size() - r);
                placed.add(new Placed(cell, column, colspan, rowspan, header, runs.of(cell.content(), style)));
                for (int c = column; c < column + colspan; c++) {
                    while (occupiedUntil.size() <= c) occupiedUntil.add(0);
                    occupiedUntil.set(c, r + rowspan);
                }
                column += colspan;
            }
            grid.add(new GridRow(placed, isHeader(r, headerRows, placed)));
        }
        return grid;
    }

    /** Header rows are the marked ones; without any, a first row of header cells is one. */
    private static boolean isHeader(int r, int headerRows, List<Placed> cells) {
        return r < headerRows || headerRows == 0 && r == 0 && !cells.isEmpty()
                && cells.stream().allMatch(Placed::header);
    }
}
