package io.convert.writer.pdf.internal;

import io.convert.typeset.TextLine;
import java.io.IOException;

/**
 * A line of text in its measure, with an optional list marker hung in the gutter on its start
 * side, padding above/below (code blocks) and the bookmark of the heading it begins. The line
 * is content of its block's structure element, the marker of its list item's label.
 */
public final class LineItem extends FlowItem {
    private final TextLine line;
    private final Tag tag;
    private final float x;
    private final float padBefore;
    private final float padAfter;
    private Marker marker;
    private Bookmark bookmark;

    /** A list marker, laid out in its box, drawn from page x {@code x} on the line's baseline. */
    public record Marker(TextLine line, float x, Tag label) {
    }

    /** {@code x} is the page x of the left edge of the line's measure. */
    public LineItem(TextLine line, Tag tag, float x, float padBefore, float padAfter) {
        this.line = line;
        this.tag = tag;
        this.x = x;
        this.padBefore = padBefore;
        this.padAfter = padAfter;
    }

    void marker(Marker m) {
        marker = m;
    }

    void bookmark(Bookmark b) {
        bookmark = b;
    }

    @Override
    public float height() {
        return padBefore + line.height() + padAfter;
    }

    @Override
    public void draw(PageCanvas canvas, float top) throws IOException {
        float baseline = baseline(line, top - padBefore);
        // The marker first, so that text extraction reads "1. item" in order.
        if (marker != null) canvas.drawLine(marker.line(), marker.x(), baseline, marker.label());
        canvas.drawLine(line, x, baseline, tag);
        if (bookmark != null) canvas.anchor(bookmark, top);
    }

    /** The baseline of a line whose box starts at {@code top}: half the leading above the ascent. */
    static float baseline(TextLine line, float top) {
        float leading = Math.max(0, line.height() - line.ascent() - line.descent());
        return top - leading / 2 - line.ascent();
    }
}
