package io.convert.typeset;

import io.convert.typeset.internal.EmbeddedFont;
import io.convert.typeset.internal.FontSession;
import io.convert.typeset.internal.GlyphWriter;
import io.convert.typeset.internal.Segment;
import io.convert.typeset.internal.Typesetter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;

/** One laid-out line; PDF coordinates (points, y up). */
public final class TextLine {
    private final Typesetter.Placed placed;
    private final FontSession fonts;

    TextLine(Typesetter.Placed placed, FontSession fonts) {
        this.placed = placed;
        this.fonts = fonts;
    }

    /** Width actually used (justified lines: the measure). */
    public float width() {
        return placed.line().width();
    }

    /** Positive, in points: baseline to the top of the line box. */
    public float ascent() {
        return placed.ascent();
    }

    /** Positive, in points: baseline to the bottom of the line box. */
    public float descent() {
        return placed.descent();
    }

    /** Line advance (baseline to next baseline). */
    public float height() {
        return placed.height();
    }

    /**
     * Draws the line; x = left edge of the measure (the line positions itself inside the measure
     * according to align/direction), baselineY = baseline. Writes glyph IDs with a text layer
     * that extracts in logical order.
     */
    public void draw(GlyphContentStream cs, float x, float baselineY) throws IOException {
        if (placed.line().segments.isEmpty()) return;
        List<EmbeddedFont> used = new ArrayList<>(4);
        String operators = new GlyphWriter(fonts).write(placed.line(), x + placed.offset(), baselineY, used);
        PDResources resources = cs.resources();
        COSDictionary fontDict = resources.getCOSObject().getCOSDictionary(COSName.FONT);
        if (fontDict == null) {
            fontDict = new COSDictionary();
            resources.getCOSObject().setItem(COSName.FONT, fontDict);
        }
        for (EmbeddedFont f : used) {
            if (fontDict.getDictionaryObject(f.resourceName()) != f.dictionary()) fontDict.setItem(f.resourceName(), f.dictionary());
        }
        cs.raw(operators);
    }

    /** Link areas of this line in page coordinates if drawn at (x, baselineY); neighbouring pieces of one link merge. */
    public List<LinkArea> links(float x, float baselineY) {
        List<LinkArea> areas = new ArrayList<>();
        float left = x + placed.offset();
        float y0 = baselineY - placed.descent(), y1 = baselineY + placed.ascent();
        for (Segment s : placed.line().segments) {
            String href = s.style.link();
            if (href == null) continue;
            float x0 = left + s.originX(), x1 = x0 + s.width();
            LinkArea last = areas.isEmpty() ? null : areas.get(areas.size() - 1);
            if (last != null && last.href().equals(href) && Math.abs(last.x1() - x0) < 0.5f) {
                areas.set(areas.size() - 1, new LinkArea(href, last.x0(), y0, x1, y1));
            } else {
                areas.add(new LinkArea(href, x0, y0, x1, y1));
            }
        }
        return areas;
    }

    /** A clickable rectangle (page coordinates) and its target. */
    public record LinkArea(String href, float x0, float y0, float x1, float y1) {}
}
