package io.convert.pdf.text;

import java.io.IOException;
import java.util.List;

/** One laid-out line; PDF coordinates (points, y up). */
public final class TextLine {
    private final float width;
    private final float ascent;
    private final float descent;
    private final float height;

    TextLine(float width, float ascent, float descent, float height) {
        this.width = width;
        this.ascent = ascent;
        this.descent = descent;
        this.height = height;
    }

    /** Width actually used (justified lines: the measure). */
    public float width() {
        return width;
    }

    /** Positive, in points. */
    public float ascent() {
        return ascent;
    }

    /** Positive, in points. */
    public float descent() {
        return descent;
    }

    /** Line advance (baseline to next baseline). */
    public float height() {
        return height;
    }

    /**
     * Draws the line; x = left edge of the measure (the line positions itself inside the measure
     * according to align/direction), baselineY = baseline. Writes glyph IDs with a text layer
     * that extracts in logical order.
     */
    public void draw(GlyphContentStream cs, float x, float baselineY) throws IOException {
        throw new UnsupportedOperationException("in progress");
    }

    /** Link areas of this line in page coordinates if drawn at (x, baselineY). */
    public List<LinkArea> links(float x, float baselineY) {
        return List.of();
    }

    public record LinkArea(String href, float x0, float y0, float x1, float y1) {}
}
