package io.convert.typeset;

import io.convert.typeset.internal.Segment;
import io.convert.typeset.internal.ShapedLine;
import io.convert.typeset.internal.Typesetter;
import java.util.ArrayList;
import java.util.List;

/** One laid-out line; PDF coordinates (points, y up). */
public final class TextLine {
    private final Typesetter.Placed placed;

    TextLine(Typesetter.Placed placed) {
        this.placed = placed;
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

    /** The glyphs of the line, for emission ({@code typeset.emit}). */
    public ShapedLine glyphs() {
        return placed.line();
    }

    /** Where the line starts inside its measure (alignment, direction), in points from its left edge. */
    public float offset() {
        return placed.offset();
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
