package io.convert.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table laid out on a grid, for formats that have no cell spans (Markdown, plain text): a cell
 * spanning several columns or rows occupies its first position and leaves empty cells in the
 * others, so columns stay aligned. Rows are not padded at the end: a row has at most
 * {@link #columns()} cells and the missing ones are empty.
 */
public final class TableGrid {
    /** HTML's own cap on colspan; a row span is cut at the table's last row, as in HTML. */
    private static final int MAX_COLSPAN = 1000;
    private static final Block.Cell EMPTY = new Block.Cell(List.of(), false, 1, 1);

    private final List<List<Block.Cell>> header;
    private final List<List<Block.Cell>> body;
    private final int columns;
    private final boolean spansIgnored;

    private TableGrid(List<List<Block.Cell>> header, List<List<Block.Cell>> body, int columns, boolean spansIgnored) {
        this.header = header;
        this.body = body;
        this.columns = columns;
        this.spansIgnored = spansIgnored;
    }

    /**
     * Lays out {@code table}. When its spans would cover more than {@code maxCells} positions (a
     * hostile colspan, say), they are ignored and every cell takes one position, so the grid
     * never holds more entries than the larger of the two.
     */
    public static TableGrid of(Block.Table table, int maxCells) {
        List<Block.Row> rows = new ArrayList<>(table.header());
        rows.addAll(table.body());
        boolean spansIgnored = spannedPositions(rows) > maxCells;
        List<List<Block.Cell>> grid = layout(rows, !spansIgnored);
        int columns = grid.stream().mapToInt(List::size).max().orElse(0);
        int headerRows = table.header().size();
        return new TableGrid(freeze(grid.subList(0, headerRows)), freeze(grid.subList(headerRows, grid.size())),
                columns, spansIgnored);
    }

    /** How many grid positions the cells would cover with their spans: bounds the layout's memory. */
    private static long spannedPositions(List<Block.Row> rows) {
        long positions = 0;
        for (int r = 0; r < rows.size(); r++) {
            for (Block.Cell cell : rows.get(r).cells()) {
                positions += (long) Math.min(cell.colspan(), MAX_COLSPAN) * Math.min(cell.rowspan(), rows.size() - r);
            }
        }
        return positions;
    }

    private static List<List<Block.Cell>> layout(List<Block.Row> rows, boolean honourSpans) {
        List<List<Block.Cell>> grid = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) grid.add(new ArrayList<>());
        for (int r = 0; r < rows.size(); r++) {
            List<Block.Cell> line = grid.get(r);
            int column = 0;
            for (Block.Cell cell : rows.get(r).cells()) {
                while (column < line.size() && line.get(column) != null) column++;
                int colspan = honourSpans ? Math.min(cell.colspan(), MAX_COLSPAN) : 1;
                int lastRow = honourSpans ? r + Math.min(cell.rowspan(), rows.size() - r) : r + 1;
                for (int rr = r; rr < lastRow; rr++) {
                    for (int c = column; c < column + colspan; c++) {
                        put(grid.get(rr), c, rr == r && c == column ? cell : EMPTY);
                    }
                }
                column += colspan;
            }
        }
        for (List<Block.Cell> line : grid) line.replaceAll(c -> c == null ? EMPTY : c);
        return grid;
    }

    private static void put(List<Block.Cell> line, int column, Block.Cell cell) {
        while (line.size() <= column) line.add(null);
        line.set(column, cell);
    }

    private static List<List<Block.Cell>> freeze(List<List<Block.Cell>> rows) {
        return rows.stream().map(Collections::unmodifiableList).toList();
    }

    /** The header rows. */
    public List<List<Block.Cell>> header() {
        return header;
    }

    /** The body rows. */
    public List<List<Block.Cell>> body() {
        return body;
    }

    /** The width of the widest row. */
    public int columns() {
        return columns;
    }

    /** True when the table's spans were too large to honour and every cell took one position. */
    public boolean spansIgnored() {
        return spansIgnored;
    }
}
