package io.convert.reader.html.internal;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** Tells data tables from tables used for page layout, and finds a table's own rows. */
final class Tables {
    /* Parsed once: every table of a page is asked, and jsoup parses a query string on each call. */
    private static final Evaluator TABLE = QueryParser.parse("table");
    private static final Evaluator HEADED = QueryParser.parse("caption, thead, th, tfoot, colgroup, col");
    private static final Evaluator BLOCKS = QueryParser.parse("div, p, ul, ol, blockquote, h1, h2, h3, h4, h5, h6, form");

    private Tables() {
    }

    /**
     * True when {@code table} holds data: it says so (headers, caption, summary) or has the
     * shape of data (several short cells per row); false for layout grids, which nest tables,
     * hold one column, or wrap long prose and block content.
     */
    static boolean isDataTable(Element table) {
        String role = table.attr("role");
        if (role.equals("presentation") || role.equals("none")) return false;
        if (table.attr("datatable").equals("0")) return false;
        if (table.select(TABLE).size() > 1) return false;
        if (table.hasAttr("summary") || table.selectFirst(HEADED) != null) return true;
        List<Element> rows = rows(table);
        int columns = 0;
        for (Element row : rows) columns = Math.max(columns, cells(row).size());
        if (rows.size() <= 1 || columns <= 1) return false;
        if (table.selectFirst(BLOCKS) != null) {
            return rows.size() * columns >= 10 && table.text().length() < rows.size() * columns * 60;
        }
        return rows.size() * columns >= 4;
    }

    /** The rows of this table, not of tables nested in it. */
    static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            if (child.nameIs("tr")) {
                rows.add(child);
            } else if (child.nameIs("thead") || child.nameIs("tbody") || child.nameIs("tfoot")) {
                for (Element row : child.children()) if (row.nameIs("tr")) rows.add(row);
            }
        }
        return rows;
    }

    static List<Element> cells(Element row) {
        List<Element> cells = new ArrayList<>();
        for (Element c : row.children()) if (c.nameIs("td") || c.nameIs("th")) cells.add(c);
        return cells;
    }
}
