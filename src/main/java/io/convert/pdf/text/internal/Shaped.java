package io.convert.pdf.text.internal;

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

    private Shaped(int[] gids, float[] x, float[] y, int[] cluster, float advance) {
        this.gids = gids;
        this.x = x;
        this.y = y;
        this.cluster = cluster;
        this.advance = advance;
    }

    /**
     * Shapes text[start, limit) in one direction. The whole array is passed to the shaper as
     * context, so letters at the ends join as they do inside the paragraph (a word broken across
     * lines keeps its joining forms).
     */
    public static Shaped shape(FontFace face, char[] text, int start, int limit, boolean rtl) {
        Font font = face.awtFont();
        GlyphVector gv = font.layoutGlyphVector(FRC, text, start, limit,
                rtl ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
        int n = gv.getNumGlyphs();
        int[] codes = gv.getGlyphCodes(0, n, null);
        float[] pos = gv.getGlyphPositions(0, n + 1, null);
        int[] chars = gv.getGlyphCharIndices(0, n, null);
        int limitGid = face.numGlyphs();
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
            gids[k] = codes[i];
            xs[k] = pos[2 * i];
            ys[k] = -pos[2 * i + 1];
            cl[k] = start + chars[i];
            k++;
        }
        return new Shaped(gids, xs, ys, cl, pos[2 * n]);
    }
}
