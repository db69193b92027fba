package io.convert.typeset.emit;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import io.convert.typeset.internal.Segment;
import io.convert.typeset.internal.ShapedLine;
import java.awt.Color;
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
 * <li>Pass 2 draws the other glyphs (marks, connectors, raised or lowered glyphs), which copy
 * back as nothing: their text is already on their cluster's carrier. Drawn last, their offsets
 * and silent codes cannot split a word.</li>
 * <li>A cluster of several characters on one glyph (ligatures, letter + marks) gives each
 * character an invisible glyph of its own (see {@link #writeCarriers}).</li>
 * </ul>
 */
final class GlyphWriter {
    private static final String RLM = "\u200F";
    private static final String LRM = "\u200E";

    private final EmbeddedFonts fonts;
    private boolean rtlParagraph;
    private boolean mixed;
    private final StringBuilder out = new StringBuilder(1024);
    private EmbeddedFont currentFont;
    private float currentSize = -1;
    private Color currentColor;
    private boolean colorSet;

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
        for (Segment s : line.segments) writePass(s, x, y, true, usedFonts);
        for (Segment s : line.segments) writePass(s, x, y, false, usedFonts);
        out.append("ET\nQ\n");
        return out.toString();
    }

    private void writePass(Segment s, float lineX, float baseline, boolean first, List<EmbeddedFont> usedFonts) {
        int n = s.gids.length;
        float scale = s.scale();
        float originX = lineX + s.originX();
        float originY = baseline + s.rise();
        EmbeddedFont font = fonts.embedded(s.face);
        boolean selected = false;
        int i = 0;
        while (i < n) {
            boolean carriers = first && splits(s, i);
            if (!carriers && inFirstPass(s, i) != first) {
                i++;
                continue;
            }
            if (!selected) {
                if (!usedFonts.contains(font)) usedFonts.add(font);
                select(font, s.size(), s.style.color());
                selected = true;
            }
            if (carriers) out.append("3 Tr\n");
            out.append("1 0 0 1 ");
            num(originX + s.x[i] * scale).append(' ');
            num(originY + s.y[i] * scale).append(" Tm [");
            if (carriers) {
                writeCarriers(s, i, font);
                out.append("] TJ\n0 Tr\n");
                i++;
                continue;
            }
            float pen = s.x[i];
            int j = i;
            // one TJ for a run of glyphs of this pass at the same height
            while (j < n && inFirstPass(s, j) == first && !(first && splits(s, j)) && s.y[j] == s.y[i]) {
                if (j > i) {
                    float adjust = pen - s.x[j];
                    if (Math.abs(adjust) >= 0.005f) num(adjust);
                }
                String text = first ? textOf(s, j) : null;
                int cid = font.cid(s.gids[j], text, first ? shapedAdvance(s, j) : font.face().advance(s.gids[j]));
                hex4(cid);
                pen = s.x[j] + font.width(cid);
                j++;
            }
            out.append("] TJ\n");
            i = j;
        }
    }

    /**
     * A cluster of several characters drawn by one glyph (lam-alef, the Allah ligature, a letter
     * with its marks): its characters are written one per invisible glyph (render mode 3) across
     * the cluster's advance, in visual order, while the visible glyph is drawn in pass 2 with no
     * text. Extractors disagree on the order of a multi-character ToUnicode entry inside
     * right-to-left text (poppler reverses it, PDFBox keeps it); one character per glyph leaves
     * them nothing to disagree on.
     */
    private void writeCarriers(Segment s, int i, EmbeddedFont font) {
        int[] cps = s.text[i].codePoints().toArray();
        float each = shapedAdvance(s, i) / cps.length;
        for (int k = 0; k < cps.length; k++) {
            int cp = cps[s.rtl ? cps.length - 1 - k : k];
            hex4(font.cid(s.gids[i], new String(Character.toChars(cp)), each));
        }
    }

    /** Drawn in pass 1 as an ordinary glyph: carries one character's text and sits on the baseline. */
    private static boolean inFirstPass(Segment s, int i) {
        String t = s.text[i];
        return t != null && s.onBaseline(i) && t.codePointCount(0, t.length()) == 1;
    }

    /** Carries text but cannot be drawn in pass 1 (several characters, or off the baseline). */
    private static boolean splits(Segment s, int i) {
        return s.text[i] != null && !inFirstPass(s, i);
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
        out.append('<');
        for (int shift = 12; shift >= 0; shift -= 4) out.append(Character.forDigit((v >> shift) & 0xF, 16));
        out.append('>');
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
