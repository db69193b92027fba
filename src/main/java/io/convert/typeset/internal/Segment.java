package io.convert.typeset.internal;

import io.convert.typeset.TextStyle;

/**
 * A shaped piece of a line: one face, one style, one direction, glyphs in visual order. Besides
 * the glyphs it knows, for the text layer, which glyph of each shaping cluster carries the
 * cluster's text ({@link #text}; null for the other glyphs of the cluster: marks, connectors,
 * second halves of split letters).
 */
public final class Segment {
    public final FontFace face;
    public final TextStyle style;
    public final boolean rtl;
    public final int[] gids;
    /** Glyph positions in 1000-unit glyph space, relative to the segment's origin; y up. */
    public final float[] x;
    public final float[] y;
    public final int[] cluster;
    public final boolean[] mark;
    public final String[] text;
    /** How far (points) a letter may sit off the baseline and still carry its text: under poppler's half point. */
    private static final float BASELINE_SLACK = 0.4f;
    /** The one-character carrier texts met so far, by character, up to the CJK blocks (see {@link #text}). */
    private static final String[] ONE_CHAR = new String[0x3000];

    /** Paragraph range of the segment. */
    public final int start, limit;
    /** Advance in 1000-unit glyph space (grows when the line is justified). */
    float advance;
    /** Offset of the segment's origin from the line's left edge, in points. */
    float originX;

    Segment(Paragraph p, int start, int limit, boolean rtl) {
        this.face = p.face[start];
        this.style = p.style[start];
        this.rtl = rtl;
        this.start = start;
        this.limit = limit;
        Shaped s = p.shaped(start, limit, rtl);
        this.gids = s.gids;
        this.x = s.x;
        this.y = s.y;
        this.cluster = s.cluster;
        this.advance = s.advance;
        this.mark = new boolean[gids.length];
        for (int i = 0; i < gids.length; i++) mark[i] = face.isMark(gids[i]);
        this.text = carriers(p);
    }

    public float size() {
        return effectiveSize(style);
    }

    /** Baseline shift in points. */
    public float rise() {
        return style.shift().rise * style.size();
    }

    public float scale() {
        return size() / FontFace.LAYOUT_SIZE;
    }

    public float originX() {
        return originX;
    }

    /** Advance in 1000-unit glyph space. */
    public float advance() {
        return advance;
    }

    /** Width in points. */
    public float width() {
        return advance * scale();
    }

    static float effectiveSize(TextStyle style) {
        return style.size() * style.shift().size;
    }

    /**
     * Whether a glyph sits on the baseline as an ordinary glyph (drawn in the first pass). Cursive
     * attachment lowers some letters by a few hundredths of an em (Amiri's initial meem before
     * hah, its dad before hah); poppler keeps a character in its word while its baseline stays
     * within half a point, so such a letter still carries its own text. Without this it mapped
     * to no text, which PDF/A and PDF/UA forbid.
     */
    public boolean onBaseline(int i) {
        return !mark[i] && Math.abs(y[i]) * scale() <= BASELINE_SLACK;
    }

    /**
     * Gives every cluster's text to one of its glyphs on the baseline. A cluster with no such
     * glyph (all its glyphs raised or marks) hands its text to the next cluster in logical order,
     * or the previous one at the end, so the word's text stays on the baseline, in one piece.
     */
    private String[] carriers(Paragraph p) {
        String[] result = new String[gids.length];
        int n = gids.length;
        if (n == 0) return result;
        int[] order = logicalOrder();
        StringBuilder pending = new StringBuilder();
        int lastCarrier = -1;
        int k = 0;
        while (k < n) {
            int c = cluster[order[k]];
            int end = k;
            while (end < n && cluster[order[end]] == c) end++;
            int next = end < n ? cluster[order[end]] : limit;
            int carrier = -1;
            for (int m = k; m < end; m++) {
                if (onBaseline(order[m]) && (carrier == -1 || order[m] < carrier)) carrier = order[m];
            }
            for (int ch = c; ch < next; ch++) {
                if (!p.inserted[ch] && p.text[ch] != '\n') pending.append(p.text[ch]);
            }
            if (carrier != -1 && pending.length() > 0) {
                result[carrier] = text(pending);
                pending.setLength(0);
                lastCarrier = carrier;
            }
            k = end;
        }
        if (pending.length() > 0) {
            int target = lastCarrier != -1 ? lastCarrier : order[0];
            result[target] = (result[target] == null ? "" : result[target]) + pending;
        }
        mergeEchoes(result);
        return result;
    }

    /**
     * {@code pending} as a string; one character, the text of most glyphs, as the one string
     * kept for it, so that a page does not make a string for every glyph it draws (and the
     * embedded font's look-up of the glyph's code finds the same string again).
     */
    private static String text(StringBuilder pending) {
        if (pending.length() == 1) {
            char c = pending.charAt(0);
            if (c < ONE_CHAR.length) {
                // Filled as met, without a lock: two threads at worst make equal strings.
                String s = ONE_CHAR[c];
                if (s == null) ONE_CHAR[c] = s = String.valueOf(c);
                return s;
            }
        }
        return pending.toString();
    }

    /**
     * Joins two neighbouring carriers of the same letter when the first is so narrow that the
     * second starts within a third of its own width of it: PDFBox takes such a pair for a
     * letter drawn twice (fake bold) and drops one, as Amiri's stacked خخ and حح at the end of
     * a word showed. The pair's text goes to the first glyph, which then copies back as two
     * letters spread over both glyphs' room.
     */
    private void mergeEchoes(String[] result) {
        int previous = -1;
        for (int k = 0; k < result.length; k++) {
            if (result[k] == null) continue;
            if (previous != -1 && result[k].equals(result[previous]) && result[k].codePointCount(0, result[k].length()) == 1
                    && x[k] - x[previous] < widthOfCarrier(result, k) / 3) {
                result[previous] = result[previous] + result[k];
                result[k] = null;
                previous = -1;
                continue;
            }
            previous = k;
        }
    }

    /** The room of carrier {@code k}: up to the next carrier, or to the segment's end. */
    private float widthOfCarrier(String[] result, int k) {
        for (int m = k + 1; m < result.length; m++) {
            if (result[m] != null) return x[m] - x[k];
        }
        return advance - x[k];
    }

    /**
     * Glyph indices in logical order of their clusters. HarfBuzz keeps clusters monotonic (in
     * visual order, rising for left-to-right runs and falling for right-to-left ones), so this is
     * the visual order or its reverse; other orders are sorted.
     */
    private int[] logicalOrder() {
        int n = gids.length;
        int[] order = new int[n];
        boolean monotonic = true;
        for (int k = 0; k < n; k++) {
            order[k] = rtl ? n - 1 - k : k;
            if (k > 0 && cluster[order[k]] < cluster[order[k - 1]]) monotonic = false;
        }
        if (monotonic) return order;
        return java.util.stream.IntStream.range(0, n).boxed()
                .sorted((a, b) -> cluster[a] != cluster[b] ? Integer.compare(cluster[a], cluster[b]) : Integer.compare(a, b))
                .mapToInt(Integer::intValue).toArray();
    }
}
