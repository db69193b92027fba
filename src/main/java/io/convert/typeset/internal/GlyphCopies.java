package io.convert.typeset.internal;

import static io.convert.typeset.internal.SfntDirectory.u16;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Appends copies of glyphs with advances of their own to a TrueType font (glyf outlines), and
 * drops every glyph's hinting instructions. The PDF writer draws every glyph at an explicit
 * position, and gives a text-carrying glyph the PDF width its extractors need (its shaped
 * advance); PDF/A and PDF/UA want that width to be the font program's too, so such a glyph is
 * drawn through a copy whose advance is that width. The outline is the original's bytes, so the
 * copy renders identically.
 *
 * <p>The instructions (TrueType hinting) were 40% of the outline bytes of the Noto faces, so
 * about a third of each embedded subset, compressed again in every PDF; PDF viewers draw at
 * arbitrary scales and mostly ignore them (pdf.js, and Poppler's default). The font-wide
 * programs ({@code fpgm}, {@code prep}, {@code cvt }) stay, as ISO 32000-1 9.9 asks of an
 * embedded TrueType program that had them; with no glyph calling into them they only set up
 * the rasteriser.
 */
public final class GlyphCopies {
    // Component flags of a composite glyph (OpenType glyf table).
    private static final int ARG_1_AND_2_ARE_WORDS = 0x0001, WE_HAVE_A_SCALE = 0x0008, WE_HAVE_AN_X_AND_Y_SCALE = 0x0040,
            WE_HAVE_A_TWO_BY_TWO = 0x0080;
    static final int MORE_COMPONENTS = 0x0020, WE_HAVE_INSTRUCTIONS = 0x0100;

    private GlyphCopies() {
    }

    /** The number of glyphs of a TrueType font: copies are numbered from it on. */
    public static int glyphCount(byte[] font) throws IOException {
        byte[] maxp = SfntDirectory.of(font).table("maxp");
        if (maxp == null || maxp.length < 6) throw new IOException("font without maxp table");
        return u16(maxp, 4);
    }

    /**
     * {@code font} with glyph {@code glyphCount + i} a copy of glyph {@code sources[i]} advancing
     * {@code advances[i]} (1000-unit glyph space, as in PDF), every glyph without instructions;
     * all metrics become full (advance, side bearing) pairs.
     */
    public static byte[] append(byte[] font, int[] sources, int[] advances) throws IOException {
        SfntDirectory dir = SfntDirectory.of(font);
        Map<String, byte[]> tables = new TreeMap<>();
        for (String tag : dir.tags()) tables.put(tag, dir.table(tag));
        byte[] head = tables.get("head"), maxp = tables.get("maxp"), hhea = tables.get("hhea");
        byte[] loca = tables.get("loca"), glyf = tables.get("glyf"), hmtx = tables.get("hmtx");
        if (head == null || maxp == null || hhea == null || loca == null || glyf == null || hmtx == null) {
            throw new IOException("not a TrueType font with outlines");
        }
        boolean longLoca = u16(head, 50) == 1;
        int glyphs = u16(maxp, 4), metrics = u16(hhea, 34), total = glyphs + sources.length;
        int unitsPerEm = u16(head, 18);
        if (total > 0xFFFF) throw new IOException("too many glyphs");

        int[] offsets = new int[glyphs + 1];
        for (int g = 0; g <= glyphs; g++) offsets[g] = SfntDirectory.glyphStart(loca, 0, g, longLoca);
        ByteArrayOutputStream outlines = new ByteArrayOutputStream(glyf.length);
        byte[] newLoca = new byte[4 * (total + 1)];
        for (int g = 0; g < total; g++) {
            int src = g < glyphs ? g : sources[g - glyphs];
            writeUnhinted(glyf, offsets[src], offsets[src + 1], outlines);
            // Glyph data starts on 4-byte boundaries, as renderers prefer; padding ends the glyph before.
            pad(outlines);
            put32(newLoca, 4 * (g + 1), outlines.size());
        }

        byte[] newHmtx = new byte[4 * total];
        int widest = 0;
        for (int g = 0; g < total; g++) {
            int src = g < glyphs ? g : sources[g - glyphs];
            int advance = g < glyphs ? u16(hmtx, 4 * Math.min(src, metrics - 1))
                    : Math.round(advances[g - glyphs] * unitsPerEm / 1000f);
            int lsbAt = src < metrics ? 4 * src + 2 : 4 * metrics + 2 * (src - metrics);
            put16(newHmtx, 4 * g, advance);
            newHmtx[4 * g + 2] = hmtx[lsbAt];
            newHmtx[4 * g + 3] = hmtx[lsbAt + 1];
            widest = Math.max(widest, advance);
        }
        put16(head, 50, 1);
        put32(head, 8, 0);
        put16(maxp, 4, total);
        put16(hhea, 34, total);
        put16(hhea, 10, Math.max(widest, u16(hhea, 10)));
        tables.put("loca", newLoca);
        tables.put("glyf", outlines.toByteArray());
        tables.put("hmtx", newHmtx);
        return font(tables);
    }

    /**
     * The bytes of one component of a composite glyph: its flags, glyph, offsets and
     * transformation (the first of the three kinds its flags name).
     */
    static int componentSize(int flags) {
        int arguments = (flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2;
        int transform = (flags & WE_HAVE_A_TWO_BY_TWO) != 0 ? 8 : (flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0 ? 4
                : (flags & WE_HAVE_A_SCALE) != 0 ? 2 : 0;
        return 4 + arguments + transform;
    }

    /**
     * Writes the glyph at {@code glyf[from, to)} without its instructions: a simple glyph's
     * program is emptied, a composite glyph loses the program after its components (and the flag
     * that announces it). A glyph whose data does not parse is written as it is.
     */
    private static void writeUnhinted(byte[] glyf, int from, int to, ByteArrayOutputStream out) {
        if (to - from < 10) {
            out.write(glyf, from, Math.max(0, to - from));
            return;
        }
        int contours = (short) u16(glyf, from);
        if (contours >= 0) {
            int lengthAt = from + 10 + 2 * contours;
            int programEnd = lengthAt + 2 + (lengthAt + 2 <= to ? u16(glyf, lengthAt) : 0);
            if (programEnd > to) {
                out.write(glyf, from, to - from);
                return;
            }
            out.write(glyf, from, lengthAt - from);
            out.write(0);
            out.write(0);
            out.write(glyf, programEnd, to - programEnd);
            return;
        }
        byte[] glyph = Arrays.copyOfRange(glyf, from, to);
        int at = 10;
        int flags;
        do {
            if (at + 4 > glyph.length) {
                out.write(glyf, from, to - from);
                return;
            }
            flags = u16(glyph, at);
            put16(glyph, at, flags & ~WE_HAVE_INSTRUCTIONS);
            at += componentSize(flags);
        } while ((flags & MORE_COMPONENTS) != 0);
        if (at > glyph.length) {
            out.write(glyf, from, to - from);
            return;
        }
        out.write(glyph, 0, at);
    }

    /** A font file of {@code tables} (by tag, in tag order), its checksums and head's adjustment set. */
    static byte[] font(Map<String, byte[]> tables) {
        byte[] out = write(tables);
        put32(out, headOffset(out) + 8, (int) (0xB1B0AFBAL - checksum(out, 0, out.length)));
        return out;
    }

    private static byte[] write(Map<String, byte[]> tables) {
        int n = tables.size();
        int power = Integer.highestOneBit(n);
        int offset = 12 + 16 * n;
        int size = offset;
        for (byte[] t : tables.values()) size += (t.length + 3) & ~3;
        byte[] out = new byte[size];
        put32(out, 0, 0x00010000);
        put16(out, 4, n);
        put16(out, 6, power * 16);
        put16(out, 8, Integer.numberOfTrailingZeros(power));
        put16(out, 10, n * 16 - power * 16);
        int entry = 12;
        for (Map.Entry<String, byte[]> e : tables.entrySet()) {
            byte[] t = e.getValue();
            for (int k = 0; k < 4; k++) out[entry + k] = (byte) e.getKey().charAt(k);
            System.arraycopy(t, 0, out, offset, t.length);
            put32(out, entry + 4, (int) checksum(out, offset, (t.length + 3) & ~3));
            put32(out, entry + 8, offset);
            put32(out, entry + 12, t.length);
            entry += 16;
            offset += (t.length + 3) & ~3;
        }
        return out;
    }

    private static void pad(ByteArrayOutputStream out) {
        while (out.size() % 4 != 0) out.write(0);
    }

    private static int headOffset(byte[] font) {
        for (int at = 12; ; at += 16) {
            if (font[at] == 'h' && font[at + 1] == 'e' && font[at + 2] == 'a' && font[at + 3] == 'd') {
                return SfntDirectory.s32(font, at + 8);
            }
        }
    }

    private static long checksum(byte[] b, int from, int length) {
        long sum = 0;
        for (int i = from; i < from + length; i += 4) sum += SfntDirectory.s32(b, i) & 0xffffffffL;
        return sum & 0xffffffffL;
    }

    static void put16(byte[] b, int at, int v) {
        b[at] = (byte) (v >> 8);
        b[at + 1] = (byte) v;
    }

    static void put32(byte[] b, int at, int v) {
        put16(b, at, v >>> 16);
        put16(b, at + 2, v);
    }
}
