package io.convert.typeset.emit;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import io.convert.typeset.internal.FontFace;
import io.convert.typeset.internal.Segment;
import io.convert.typeset.internal.ShapedLine;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a shaped line as PDF text operators: glyph IDs (through the embedded fonts' CIDs) at the
 * positions HarfBuzz gave, unchanged. The text layer is arranged for extractors, which rebuild
 * words from glyph positions in drawing order and then apply their own bidi to visual lines:
 * <ul>
 * <li>Pass 1 draws, left to right, the one glyph of each cluster that carries its text
 * (ToUnicode), with a PDF width equal to the distance to the next carrier, so extractors see
 * neither gaps nor overlaps inside a word; spaces are real space glyphs, so words stay
 * separated.</li>
 * <li>Pass 2 draws the other glyphs (marks, connectors, raised or lowered glyphs, kashidas),
 * whose text is already on their cluster's carrier. They copy back as spaces that both
 * extractors drop, thanks to invisible plain spaces shown first at the edges of the spaces
 * nearest them or, where none is in reach, on the glyph itself (see {@link #silentCid}). Drawn
 * last, their offsets and codes cannot split a word.</li>
 * <li>A cluster of several characters on one glyph (ligatures, letter + marks) gives each
 * character an invisible glyph of its own (see {@link #writeCarriers}).</li>
 * </ul>
 */
final class GlyphWriter {
    private static final String RLM = "\u200F";
    private static final String LRM = "\u200E";
    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();
    /** How far short of the next word a space's right edge is shown (points). */
    private static final float EDGE_INSET = 0.05f;
    /** Slack kept on PDFBox's duplicate test (points), for rounding. */
    private static final float SUPPRESS_MARGIN = 0.25f;
    /** Silent glyphs are widened in steps (1000-unit glyph space), so that few copies are needed. */
    private static final float WIDTH_STEP = 250f;
    /** How far (1000-unit glyph space) the invisible marks of a twinned cluster that fills its room reach either side of its end. */
    private static final float STRADDLE = 1f;
    /** Widest advance a glyph copy can have (TrueType advances are 16-bit). */
    private static final float MAX_WIDTH = 65000f;

    private final EmbeddedFonts fonts;
    private boolean rtlParagraph;
    private boolean mixed;
    private final StringBuilder out = new StringBuilder(1024);
    private final char[] hexCode = {'<', '0', '0', '0', '0', '>'};
    private EmbeddedFont currentFont;
    private float currentSize = -1;
    private Color currentColor;
    private boolean colorSet;
    /** Where the line can show a plain space (U+0020) before its silent glyphs, in points. */
    private final List<Spot> spaceEdges = new ArrayList<>();
    private final List<Space> spaces = new ArrayList<>();
    /** Where the line's mark glyphs are. */
    private final List<MarkSpot> markSpots = new ArrayList<>();
    /** The line's left edge and baseline (points). */
    private float lineX, lineY;

    GlyphWriter(EmbeddedFonts fonts) {
        this.fonts = fonts;
    }

    /** The operators that draw {@code line} with its left edge at {@code x} and its baseline at {@code y}. */
    String write(ShapedLine line, float x, float y, List<EmbeddedFont> usedFonts) {
        out.setLength(0);
        rtlParagraph = line.paragraph.rtlBase();
        mixed = line.segments.stream().anyMatch(seg -> seg.rtl);
        currentFont = null;
        currentSize = -1;
        colorSet = false;
        out.append("q\nBT\n");
        lineX = x;
        lineY = y;
        markSpots.clear();
        for (Segment s : line.segments) findMarkSpots(s);
        spaceEdges.clear();
        spaces.clear();
        for (Segment s : line.segments) findSpaceEdges(s);
        int edgesAt = out.length();
        List<Passes> passes = new ArrayList<>(line.segments.size());
        for (Segment s : line.segments) passes.add(Passes.of(s));
        for (Passes p : passes) writePass(p, x, y, true, usedFonts);
        for (Passes p : passes) writeAnchors(p, usedFonts);
        for (Passes p : passes) writePass(p, x, y, false, usedFonts);
        // The edges some glyph was measured against are known only now, and go first.
        int end = out.length();
        currentFont = null;
        currentSize = -1;
        writeUsedEdges(usedFonts);
        String edges = out.substring(end);
        out.setLength(end);
        out.insert(edgesAt, edges);
        out.append("ET\nQ\n");
        return out.toString();
    }

    private void writePass(Passes p, float lineX, float baseline, boolean first, List<EmbeddedFont> usedFonts) {
        Segment s = p.segment;
        int n = s.gids.length;
        float scale = s.scale();
        float originX = lineX + s.originX();
        float originY = baseline + s.rise();
        EmbeddedFont font = fonts.embedded(s.face);
        boolean selected = false;
        int i = 0;
        while (i < n) {
            boolean carriers = first && p.splits[i];
            if (!carriers && p.first[i] != first) {
                i++;
                continue;
            }
            if (!selected) {
                if (!usedFonts.contains(font)) usedFonts.add(font);
                select(font, s.size(), s.style.color());
                selected = true;
            }
            if (carriers && !leadsCarriers(s, i)) out.append("3 Tr\n");
            out.append("1 0 0 1 ");
            num(originX + s.x[i] * scale).append(' ');
            num(originY + s.y[i] * scale).append(" Tm [");
            if (carriers) {
                writeCarriers(s, i, font);
                i++;
                continue;
            }
            float pen = s.x[i];
            int j = i;
            // one TJ for a run of glyphs of this pass at the same height
            while (j < n && p.first[j] == first && !(first && p.splits[j]) && s.y[j] == s.y[i]) {
                if (j > i) {
                    float adjust = pen - s.x[j];
                    if (Math.abs(adjust) >= 0.005f) num(adjust);
                }
                boolean twin = !first && twinned(s, j);
                if (twin) writeFence(s, j, font, false, 0);
                int cid = first ? font.cid(s.gids[j], textOf(s, j), shapedAdvance(s, j))
                        : twin ? twinCid(s, j, font)
                        : silentCid(s, j, font, silentWidth(s, j, glyphX(s, j), glyphY(s, j)));
                hex4(cid);
                if (twin) writeFence(s, j, font, false, font.width(cid));
                pen = s.x[j] + font.width(cid);
                j++;
            }
            out.append("] TJ\n");
            i = j;
        }
    }

    /**
     * Notes where the mark glyphs of {@code s} are. A loop over glyphs in a method of its own, as
     * in {@link #findSpaceEdges}: in {@link #write}, a long line made the JIT compile
     * {@code write}, with the passes it inlines, once more for that loop alone (on-stack
     * replacement).
     */
    private void findMarkSpots(Segment s) {
        for (int i = 0; i < s.gids.length; i++) {
            if (s.mark[i]) markSpots.add(new MarkSpot(s, s.cluster[i], glyphX(s, i)));
        }
    }

    /**
     * Finds where a plain space (U+0020) can be shown, invisibly and before anything else of the
     * line, at both edges of each of its spaces, so that the line's other glyphs can copy back as
     * a space that both extractors drop (see {@link #silentCid}). Where the space itself copies
     * back as a plain space its left edge needs nothing more; otherwise the left edge is drawn a
     * hair inside the space, so that extractors sorting by position keep it after the space and
     * its bidi mark (PDFBox's reordering of the line depends on them); the right edge is drawn a
     * hair short of the next word, so that it stays between the words. Only the edges of spaces
     * that some glyph was measured against are shown ({@link #writeUsedEdges}).
     */
    private void findSpaceEdges(Segment s) {
        for (int i = 0; i < s.gids.length; i++) {
            String t = s.text[i];
            if (t == null || t.codePointCount(0, t.length()) != 1 || !Character.isWhitespace(t.codePointAt(0))) continue;
            float left = glyphX(s, i), right = left + shapedAdvance(s, i) * s.scale() - EDGE_INSET;
            float y = glyphY(s, i);
            Space space = new Space(s, i, " ".equals(textOf(s, i)) ? new float[] {right} : new float[] {left + EDGE_INSET, right}, y);
            spaces.add(space);
            for (float x : space.edges) spaceEdges.add(new Spot(x, y, space));
            spaceEdges.add(new Spot(left, y, space));
        }
    }

    /**
     * Shows the edges of the spaces some glyph was measured against, one text object per
     * segment and baseline, the pen moved from edge to edge inside it: a text matrix for each
     * edge, or edges for every space, made the content streams of Arabic pages about twice as big.
     */
    private void writeUsedEdges(List<EmbeddedFont> usedFonts) {
        Segment segment = null;
        boolean open = false;
        float pen = 0, penY = 0;
        for (Space space : spaces) {
            if (!space.used) continue;
            Segment s = space.segment;
            if (s != segment) {
                if (open) out.append("] TJ\n");
                if (segment == null) out.append("3 Tr\n");
                EmbeddedFont font = fonts.embedded(s.face);
                if (!usedFonts.contains(font)) usedFonts.add(font);
                select(font, s.size(), s.style.color());
                segment = s;
                open = false;
            }
            int cid = currentFont.cid(s.gids[space.glyph], " ", 0);
            for (float edge : space.edges) {
                float x = edge;
                if (open && space.y == penY) {
                    // Whole thousandths of an em from where the pen is: each edge at most
                    // 0.01 pt off, well inside SUPPRESS_MARGIN.
                    int adjust = Math.round((pen - edge) * 1000 / s.size());
                    out.append(adjust);
                    x = pen - adjust * s.size() / 1000;
                } else {
                    if (open) out.append("] TJ\n");
                    out.append("1 0 0 1 ");
                    num(edge).append(' ');
                    num(space.y).append(" Tm [");
                    open = true;
                    penY = space.y;
                }
                hex4(cid);
                pen = x + currentFont.width(cid) * s.size() / 1000;
            }
        }
        if (open) out.append("] TJ\n0 Tr\n");
    }

    /**
     * The code for a glyph whose text another glyph carries (a mark, a ligature drawn over
     * invisible carriers, a connector, a kashida). PDF/UA and PDF/A want it to map to some text,
     * and the extractors must not see that text: it copies back as a plain space, which poppler
     * drops, and PDFBox takes it for a repeat of a space already shown nearby: PDFBox drops a
     * glyph whose text an earlier one shows within a third of its width (fake bold). That earlier
     * space is one of the line's space edges ({@link #findSpaceEdges}) when the glyph's width
     * reaches one ({@code width}, from {@link #silentWidth}), else the anchor drawn on the glyph's
     * origin ({@link #writeAnchors}; {@code width} NaN).
     */
    private int silentCid(Segment s, int j, EmbeddedFont font, float width) {
        int gid = s.gids[j];
        if (Float.isNaN(width)) {
            // anchored: PDFBox's repeat test reaches a third of the width, so a glyph without
            // advance (a mark) would repeat nothing, not even an anchor on its very origin
            float own = s.face.advance(gid);
            width = own > 0 ? own : WIDTH_STEP;
        }
        return font.cid(gid, " ", width);
    }

    /**
     * The PDF width from which PDFBox drops silent glyph {@code j}, drawn at (x, y), as a repeat
     * of one of the line's space edges: its own advance where that reaches one; else, for a mark,
     * which has no room of its own to keep, a wider copy. NaN when neither works (no space on the
     * line, a glyph other than a mark, whose width is where tools look for the marks over it): the
     * glyph is then anchored. Anchoring rather than widening such glyphs spares comparing every
     * outline of the font, which widening them safely required (over a second of a cold run).
     */
    private float silentWidth(Segment s, int j, float x, float y) {
        float own = s.face.advance(s.gids[j]);
        float needed = droppedWidth(s, x, y);
        if (own >= needed) return own;
        float wide = (float) Math.ceil(needed / WIDTH_STEP) * WIDTH_STEP;
        return Float.isNaN(needed) || wide > MAX_WIDTH || !s.mark[j] ? Float.NaN : wide;
    }

    /**
     * Before pass 2, an anchor for each silent glyph that no space edge can stand for
     * ({@link #silentWidth}): the glyph's own code (a space to extractors), invisible and upside
     * down, on the glyph's origin. PDFBox keeps the anchor and then drops the glyph, a space on
     * the same spot, as its repeat. Upside down, the anchor is text of another direction, which
     * PDFBox sorts apart from the page's lines: the anchors of a line join no word and come out
     * after the page's text as a line of spaces or two (a quarter turn made a line per anchor:
     * 314 lines instead of 47 on the vowelled article). Poppler drops spaces (pdftotext's text of
     * every measured PDF stayed the same). Invisible, the anchor changes no pixel, and pdfcheck
     * skips it. Drawn before the pass, not inside the glyph's TJ, it leaves that TJ's positions
     * as they were (restarting the TJ at the glyph's origin moved a few pixels).
     */
    private void writeAnchors(Passes p, List<EmbeddedFont> usedFonts) {
        Segment s = p.segment;
        EmbeddedFont font = fonts.embedded(s.face);
        boolean selected = false;
        for (int j = 0; j < s.gids.length; j++) {
            if (p.first[j] || twinned(s, j)) continue;
            float x = glyphX(s, j), y = glyphY(s, j);
            if (!Float.isNaN(silentWidth(s, j, x, y))) continue;
            if (!selected) {
                if (!usedFonts.contains(font)) usedFonts.add(font);
                select(font, s.size(), s.style.color());
                out.append("3 Tr\n");
                selected = true;
            }
            out.append("-1 0 0 -1 ");
            num(x).append(' ');
            num(y).append(" Tm [");
            hex4(silentCid(s, j, font, Float.NaN));
            out.append("] TJ\n");
        }
        if (selected) out.append("0 Tr\n");
    }

    /**
     * The PDF width (1000-unit glyph space) from which PDFBox takes a space shown at (x, y) for a
     * repeat of one of the line's space edges; NaN when the line has none. The space whose edge
     * is nearest is marked to be shown ({@link #writeUsedEdges}), also when the caller only
     * weighs its options: an edge too many costs a few bytes, one too few a failed check.
     */
    private float droppedWidth(Segment s, float x, float y) {
        float distance = Float.MAX_VALUE;
        Spot nearest = null;
        for (Spot e : spaceEdges) {
            float d = Math.max(Math.abs(x - e.x()), Math.abs(y - e.y()));
            if (d < distance) {
                distance = d;
                nearest = e;
            }
        }
        if (nearest != null) nearest.space().used = true;
        return distance == Float.MAX_VALUE ? Float.NaN : 3 * (distance + SUPPRESS_MARGIN) * FontFace.LAYOUT_SIZE / s.size();
    }

    private record Spot(float x, float y, Space space) {}

    /** A space of the line, where invisible plain spaces are shown when a glyph needs them. */
    private static final class Space {
        final Segment segment;
        final int glyph;
        final float[] edges;
        final float y;
        boolean used;

        Space(Segment segment, int glyph, float[] edges, float y) {
            this.segment = segment;
            this.glyph = glyph;
            this.edges = edges;
            this.y = y;
        }
    }

    /** A mark glyph and its origin's x (points). */
    private record MarkSpot(Segment segment, int cluster, float x) {}

    /**
     * A cluster of several characters drawn by one glyph (lam-alef, the Allah ligature, a letter
     * with its marks): its characters are written one per glyph across the cluster's advance, in
     * visual order: the visible glyph carries the first where it can ({@link #leadsCarriers},
     * {@link #twinned}), invisible copies of it (render mode 3) the others; otherwise all are
     * invisible and the visible glyph is drawn in pass 2. Extractors disagree on the order of a
     * multi-character ToUnicode entry inside right-to-left text (poppler reverses it, PDFBox keeps
     * it); one character per glyph leaves them nothing to disagree on.
     */
    private void writeCarriers(Segment s, int i, EmbeddedFont font) {
        int[] cps = s.text[i].codePoints().toArray();
        int n = cps.length;
        float room = shapedAdvance(s, i);
        float start = 0, end = room;
        int k = 0;
        if (leadsCarriers(s, i) || twinned(s, i)) {
            float own = Math.min(font.face().advance(s.gids[i]), room);
            if (twinned(s, i)) {
                writeTwin(s, i, font);
                start = own;
                if (room - own < 2 * STRADDLE) {
                    start = room - STRADDLE;
                    end = room + STRADDLE;
                }
                moveTo(s, i, start);
            } else {
                hex4(font.cid(s.gids[i], visualChar(s, cps, 0), own));
                out.append("] TJ\n3 Tr\n[");
                start = Math.min(own, room / n);
                if (own - start >= 0.005f) num(own - start);
            }
            k = 1;
        }
        float each = (end - start) / (n - k);
        for (; k < n; k++) hex4(font.cid(s.gids[i], visualChar(s, cps, k), each));
        out.append("] TJ\n0 Tr\n");
    }

    /**
     * Glyph {@code i} of a twinned cluster ({@link #twinned}) carrying the first character of the
     * cluster in visual order: drawn invisibly in pass 1, where the extractors read the cluster's
     * text, and visibly in pass 2, where it always was drawn (so the pages stay the same to the
     * pixel). Each copy is fenced by invisible spaces ({@link #writeFence}), so that to poppler
     * the two copies make two one-letter words in the same place, and it discards the second as
     * a duplicate; PDFBox drops the second as a letter drawn twice (fake bold). Written into the
     * TJ the pass opened at the glyph's origin.
     */
    private void writeTwin(Segment s, int i, EmbeddedFont font) {
        writeFence(s, i, font, true, 0);
        int twin = twinCid(s, i, font);
        hex4(twin);
        writeFence(s, i, font, true, font.width(twin));
        out.append("] TJ\n");
    }

    private int twinCid(Segment s, int i, EmbeddedFont font) {
        int[] cps = s.text[i].codePoints().toArray();
        return font.cid(s.gids[i], visualChar(s, cps, 0), Math.min(font.face().advance(s.gids[i]), shapedAdvance(s, i)));
    }

    /**
     * Inside an open TJ whose pen is {@code offset} past glyph {@code i}'s origin, an invisible
     * space at that origin that leaves the pen where it was: poppler drops it and ends its word
     * there; PDFBox drops it as a repeat of one of the line's space edges, which its width
     * reaches ({@link #silentCid}).
     */
    private void writeFence(Segment s, int i, EmbeddedFont font, boolean invisible, int offset) {
        int fence = font.cid(s.gids[i], " ", fenceWidth(s, i));
        if (!invisible) out.append("] TJ\n3 Tr\n[");
        if (offset != 0) num(offset);
        hex4(fence);
        num(font.width(fence) - offset);
        if (!invisible) out.append("] TJ\n0 Tr\n[");
    }

    /** The width a fence at glyph {@code i} needs, or NaN when no space edge of the line is within reach. */
    private float fenceWidth(Segment s, int i) {
        float needed = droppedWidth(s, glyphX(s, i), glyphY(s, i));
        float wide = (float) Math.ceil(needed / WIDTH_STEP) * WIDTH_STEP;
        return Float.isNaN(needed) || wide > MAX_WIDTH ? Float.NaN : wide;
    }

    /** Starts a TJ at glyph {@code i}'s origin moved right by {@code dx} (1000-unit glyph space). */
    private void moveTo(Segment s, int i, float dx) {
        out.append("1 0 0 1 ");
        num(lineX + s.originX() + (s.x[i] + dx) * s.scale()).append(' ');
        num(glyphY(s, i)).append(" Tm [");
    }

    /** Where glyph {@code i}'s origin is on the page, across (points). */
    private float glyphX(Segment s, int i) {
        return lineX + s.originX() + s.x[i] * s.scale();
    }

    /** Where glyph {@code i}'s origin is on the page, up (points). */
    private float glyphY(Segment s, int i) {
        return lineY + s.rise() + s.y[i] * s.scale();
    }

    /** The {@code k}th character of a cluster's text in visual order. */
    private static String visualChar(Segment s, int[] cps, int k) {
        return new String(Character.toChars(cps[s.rtl ? cps.length - 1 - k : k]));
    }

    /**
     * Whether the visible glyph of a cluster of several characters carries the first of them in
     * visual order itself (the others ride on invisible glyphs after it), instead of being drawn
     * in pass 2 with none: so for ligatures of letters (lam-alef, Amiri's meem-hah), whose PDF
     * width stays the glyph's own advance where that fits the cluster, and the invisible glyphs
     * share the rest of the room, or overlap the glyph when it has none left. Not when the
     * cluster has a mark or modifier character ({@link #twinned} then): PDFBox merges such a
     * character into a glyph whose box holds it, which would reorder the cluster's text. Nor when
     * a character repeats (Segment's merged echoes, Amiri's stacked جج): close to the glyph, the
     * repeat would look to PDFBox like the same letter drawn twice, and be dropped.
     */
    private static boolean leadsCarriers(Segment s, int i) {
        String t = s.text[i];
        if (t == null || !s.onBaseline(i) || t.codePointCount(0, t.length()) < 2) return false;
        if (t.codePoints().distinct().count() < t.codePointCount(0, t.length())) return false;
        return t.codePoints().noneMatch(GlyphWriter::attaches);
    }

    /**
     * Whether the visible glyph of a cluster of a letter and marks carries the letter through a
     * twin ({@link #writeTwin}): when the letter comes first in visual order (a mark handed on
     * from the letter before, as in مُسيرة), the glyph fits its room, and no more marks are drawn
     * within an em of it than the cluster has (the mark's invisible glyphs then sit at the edge
     * of the room, where among many marks extractors were measured to misplace them). The other
     * characters ride on invisible glyphs just past the letter's box, so that PDFBox does not
     * merge them into it. Right-to-left runs only: in Indic clusters (a conjunct, a vowel sign
     * drawn before its consonant) the twin's fences split the word for both extractors, and its
     * marks straddling the room's end were read after the next cluster; their characters spread
     * across the room on invisible glyphs instead copy back whole.
     */
    private boolean twinned(Segment s, int i) {
        String t = s.text[i];
        if (!s.rtl || t == null || !s.onBaseline(i) || t.codePointCount(0, t.length()) < 2) return false;
        int[] cps = t.codePoints().toArray();
        if (Arrays.stream(cps).distinct().count() < cps.length || attaches(cps[cps.length - 1])) return false;
        long attaching = Arrays.stream(cps).filter(GlyphWriter::attaches).count();
        float room = shapedAdvance(s, i);
        if (attaching == 0 || s.face.advance(s.gids[i]) > room + 0.5f || Float.isNaN(fenceWidth(s, i))) return false;
        float from = glyphX(s, i), to = from + room * s.scale(), em = s.size();
        return markSpots.stream().filter(m -> m.x() > from - em && m.x() < to + em).count() <= attaching;
    }

    private static boolean attaches(int cp) {
        return switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                    Character.MODIFIER_LETTER, Character.MODIFIER_SYMBOL -> true;
            default -> false;
        };
    }

    /**
     * For each glyph of a segment, whether pass 1 draws it ({@code first}: an ordinary glyph, or
     * one that leads its cluster's carriers) and whether it carries text that it cannot show as an
     * ordinary glyph ({@code splits}: several characters, or off the baseline), asked once per
     * glyph: the passes and the anchors asked for every glyph, up to four times, and each of those
     * questions, inlined with the code-point streams of {@link #leadsCarriers}, was compiled
     * into each of them again.
     */
    private record Passes(Segment segment, boolean[] first, boolean[] splits) {
        static Passes of(Segment s) {
            int n = s.gids.length;
            boolean[] first = new boolean[n], splits = new boolean[n];
            for (int i = 0; i < n; i++) {
                boolean ordinary = inFirstPass(s, i);
                first[i] = ordinary || leadsCarriers(s, i);
                splits[i] = s.text[i] != null && !ordinary;
            }
            return new Passes(s, first, splits);
        }
    }

    /** Drawn in pass 1 as an ordinary glyph: carries one character's text and sits on the baseline. */
    private static boolean inFirstPass(Segment s, int i) {
        String t = s.text[i];
        return t != null && s.onBaseline(i) && t.codePointCount(0, t.length()) == 1;
    }

    /** Distance from a text-carrying glyph to the next one of the segment (glyphs without text have no room of their own). */
    private static float shapedAdvance(Segment s, int i) {
        for (int k = i + 1; k < s.gids.length; k++) {
            if (s.text[k] != null) return s.x[k] - s.x[i];
        }
        return s.advance() - s.x[i];
    }

    /**
     * The ToUnicode text of a first-pass glyph. In a right-to-left paragraph, a character of a
     * right-to-left run that is not itself strongly right-to-left (space, comma, colon, bracket,
     * percent sign) carries a RIGHT-TO-LEFT MARK after it, in drawing order. Extractors rebuild
     * the logical order of a visual line with crude rules of their own: poppler pulls such a
     * character into the left-to-right run (digits, Latin) beside it, so "النار 30 يومًا" came out
     * as "النار 30يومًا", "لافروف، اليوم" as "لافروف ،اليوم" and "(UN)" as "()UN". Measured with
     * pdftotext and PDFBox on the seed and on mixed lines, a mark after the character fixes
     * poppler without hurting PDFBox; marks on both sides, or before, broke PDFBox's
     * reordering. The mirror case, a left-to-right paragraph with right-to-left text in the
     * line, gets a LEFT-TO-RIGHT MARK before each such character of its left-to-right runs
     * ("(العربية) is" came out as "( )العربية is"). The marks are invisible and ignored when
     * texts are compared.
     */
    private String textOf(Segment s, int i) {
        String t = s.text[i];
        if (t == null || rtlParagraph != s.rtl) return t;
        int direction = UCharacter.getDirection(t.codePointAt(0));
        if (rtlParagraph) {
            boolean strong = direction == UCharacterDirection.RIGHT_TO_LEFT || direction == UCharacterDirection.RIGHT_TO_LEFT_ARABIC;
            return strong ? t : t + RLM;
        }
        boolean strong = direction == UCharacterDirection.LEFT_TO_RIGHT || direction == UCharacterDirection.EUROPEAN_NUMBER;
        return strong || !mixed ? t : LRM + t;
    }

    private void select(EmbeddedFont font, float size, Color color) {
        if (font != currentFont || size != currentSize) {
            out.append('/').append(font.resourceName().getName()).append(' ');
            num(size).append(" Tf\n");
            currentFont = font;
            currentSize = size;
        }
        if (!colorSet || !java.util.Objects.equals(color, currentColor)) {
            Color c = color == null ? Color.BLACK : color;
            num(c.getRed() / 255f).append(' ');
            num(c.getGreen() / 255f).append(' ');
            num(c.getBlue() / 255f).append(" rg\n");
            currentColor = color;
            colorSet = true;
        }
    }

    private void hex4(int v) {
        // Filled and appended whole: one append per glyph instead of six, which the quick (C1)
        // compiler the launcher uses does not merge.
        for (int k = 0; k < 4; k++) hexCode[1 + k] = HEX_DIGITS[(v >> (12 - 4 * k)) & 0xF];
        out.append(hexCode);
    }

    /** Appends a number with at most three decimals and no exponent, as PDF wants it. */
    private StringBuilder num(float v) {
        long scaled = Math.round(v * 1000.0);
        if (scaled < 0) {
            out.append('-');
            scaled = -scaled;
        }
        out.append(scaled / 1000);
        int frac = (int) (scaled % 1000);
        if (frac != 0) {
            out.append('.').append((char) ('0' + frac / 100));
            if (frac % 100 != 0) {
                out.append((char) ('0' + frac / 10 % 10));
                if (frac % 10 != 0) out.append((char) ('0' + frac % 10));
            }
        }
        return out;
    }
}
