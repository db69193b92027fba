package io.convert.typeset.internal;

import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.Font;

/**
 * The glyphs HarfBuzz (inside the JDK) gives for one directional run in one face, in visual
 * order (left to right), at {@link FontFace#LAYOUT_SIZE}: glyph IDs, positions (x right, y up,
 * relative to the run's origin) and the paragraph index of each glyph's cluster.
 */
public final class Shaped {
    private static final FontRenderContext FRC = new FontRenderContext(null, false, true);

    public final int[] gids;
    public final float[] x;
    public final float[] y;
    public final int[] cluster;
    public final float advance;
    /** The paragraph index of the run's first character. */
    private final int start;
    private final boolean rising;
    private final boolean falling;

    private Shaped(int[] gids, float[] x, float[] y, int[] cluster, float advance, int start) {
        this.gids = gids;
        this.x = x;
        this.y = y;
        this.cluster = cluster;
        this.advance = advance;
        this.start = start;
        boolean up = true, down = true;
        for (int i = 1; i < cluster.length; i++) {
            up &= cluster[i] >= cluster[i - 1];
            down &= cluster[i] <= cluster[i - 1];
        }
        this.rising = up;
        this.falling = down;
    }

    /**
     * Shapes text[start, limit) in one direction with the whole array as context, so letters at
     * the ends join as they do inside the paragraph (a word broken across lines keeps its
     * joining forms).
     */
    public static Shaped shape(FontFace face, char[] text, int start, int limit, boolean rtl) {
        return shape(face, text, start, limit, rtl ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
    }

    /**
     * The glyphs of text[start, limit), a part of this run that begins and ends at a word edge
     * (a space or the run's end), moved to start at 0; null when they are not one contiguous
     * stretch of glyphs. Reusing the run's glyphs for a line avoids shaping twice: the JDK's
     * shaper costs about 0.1 ms per call whatever the length, most of layout time. At a space
     * the pen position is exact: a space glyph and the first letter after it carry no offset.
     */
    Shaped slice(FontFace face, int start, int limit, boolean rtl) {
        if (!monotonic(rtl)) return null;
        // clusters rise along a left-to-right run and fall along a right-to-left one
        int g0 = rtl ? firstWhere(c -> c < limit) : firstWhere(c -> c >= start);
        int g1 = rtl ? firstWhere(c -> c < start) : firstWhere(c -> c >= limit);
        if (g0 >= g1) return null;
        float left = x[g0];
        if (rtl) {
            for (int i = g0; i < g1; i++) {
                if (!face.isMark(gids[i])) {
                    left = x[i];
                    break;
                }
            }
        }
        float right = g1 < gids.length ? x[g1] : advance;
        int n = g1 - g0;
        float[] xs = new float[n];
        for (int i = 0; i < n; i++) xs[i] = x[g0 + i] - left;
        return new Shaped(java.util.Arrays.copyOfRange(gids, g0, g1), xs, java.util.Arrays.copyOfRange(y, g0, g1),
                java.util.Arrays.copyOfRange(cluster, g0, g1), right - left, start);
    }

    /**
     * A copy whose clusters are shifted so that the run starts at paragraph index {@code start}
     * (the same text shaped at another place); its arrays are its own, since a justified line
     * moves its glyphs.
     */
    Shaped movedTo(int start) {
        int shift = start - this.start;
        int[] cl = new int[cluster.length];
        for (int i = 0; i < cl.length; i++) cl[i] = cluster[i] + shift;
        return new Shaped(gids.clone(), x.clone(), y.clone(), cl, advance, start);
    }

    private boolean monotonic(boolean rtl) {
        return rtl ? falling : rising;
    }

    /** The first glyph index whose cluster passes {@code test}, which holds from some index on. */
    private int firstWhere(java.util.function.IntPredicate test) {
        int lo = 0, hi = cluster.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (test.test(cluster[mid])) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    private static Shaped shape(FontFace face, char[] text, int start, int limit, int flags) {
        Font font = face.awtFont();
        GlyphVector gv = font.layoutGlyphVector(FRC, text, start, limit, flags);
        int n = gv.getNumGlyphs();
        int[] codes = gv.getGlyphCodes(0, n, null);
        float[] pos = gv.getGlyphPositions(0, n + 1, null);
        int[] chars = gv.getGlyphCharIndices(0, n, null);
        int limitGid = face.numGlyphs();
        int missing = face.missingGlyph();
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (codes[i] >= 0 && codes[i] < limitGid) kept++;
        }
        int[] gids = new int[kept];
        float[] xs = new float[kept];
        float[] ys = new float[kept];
        int[] cl = new int[kept];
        int k = 0;
        for (int i = 0; i < n; i++) {
            // The JDK reports invisible glyphs (format and control characters) with codes past the font's glyphs.
            if (codes[i] < 0 || codes[i] >= limitGid) continue;
            gids[k] = codes[i] == 0 ? missing : codes[i];
            xs[k] = pos[2 * i];
            ys[k] = -pos[2 * i + 1];
            cl[k] = start + chars[i];
            k++;
        }
        return new Shaped(gids, xs, ys, cl, pos[2 * n], start);
    }
}
