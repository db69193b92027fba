package io.convert.writer.pdf.internal;

import io.convert.model.Inline;
import io.convert.pdf.text.BaselineShift;
import io.convert.pdf.text.FontFamily;
import io.convert.pdf.text.StyledRun;
import io.convert.pdf.text.TextStyle;
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
        List<StyledRun> runs = new ArrayList<>();
        append(inlines, base, runs);
        return runs;
    }

    private void append(List<Inline> inlines, TextStyle style, List<StyledRun> out) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                text(t.text(), style, out);
            } else if (inline instanceof Inline.Emphasis e) {
                append(e.content(), style.withItalic(!style.italic()), out);
            } else if (inline instanceof Inline.Strong s) {
                append(s.content(), style.withBold(true), out);
            } else if (inline instanceof Inline.Code c) {
                text(c.text(), style.withFamily(FontFamily.MONO).withSize(style.size() * CODE_SCALE), out);
            } else if (inline instanceof Inline.LineBreak) {
                text("\n", style, out);
            } else if (inline instanceof Inline.Superscript s) {
                append(s.content(), shifted(style, BaselineShift.SUPERSCRIPT), out);
            } else if (inline instanceof Inline.Subscript s) {
                append(s.content(), shifted(style, BaselineShift.SUBSCRIPT), out);
            } else if (inline instanceof Inline.Span s) {
                append(s.content(), style, out);
            } else if (inline instanceof Inline.Link l) {
                link(l, style, out);
            }
        }
    }

    private void link(Inline.Link l, TextStyle style, List<StyledRun> out) {
        String href = l.href();
        boolean clickable = href != null && isExternal(href);
        TextStyle linked = clickable ? style.withLink(href).withColor(LINK) : style;
        append(l.content(), linked, out);
        if (clickable && notes != null) {
            text(notes.numerals().format(notes.number(href)), shifted(style, BaselineShift.SUPERSCRIPT), out);
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

    private static void text(String text, TextStyle style, List<StyledRun> out) {
        if (text.isEmpty()) return;
        // Adjacent runs of one style merge, so the engine shapes them as one context.
        if (!out.isEmpty() && out.get(out.size() - 1).style().equals(style)) {
            StyledRun last = out.remove(out.size() - 1);
            out.add(new StyledRun(last.text() + text, style));
        } else {
            out.add(new StyledRun(text, style));
        }
    }
}
