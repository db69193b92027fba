package io.convert.typeset.internal;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a paragraph, reordered for display (UAX #9 L1–L2 by ICU, per line) and shaped
 * run by run: segments in visual order, left to right.
 */
public final class ShapedLine {
    public final Paragraph paragraph;
    public final int start, end;
    public final List<Segment> segments;
    private float width;

    private ShapedLine(Paragraph p, int start, int end, List<Segment> segments) {
        this.paragraph = p;
        this.start = start;
        this.end = end;
        this.segments = segments;
        layoutSegments();
    }

    /** Shapes paragraph[start, end) as one line; trailing white space and '\n' are left out. */
    public static ShapedLine of(Paragraph p, int start, int end) {
        int contentEnd = end;
        while (contentEnd > start && isTrailingSpace(p.text[contentEnd - 1])) contentEnd--;
        List<Segment> segments = new ArrayList<>();
        if (contentEnd > start) {
            Bidi line = p.bidi.setLine(start, contentEnd);
            int runs = line.countRuns();
            for (int r = 0; r < runs; r++) {
                BidiRun run = line.getVisualRun(r);
                int a = start + run.getStart(), b = start + run.getLimit();
                boolean rtl = run.isOddRun();
                List<Segment> pieces = new ArrayList<>();
                int s = a;
                while (s < b) {
                    int e = Math.min(b, p.itemStart[p.itemOf(s) + 1]);
                    pieces.add(new Segment(p, s, e, rtl));
                    s = e;
                }
                if (rtl) java.util.Collections.reverse(pieces);
                segments.addAll(pieces);
            }
        }
        return new ShapedLine(p, start, end, segments);
    }

    static boolean isTrailingSpace(char c) {
        return c == '\n' || Character.isWhitespace(c) && c != '\u00A0';
    }

    private void layoutSegments() {
        float x = 0;
        for (Segment s : segments) {
            s.originX = x;
            x += s.width();
        }
        width = x;
    }

    /** Natural (or, after justification, stretched) width in points. */
    public float width() {
        return width;
    }

    /** Typographic ascent in points: the largest of the faces used (or of the paragraph's first face). */
    public float ascent() {
        float a = 0;
        for (Segment s : segments) a = Math.max(a, s.face.ascent() * s.scale() + Math.max(0, s.rise()));
        return segments.isEmpty() ? emptyFace().ascent() * emptySize() / FontFace.LAYOUT_SIZE : a;
    }

    public float descent() {
        float d = 0;
        for (Segment s : segments) d = Math.max(d, s.face.descent() * s.scale() - Math.min(0, s.rise()));
        return segments.isEmpty() ? emptyFace().descent() * emptySize() / FontFace.LAYOUT_SIZE : d;
    }

    /** The largest nominal font size on the line, the unit of line height. */
    public float fontSize() {
        float m = 0;
        for (Segment s : segments) m = Math.max(m, s.style.size());
        return segments.isEmpty() ? emptySize() : m;
    }

    private FontFace emptyFace() {
        return paragraph.face[Math.min(start, paragraph.length() - 1)];
    }

    private float emptySize() {
        return paragraph.style[Math.min(start, paragraph.length() - 1)].size();
    }

    /** Spaces between words inside the line that can stretch. */
    public int stretchableSpaces() {
        int n = 0;
        for (Segment s : segments) {
            for (int i = 0; i < s.gids.length; i++) {
                if (isStretchable(s, i)) n++;
            }
        }
        return n;
    }

    private boolean isStretchable(Segment s, int i) {
        char c = paragraph.text[s.cluster[i]];
        return c == ' ' || c == '\u00A0' || c == '\u3000';
    }

    /** Widens every stretchable space by {@code extra} points (inter-word justification). */
    public void stretchSpaces(float extra) {
        for (Segment s : segments) {
            float add = extra / s.scale();
            float shift = 0;
            for (int i = 0; i < s.gids.length; i++) {
                s.x[i] += shift;
                if (isStretchable(s, i)) shift += add;
            }
            s.advance += shift;
        }
        layoutSegments();
    }
}
