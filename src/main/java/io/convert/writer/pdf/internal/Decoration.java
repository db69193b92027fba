package io.convert.writer.pdf.internal;

import java.awt.Color;
import java.io.IOException;

/**
 * A vertical band drawn beside or behind the items of one container: the rule of a quote, the
 * shading of a code block. Drawn per item, so it follows the container across page breaks.
 *
 * @param x page x of the band's left edge
 * @param width band width
 * @param coversSpaceBefore whether the band also fills the item's space before (false for the
 *     container's first item, whose space separates it from what came before)
 */
public record Decoration(float x, float width, Color color, boolean coversSpaceBefore) {

    public Decoration first() {
        return new Decoration(x, width, color, false);
    }

    public Decoration following() {
        return new Decoration(x, width, color, true);
    }

    void draw(PageCanvas canvas, float top, float bottom) throws IOException {
        canvas.paint(null, cs -> {
            cs.setNonStrokingColor(color);
            cs.addRect(x, bottom, width, top - bottom);
            cs.fill();
        });
    }
}
