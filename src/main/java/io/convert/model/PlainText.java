package io.convert.model;

import java.util.List;

/** The plain text of inlines and blocks, as a reader of the article would copy it. */
public final class PlainText {
    private PlainText() {
    }

    /** Inline text with line breaks as {@code \n}. */
    public static String of(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        append(inlines, out);
        return out.toString();
    }

    private static void append(List<Inline> inlines, StringBuilder out) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) out.append(t.text());
            else if (inline instanceof Inline.Code c) out.append(c.text());
            else if (inline instanceof Inline.LineBreak) out.append('\n');
            else if (inline instanceof Inline.Emphasis e) append(e.content(), out);
            else if (inline instanceof Inline.Strong s) append(s.content(), out);
            else if (inline instanceof Inline.Link l) append(l.content(), out);
            else if (inline instanceof Inline.Superscript s) append(s.content(), out);
            else if (inline instanceof Inline.Subscript s) append(s.content(), out);
            else if (inline instanceof Inline.Span s) append(s.content(), out);
        }
    }

    /**
     * A block's text: lists one item per line, tables one row per line with cells separated by
     * tabs, quotes and list items with their nested blocks on their own lines.
     */
    public static String of(Block block) {
        StringBuilder out = new StringBuilder();
        append(block, out);
        return out.toString();
    }

    private static void append(Block block, StringBuilder out) {
        if (block instanceof Block.Heading h) {
            append(h.content(), out);
        } else if (block instanceof Block.Paragraph p) {
            append(p.content(), out);
        } else if (block instanceof Block.Quote q) {
            joinBlocks(q.content(), out);
            if (!q.attribution().isEmpty()) {
                newline(out);
                out.append("— ");
                append(q.attribution(), out);
            }
        } else if (block instanceof Block.ListBlock l) {
            for (Block.ListItem item : l.items()) {
                newline(out);
                joinBlocks(item.content(), out);
            }
        } else if (block instanceof Block.Figure f) {
            append(f.caption(), out);
            if (f.credit() != null && !f.credit().isBlank()) {
                if (!f.caption().isEmpty()) out.append(' ');
                out.append(f.credit());
            }
        } else if (block instanceof Block.Table t) {
            for (Block.Row row : concat(t.header(), t.body())) {
                newline(out);
                for (int i = 0; i < row.cells().size(); i++) {
                    if (i > 0) out.append('\t');
                    out.append(of(row.cells().get(i).content()).replace('\n', ' '));
                }
            }
        } else if (block instanceof Block.CodeBlock c) {
            out.append(c.text());
        }
    }

    private static void joinBlocks(List<Block> blocks, StringBuilder out) {
        for (Block b : blocks) {
            newline(out);
            append(b, out);
        }
    }

    private static void newline(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') out.append('\n');
    }

    private static List<Block.Row> concat(List<Block.Row> a, List<Block.Row> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
