package io.convert.writer.pdf.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the flow into pages. A page takes items while they fit; when one does not, the page
 * ends at the last place a break is allowed (not before an item that keeps with its
 * predecessor: heading followers, orphan and widow lines, a table's first body row), so the
 * kept items move together. Only a chain of kept items longer than a page is cut where it
 * overflows. A figure that almost fits is shrunk a little to end the page. Space before an item is dropped at the top of a page; a table continued on a new
 * page gets its header rows again.
 */
public final class Paginator {
    private static final float EPSILON = 0.01f;

    /**
     * An item placed on a page: its top edge {@code offset} points below the text block's top,
     * after the {@code spaceBefore} it kept on this page; {@code repeated} for a table's header
     * row drawn again on a page the table continues on.
     */
    public record Placement(FlowItem item, float offset, float spaceBefore, boolean repeated) {
        /** An item placed for the first time. */
        public Placement(FlowItem item, float offset, float spaceBefore) {
            this(item, offset, spaceBefore, false);
        }
    }

    private final float pageHeight;

    public Paginator(float pageHeight) {
        this.pageHeight = pageHeight;
    }

    public List<List<Placement>> paginate(List<FlowItem> flow) {
        List<FlowItem> items = new ArrayList<>(flow);
        List<List<Placement>> pages = new ArrayList<>();
        int i = 0;
        while (i < items.size()) {
            List<Placement> page = new ArrayList<>();
            float used = 0;
            int start = i;
            if (items.get(i) instanceof TableRowItem row && !row.isHeader() && continuesTable(items, i)) {
                for (TableRowItem h : row.repeatedHeader()) {
                    page.add(new Placement(h, used, 0, true));
                    used += h.height();
                }
            }
            int repeated = page.size();
            while (i < items.size()) {
                FlowItem item = items.get(i);
                float space = page.isEmpty() ? 0 : item.spaceBefore();
                if (used + space + item.height() <= pageHeight + EPSILON) {
                    page.add(new Placement(item, used + space, space));
                    used += space + item.height();
                    i++;
                    continue;
                }
                if (page.size() == repeated) {
                    // Alone on a fresh page and still too tall: cut it if it can be cut.
                    if (item instanceof TableRowItem row) {
                        TableRowItem[] parts = row.split(pageHeight - used);
                        if (parts != null) {
                            items.set(i, parts[0]);
                            items.add(i + 1, parts[1]);
                            parts[1].keepWithPrevious(false);
                            continue;
                        }
                    }
                    page.add(new Placement(item, used, 0));
                    i++;
                    break;
                }
                if (item instanceof FigureItem figure) {
                    FigureItem smaller = figure.shrunk(pageHeight - used - space);
                    if (smaller != null) {
                        items.set(i, smaller);
                        continue;
                    }
                }
                int brk = i;
                while (brk > start && items.get(brk).keepWithPrevious()) brk--;
                if (brk > start) {
                    page.subList(repeated + (brk - start), page.size()).clear();
                    i = brk;
                }
                break;
            }
            pages.add(page);
        }
        return pages;
    }

    /** True when the row at {@code i} follows other rows of its own table (a continued table). */
    private static boolean continuesTable(List<FlowItem> items, int i) {
        if (i == 0 || !(items.get(i - 1) instanceof TableRowItem prev)) return false;
        TableRowItem row = (TableRowItem) items.get(i);
        return !row.repeatedHeader().isEmpty() && prev.repeatedHeader().equals(row.repeatedHeader())
                || row.repeatedHeader().contains(prev);
    }
}
