package io.convert.model;

import java.util.List;

/** The plain text of inlines and blocks, as a reader of the article would copy it. */
public final class PlainText {
    private PlainText() {
    }

    /** Inline text with line breaks as {@code \n}. */
    public static String of(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        new Appender(out).inlines(inlines);
        return out.toString();
    }

    /**
     * A block's text: lists one item per line, tables one row per line with cells separated by
     * tabs, quotes and list items with their nested blocks on their own lines.
     */
    public static String of(Block block) {
        StringBuilder out = new StringBuilder();
        block.accept(new Appender(out));
        return out.toString();
    }

    private static final class Appender implements Block.Visitor<Void>, Inline.Visitor<Void> {
        private final StringBuilder out;

        Appender(StringBuilder out) {
            this.out = out;
        }

        void inlines(List<Inline> inlines) {
            for (Inline inline : inlines) inline.accept(this);
        }

        private void blocks(List<Block> blocks) {
            for (Block b : blocks) {
                newline();
                b.accept(this);
            }
        }

        private void newline() {
            if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') out.append('\n');
        }

        @Override
        public Void visit(Inline.Text text) {
            out.append(text.text());
            return null;
        }

        @Override
        public Void visit(Inline.Code code) {
            out.append(code.text());
            return null;
        }

        @Override
        public Void visit(Inline.LineBreak lineBreak) {
            out.append('\n');
            return null;
        }

        @Override
        public Void visit(Inline.Emphasis emphasis) {
            inlines(emphasis.content());
            return null;
        }

        @Override
        public Void visit(Inline.Strong strong) {
            inlines(strong.content());
            return null;
        }

        @Override
        public Void visit(Inline.Link link) {
            inlines(link.content());
            return null;
        }

        @Override
        public Void visit(Inline.Superscript superscript) {
            inlines(superscript.content());
            return null;
        }

        @Override
        public Void visit(Inline.Subscript subscript) {
            inlines(subscript.content());
            return null;
        }

        @Override
        public Void visit(Inline.Span span) {
            inlines(span.content());
            return null;
        }

        @Override
        public Void visit(Block.Heading heading) {
            inlines(heading.content());
            return null;
        }

        @Override
        public Void visit(Block.Paragraph paragraph) {
            inlines(paragraph.content());
            return null;
        }

        @Override
        public Void visit(Block.Quote quote) {
            blocks(quote.content());
            if (!quote.attribution().isEmpty()) {
                newline();
                out.append("— ");
                inlines(quote.attribution());
            }
            return null;
        }

        @Override
        public Void visit(Block.ListBlock list) {
            for (Block.ListItem item : list.items()) {
                newline();
                blocks(item.content());
            }
            return null;
        }

        @Override
        public Void visit(Block.Figure figure) {
            inlines(figure.caption());
            if (figure.credit() != null && !figure.credit().isBlank()) {
                if (!figure.caption().isEmpty()) out.append(' ');
                out.append(figure.credit());
            }
            return null;
        }

        @Override
        public Void visit(Block.Table table) {
            rows(table.header());
            rows(table.body());
            return null;
        }

        private void rows(List<Block.Row> rows) {
            for (Block.Row row : rows) {
                newline();
                for (int i = 0; i < row.cells().size(); i++) {
                    if (i > 0) out.append('\t');
                    out.append(of(row.cells().get(i).content()).replace('\n', ' '));
                }
            }
        }

        @Override
        public Void visit(Block.CodeBlock code) {
            out.append(code.text());
            return null;
        }

        @Override
        public Void visit(Block.ThematicBreak thematicBreak) {
            return null;
        }
    }
}
