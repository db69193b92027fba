package io.convert.writer.pdf.internal;

import java.awt.Color;
import java.io.IOException;

/** A horizontal rule: a thematic break, or the line under the title block; an artifact to readers. */
public final class RuleItem extends FlowItem {
    private final float x;
    private final float width;
    private final float height;
    private final float thickness;
    private final Color color;

    /** A rule {@code width} wide at page x {@code x}, centred vertically in {@code height}. */
    public RuleItem(float x, float width, float height, float thickness, Color color) {
        this.x = x;
        this.width = width;
        this.height = height;
        this.thickness = thickness;
        this.color = color;
    }

    @Override
    public float height() {
        return height;
    }

    @Override
    public void draw(PageCanvas canvas, float top) throws IOException {
        canvas.paint(null, cs -> {
            cs.setNonStrokingColor(color);
            cs.addRect(x, top - height / 2 - thickness / 2, width, thickness);
            cs.fill();
        });
    }
}
