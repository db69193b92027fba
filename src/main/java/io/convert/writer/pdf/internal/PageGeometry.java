package io.convert.writer.pdf.internal;

import io.convert.model.Direction;
import io.convert.writer.pdf.PageSize;

/**
 * Where things go on a page: the text block inside the margins, and the bands for the running
 * header and footer. Margins grow with the page so that A5 and A3 both look proportioned; the
 * page direction decides which side is the "start" of a line.
 */
public final class PageGeometry {
    private final PageSize size;
    private final Direction direction;
    private final float side;
    private final float top;
    private final float bottom;

    public PageGeometry(PageSize size, Direction direction) {
        this.size = size;
        this.direction = direction;
        float shorter = Math.min(size.width(), size.height());
        this.side = clamp(shorter * 0.11f, 24f, 80f);
        // The header and footer live in the top and bottom margins, so those are taller.
        this.top = side + clamp(shorter * 0.03f, 10f, 24f);
        this.bottom = top;
    }

    private static float clamp(float v, float lo, float hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    public Direction direction() {
        return direction;
    }

    public float contentLeft() {
        return side;
    }

    public float contentWidth() {
        return size.width() - 2 * side;
    }

    /** Top edge of the text block (y up). */
    public float contentTop() {
        return size.height() - top;
    }

    public float contentBottom() {
        return bottom;
    }

    public float contentHeight() {
        return contentTop() - contentBottom();
    }

    /** Baseline of the running header, in the top margin. */
    public float headerBaseline() {
        return size.height() - side;
    }

    /** Baseline of the footer, in the bottom margin. */
    public float footerBaseline() {
        return side - 6f;
    }
}
