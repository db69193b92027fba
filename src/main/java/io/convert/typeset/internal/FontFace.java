package io.convert.typeset.internal;

import static io.convert.typeset.internal.SfntDirectory.u16;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One font file, shared by every document of a {@code FontLibrary}. The file is read and parsed
 * on first use; after that everything here is immutable, so faces are safe to share across
 * threads. The java.awt font used for shaping and the font embedded in the PDF come from the
 * same bytes, so glyph IDs always agree.
 */
public final class FontFace {
    /** Shaping happens at 1000 units per em: positions are then PDF glyph-space units. */
    public static final float LAYOUT_SIZE = 1000f;
    /** WHITE SQUARE, drawn for characters no font has (see {@link #missingGlyph}). */
    public static final int MISSING_MARK = 0x25A1;

    /** Where the bytes come from (a jar resource or a user's file). */
    public interface Source {
        byte[] read() throws IOException;

        /** The font as a file on disk, if it is one: java.awt then reads it in place. */
        default Path file() {
            return null;
        }
    }

    /** A font file on disk. */
    public static Source file(Path file) {
        return new Source() {
            @Override
            public byte[] read() throws IOException {
                return Files.readAllBytes(file);
            }

            @Override
            public Path file() {
                return file;
            }
        };
    }

    private final String label;
    private final Source source;
    private volatile Loaded loaded;

    public FontFace(String label, Source source) {
        this.label = label;
        this.source = source;
    }

    /** The file name, for messages. */
    public String label() {
        return label;
    }

    /** Reads and checks the font now; throws if it cannot be used for PDF output. */
    public void load() throws IOException {
        loaded();
    }

    public boolean covers(int codePoint) {
        return glyphFor(codePoint) != 0;
    }

    /**
     * The glyph drawn for a character that no font has: the font's white square (U+25A1), or
     * 0 when it has none. It looks like the .notdef box, which PDF/UA forbids drawing, and copies
     * back as the character it stands for.
     */
    public int missingGlyph() {
        return glyphFor(MISSING_MARK);
    }

    /** The nominal glyph of a character, 0 when the font lacks it. */
    public int glyphFor(int codePoint) {
        Loaded l = loaded();
        if (codePoint < 0 || codePoint >= Loaded.REMEMBERED_CODE_POINTS) return l.cmap.getGlyphId(codePoint);
        // The cmap is a map of boxed numbers, asked for every character set; the common part of
        // Unicode is remembered in an array. Threads sharing the face may each fill an entry: they
        // write the same value.
        int known = l.glyphPlusOne[codePoint];
        if (known != 0) return known - 1;
        int gid = l.cmap.getGlyphId(codePoint);
        l.glyphPlusOne[codePoint] = gid + 1;
        return gid;
    }

    /** The font at {@link #LAYOUT_SIZE} with kerning and ligatures on, for glyph layout. */
    public Font awtFont() {
        return loaded().awt;
    }

    public String postScriptName() {
        return loaded().psName;
    }

    public int numGlyphs() {
        return loaded().numGlyphs;
    }

    /** The font's design units per em (1000 for most, 2048 for many, 256 for a few). */
    public int unitsPerEm() {
        return loaded().unitsPerEm;
    }

    /** Advance of a glyph in 1000-unit glyph space. */
    public float advance(int gid) {
        Loaded l = loaded();
        return gid >= 0 && gid < l.advances.length ? l.advances[gid] : 0;
    }

    /** True for glyphs the font classifies as marks (GDEF class 3), or zero-advance glyphs without GDEF. */
    public boolean isMark(int gid) {
        Loaded l = loaded();
        return gid >= 0 && gid < l.marks.length && l.marks[gid];
    }

    /** Typographic metrics in 1000-unit glyph space; descent is positive. */
    public float ascent() {
        return loaded().ascent;
    }

    public float descent() {
        return loaded().descent;
    }

    public float capHeight() {
        return loaded().capHeight;
    }

    public float italicAngle() {
        return loaded().italicAngle;
    }

    public boolean fixedPitch() {
        return loaded().fixedPitch;
    }

    public boolean bold() {
        return loaded().bold;
    }

    public boolean italic() {
        return loaded().italic;
    }

    /** Font bounding box in 1000-unit glyph space: xMin, yMin, xMax, yMax. */
    public float[] bbox() {
        return loaded().bbox.clone();
    }

    /**
     * The font file as read, for subsetting ({@link GlyphSubset}): shared, not to be changed.
     * Its table directory leaves out the tables shaping alone reads.
     */
    byte[] fontFile() {
        return loaded().file;
    }

    @Override
    public String toString() {
        return label;
    }

    private Loaded loaded() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (this) {
                l = loaded;
                if (l == null) {
                    try {
                        l = new Loaded(source, label);
                    } catch (IOException e) {
                        throw new UncheckedIOException(label + ": " + e.getMessage(), e);
                    }
                    loaded = l;
                }
            }
        }
        return l;
    }

    /**
     * Tables fontbox would parse for nothing: shaping is HarfBuzz's (through java.awt, which
     * reads the whole file), and the few 'post' fields wanted are read directly. fontbox parses
     * every table it knows when it opens a font, so they are left out of the table directory it
     * sees; for Amiri that saves a third of the cost of opening the font.
     */
    private static final Set<String> UNUSED_BY_FONTBOX = Set.of("GSUB", "kern", "post", "vhea", "vmtx", "VORG", "DSIG");

    private static final class Loaded {
        /** Latin, Greek, Cyrillic, Hebrew, Arabic, the Indic scripts and common punctuation and symbols. */
        static final int REMEMBERED_CODE_POINTS = 0x3000;
        final byte[] file;
        final CmapLookup cmap;
        /** The glyph of each code point below {@link #REMEMBERED_CODE_POINTS} plus one, once looked up; 0 before. */
        final int[] glyphPlusOne = new int[REMEMBERED_CODE_POINTS];
        final Font awt;
        final String psName;
        final int numGlyphs, unitsPerEm;
        final float[] advances;
        final boolean[] marks;
        final float ascent, descent, capHeight, italicAngle;
        final boolean fixedPitch, bold, italic;
        final float[] bbox;

        Loaded(Source source, String label) throws IOException {
            byte[] data = source.read();
            SfntDirectory directory = SfntDirectory.of(data);
            if (!directory.has("glyf")) throw new IOException("only fonts with TrueType outlines (glyf) can be embedded");
            file = directory.without(UNUSED_BY_FONTBOX);
            // "embedded": fontbox then accepts a font without 'post'.
            TrueTypeFont ttf = new TTFParser(true).parse(new RandomAccessReadBuffer(file));
            try {
                CmapLookup lookup = ttf.getUnicodeCmapLookup(false);
                if (lookup == null) throw new IOException("no Unicode cmap");
                cmap = lookup;
                String name = ttf.getName();
                psName = name == null || name.isBlank() ? label.replaceAll("\\.[^.]*$", "") : name.replaceAll("[^!-~]|[()<>\\[\\]{}/%#]", "");
                numGlyphs = ttf.getNumberOfGlyphs();
                unitsPerEm = ttf.getUnitsPerEm();
                float scale = 1000f / unitsPerEm;
                advances = new float[numGlyphs];
                for (int g = 0; g < numGlyphs; g++) advances[g] = ttf.getAdvanceWidth(g) * scale;
                marks = markGlyphs(directory.table("GDEF"), numGlyphs);
                if (marks == null) throw new IOException("unreadable GDEF table");
                HorizontalHeaderTable hhea = ttf.getHorizontalHeader();
                OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
                ascent = hhea.getAscender() * scale;
                descent = -hhea.getDescender() * scale;
                capHeight = os2 != null && os2.getVersion() >= 2 && os2.getCapHeight() > 0 ? os2.getCapHeight() * scale : 700;
                // 'post': version, italicAngle (16.16 fixed), underline position and thickness, isFixedPitch.
                byte[] post = directory.table("post");
                italicAngle = post != null && post.length >= 16 ? SfntDirectory.s32(post, 4) / 65536f : 0;
                fixedPitch = post != null && post.length >= 16 && SfntDirectory.s32(post, 12) != 0;
                int macStyle = ttf.getHeader().getMacStyle();
                bold = (macStyle & 1) != 0;
                italic = (macStyle & 2) != 0 || italicAngle != 0;
                BoundingBox b = ttf.getFontBBox();
                bbox = new float[] {b.getLowerLeftX() * scale, b.getLowerLeftY() * scale, b.getUpperRightX() * scale, b.getUpperRightY() * scale};
                if (lookup.getGlyphId(' ') == 0 && lookup.getGlyphId('a') == 0 && lookup.getGlyphId(0x627) == 0) {
                    throw new IOException("covers neither Latin nor Arabic");
                }
                // From a stream, java.awt first copies the font to a temporary file.
                Font font = source.file() != null ? Font.createFont(Font.TRUETYPE_FONT, source.file().toFile())
                        : Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(data));
                awt = font.deriveFont(Map.of(
                        TextAttribute.SIZE, LAYOUT_SIZE,
                        TextAttribute.KERNING, TextAttribute.KERNING_ON,
                        TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON));
            } catch (FontFormatException e) {
                throw new IOException("not a usable font: " + e.getMessage(), e);
            } finally {
                // What is wanted of the parsed tables is read above (the cmap keeps its own
                // arrays); subsets are written from the file's bytes.
                ttf.close();
            }
        }

        /** Mark glyphs from GDEF's glyph class definitions, or zero-advance glyphs when there is no GDEF. */
        private boolean[] markGlyphs(byte[] t, int n) {
            boolean[] result = new boolean[n];
            if (t == null) {
                for (int g = 1; g < n; g++) result[g] = advances[g] == 0;
                return result;
            }
            if (t.length < 6) return result;
            int classDef = u16(t, 4);
            if (classDef == 0) return result;
            if (classDef + 4 > t.length) return null;
            int format = u16(t, classDef);
            if (format == 1) {
                int start = u16(t, classDef + 2), count = u16(t, classDef + 4);
                for (int i = 0; i < count && classDef + 6 + 2 * i + 1 < t.length; i++) {
                    int g = start + i;
                    if (g < n && u16(t, classDef + 6 + 2 * i) == 3) result[g] = true;
                }
            } else if (format == 2) {
                int count = u16(t, classDef + 2);
                for (int i = 0; i < count; i++) {
                    int r = classDef + 4 + 6 * i;
                    if (r + 5 >= t.length) return null;
                    if (u16(t, r + 4) != 3) continue;
                    for (int g = u16(t, r); g <= u16(t, r + 2) && g < n; g++) result[g] = true;
                }
            }
            return result;
        }
    }
}
