package io.convert.writer.pdf.internal;

import io.convert.model.Inline;
import io.convert.typeset.BaselineShift;
import io.convert.typeset.FontFamily;
import io.convert.typeset.StyledRun;
import io.convert.typeset.TextStyle;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns inline content into styled runs for the text engine: emphasis and strong toggle italic
 * and bold, code switches to the monospace face, links get their colour and target, and with
 * link notes a superscript note number follows each external link.
 */
public final class InlineRuns {
    static final Color LINK = new Color(0x1A, 0x4F, 0x9C);
    private static final float CODE_SCALE = 0.88f;
    private static final float SHIFT_SCALE = 0.72f;

    private final LinkNotes notes;

    /** {@code notes} collects link targets for endnotes, or is null when links are not noted. */
    public InlineRuns(LinkNotes notes) {
        this.notes = notes;
    }

    public List<StyledRun> of(List<Inline> inlines, TextStyle base) {
        Runs runs = new Runs();
        append(inlines, base, runs);
        return runs.finish();
    }

    /**
     * Collects runs, merging adjacent text of one style (so the engine shapes it as one
     * context) in a buffer: a paragraph of a million tiny text nodes stays linear.
     */
    private static final class Runs {
        private final List<StyledRun> out = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private TextStyle style;

        void add(String s, TextStyle st) {
            if (s.isEmpty()) return;
            if (!st.equals(style)) flush();
            style = st;
            text.append(s);
        }

        private void flush() {
            if (text.length() > 0) out.add(new StyledRun(text.toString(), style));
            text.setLength(0);
        }

        List<StyledRun> finish() {
            flush();
            return out;
        }
    }

    private void append(List<Inline> inlines, TextStyle style, Runs out) {
        Appender appender = new Appender(style, out);
        for (Inline inline : inlines) inline.accept(appender);
    }

    /** Adds each inline it visits to {@code out} in {@code style}, nested content in its own style. */
    private final class Appender implements Inline.Visitor<Void> {
        private final TextStyle style;
        private final Runs out;

        Appender(TextStyle style, Runs out) {
            this.style = style;
            this.out = out;
        }

        @Override
        public Void visit(Inline.Text text) {
            out.add(text.text(), style);
            return null;
        }

        @Override
        public Void visit(Inline.Emphasis emphasis) {
            append(emphasis.content(), style.withItalic(!style.italic()), out);
            return null;
        }

        @Override
        public Void visit(Inline.Strong strong) {
            append(strong.content(), style.withBold(true), out);
            return null;
        }

        @Override
        public Void visit(Inline.Link link) {
            link(link, style, out);
            return null;
        }

        @Override
        public Void visit(Inline.Code code) {
            out.add(code.text(), style.withFamily(FontFamily.MONO).withSize(style.size() * CODE_SCALE));
            return null;
        }

        @Override
        public Void visit(Inline.LineBreak lineBreak) {
            out.add("\n", style);
            return null;
        }

        @Override
        public Void visit(Inline.Superscript superscript) {
            append(superscript.content(), shifted(style, BaselineShift.SUPERSCRIPT), out);
            return null;
        }

        @Override
        public Void visit(Inline.Subscript subscript) {
            append(subscript.content(), shifted(style, BaselineShift.SUBSCRIPT), out);
            return null;
        }

        @Override
        public Void visit(Inline.Span span) {
            append(span.content(), style, out);
            return null;
        }
    }

    private void link(Inline.Link l, TextStyle style, Runs out) {
        String href = l.href();
        boolean clickable = href != null && isExternal(href);
        TextStyle linked = clickable ? style.withLink(href).withColor(LINK) : style;
        append(l.content(), linked, out);
        if (clickable && notes != null) {
            out.add(notes.numerals().format(notes.number(href)), shifted(style, BaselineShift.SUPERSCRIPT));
        }
    }

    /** Only links a PDF viewer can follow become annotations; fragments point into the lost page. */
    static boolean isExternal(String href) {
        String h = href.trim().toLowerCase(java.util.Locale.ROOT);
        return h.startsWith("http://") || h.startsWith("https://") || h.startsWith("mailto:")
                || h.startsWith("ftp://");
    }

    private static TextStyle shifted(TextStyle style, BaselineShift shift) {
        return style.withShift(shift).withSize(style.size() * SHIFT_SCALE);
    }
}
