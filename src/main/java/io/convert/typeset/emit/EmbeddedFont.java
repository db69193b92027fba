package io.convert.typeset.emit;

import io.convert.typeset.internal.FontFace;
import io.convert.typeset.internal.GlyphCopies;
import io.convert.typeset.internal.GlyphSubset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * One face embedded in one document as a Type 0 font (Identity-H) over a subset CIDFontType2.
 * Character codes (CIDs) are ours to allocate: a glyph drawn with the text it stands for gets a
 * CID whose ToUnicode entry is that text, so the same glyph can copy back as different text in
 * different shaping clusters (or as a space, for marks and connectors whose text is carried by
 * another glyph of the cluster). Every code maps to some text, as PDF/UA-1 (7.21.7) and PDF/A-2
 * (6.2.11.7.2) require. The first use of a glyph gets CID = glyph ID; further texts for
 * the same glyph get CIDs above the font's glyph count. A CIDToGIDMap maps CIDs to the subset,
 * where a code whose width is not its glyph's advance draws a copy of the glyph that advances by
 * that width ({@link GlyphCopies}): the widths in the PDF and in the font program agree, as
 * PDF/A and PDF/UA require.
 */
final class EmbeddedFont {
    /** Slots of the cache of codes last handed out (see {@link #recentGid}); a power of two. */
    private static final int RECENT = 256;

    private record Key(int gid, String text, int width) {
        // Written out: the generated ones go through method handles, which the quick compiler the
        // launcher uses does not inline, and a key is looked up for every glyph drawn.
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.gid == gid && k.width == width && k.text.equals(text);
        }

        @Override
        public int hashCode() {
            return (gid * 31 + width) * 31 + text.hashCode();
        }
    }

    private final FontFace face;
    private final COSName resourceName;
    private final COSDictionary type0 = new COSDictionary();
    private final COSDictionary cidFont = new COSDictionary();
    private final COSDictionary descriptor = new COSDictionary();
    private final Map<Key, Integer> cids = new HashMap<>();
    private final Map<Integer, Integer> gidOfCid = new HashMap<>();
    private final Map<Integer, String> textOfCid = new HashMap<>();
    /**
     * The PDF width of each code handed out, by code: an array, not a map, as it is read for
     * every glyph drawn (a boxed key and a hash lookup each time before).
     */
    private int[] widthOfCid;
    private int nextExtraCid;
    private boolean finished;
    /**
     * The code last handed out for a glyph, by glyph ID modulo {@value #RECENT}: a page draws
     * the same few glyphs with the same text and width over and over, and this answers those
     * without a key object and a hash lookup per glyph drawn ({@link #cids} stays the record).
     */
    private final int[] recentGid = new int[RECENT];
    private final int[] recentWidth = new int[RECENT];
    private final int[] recentCid = new int[RECENT];
    private final String[] recentText = new String[RECENT];

    EmbeddedFont(FontFace face, COSName resourceName) {
        this.face = face;
        this.resourceName = resourceName;
        this.nextExtraCid = Math.max(face.numGlyphs(), 1);
        this.widthOfCid = new int[nextExtraCid];
        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        COSDictionary info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "Identity");
        info.setInt(COSName.SUPPLEMENT, 0);
        cidFont.setItem(COSName.CIDSYSTEMINFO, info);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
    }

    FontFace face() {
        return face;
    }

    COSName resourceName() {
        return resourceName;
    }

    COSDictionary dictionary() {
        return type0;
    }

    /**
     * The character code that draws {@code gid}, copies back as {@code text} (never null)
     * and has the width {@code width} (1000-unit glyph space, rounded) in the PDF. A width other
     * than the glyph's own advance lets a glyph's PDF width equal its shaped advance, so text
     * extractors see no gap or overlap inside a word; drawing positions are unaffected, since
     * every glyph is placed explicitly.
     */
    int cid(int gid, String text, float width) {
        if (finished) throw new IllegalStateException("fonts already finished");
        Objects.requireNonNull(text, "every code maps to text (PDF/UA-1 7.21.7, PDF/A-2 6.2.11.7.2)");
        int w = onDesignGrid(width);
        int slot = gid & (RECENT - 1);
        String recent = recentText[slot];
        if (recent != null && recentGid[slot] == gid && recentWidth[slot] == w && recent.equals(text)) {
            return recentCid[slot];
        }
        int c = code(gid, text, w);
        recentGid[slot] = gid;
        recentWidth[slot] = w;
        recentText[slot] = text;
        recentCid[slot] = c;
        return c;
    }

    /** The code of {@code gid} with {@code text} and {@code w}: the one handed out before, or a new one. */
    private int code(int gid, String text, int w) {
        Key key = new Key(gid, text, w);
        Integer cid = cids.get(key);
        if (cid != null) return cid;
        int c = gidOfCid.containsKey(gid) ? nextExtraCid++ : gid;
        if (c > 0xFFFF) throw new IllegalStateException("more than 65536 glyph/text/width combinations in " + face.label());
        cids.put(key, c);
        gidOfCid.put(c, gid);
        if (c >= widthOfCid.length) widthOfCid = Arrays.copyOf(widthOfCid, Math.max(c + 1, 2 * widthOfCid.length));
        widthOfCid[c] = w;
        textOfCid.put(c, text);
        return c;
    }

    /**
     * {@code width} rounded to a PDF width that the font program can state too. A font with fewer
     * than 1000 units per em (Droid Sans Fallback has 256) cannot give a glyph copy every PDF
     * width: rounded to its coarser units, a copy's advance could miss the PDF width by up to two
     * units, where PDF/A and PDF/UA allow one. Finer fonts are within half a unit of any width.
     */
    private int onDesignGrid(float width) {
        int unitsPerEm = face.unitsPerEm();
        if (unitsPerEm >= 1000) return Math.round(width);
        return Math.round(Math.round(width * unitsPerEm / 1000f) * 1000f / unitsPerEm);
    }

    /** The PDF width of a code returned by {@link #cid}. */
    int width(int cid) {
        return widthOfCid[cid];
    }

    /** Writes the subset font program, widths, CID map and ToUnicode map. */
    void finish(PDDocument doc, Deflate deflate) throws IOException {
        if (finished) return;
        finished = true;
        TreeSet<Integer> gids = new TreeSet<>(gidOfCid.values());
        gids.add(0);
        GlyphSubset subset = GlyphSubset.of(face, gids);
        int[] kept = subset.glyphs();
        Map<Integer, Integer> newGidOfOld = new HashMap<>();
        for (int g = 0; g < kept.length; g++) newGidOfOld.put(kept[g], g);
        Map<Integer, Integer> gidOfCode = new HashMap<>();
        byte[] program = withWidths(subset.font(), newGidOfOld, gidOfCode);
        String name = subsetTag(gids) + "+" + face.postScriptName();
        type0.setName(COSName.BASE_FONT, name);
        cidFont.setName(COSName.BASE_FONT, name);
        fillDescriptor(doc, deflate, name, program);
        cidFont.setItem(COSName.W, widths());
        cidFont.setItem(COSName.CID_TO_GID_MAP, cidToGidMap(doc, deflate, gidOfCode));
        type0.setItem(COSName.TO_UNICODE, stream(doc, deflate, toUnicode().getBytes(StandardCharsets.US_ASCII)));
    }

    private void fillDescriptor(PDDocument doc, Deflate deflate, String name, byte[] program) throws IOException {
        descriptor.setName(COSName.FONT_NAME, name);
        int flags = 4; // symbolic: glyphs are addressed by CID, not by a standard encoding
        if (face.fixedPitch()) flags |= 1;
        if (face.italic()) flags |= 64;
        descriptor.setInt(COSName.FLAGS, flags);
        COSArray bbox = new COSArray();
        for (float v : face.bbox()) bbox.add(new COSFloat(Math.round(v)));
        descriptor.setItem(COSName.FONT_BBOX, bbox);
        descriptor.setFloat(COSName.ITALIC_ANGLE, face.italicAngle());
        descriptor.setFloat(COSName.ASCENT, Math.round(face.ascent()));
        descriptor.setFloat(COSName.DESCENT, -Math.round(face.descent()));
        descriptor.setFloat(COSName.CAP_HEIGHT, Math.round(face.capHeight()));
        descriptor.setInt(COSName.STEM_V, face.bold() ? 120 : 80);
        COSStream file = stream(doc, deflate, program);
        file.setInt(COSName.LENGTH1, program.length);
        descriptor.setItem(COSName.FONT_FILE2, file);
    }

    private COSArray widths() {
        COSArray w = new COSArray();
        int[] used = gidOfCid.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        int i = 0;
        while (i < used.length) {
            int first = used[i];
            COSArray run = new COSArray();
            int j = i;
            while (j < used.length && used[j] == first + (j - i)) {
                run.add(COSInteger.get(widthOfCid[used[j]]));
                j++;
            }
            w.add(COSInteger.get(first));
            w.add(run);
            i = j;
        }
        return w;
    }

    /**
     * The subset with a copy of each glyph for each width other than its advance that a code gives
     * it, and without hinting instructions ({@link GlyphCopies}); fills {@code gidOfCode} with the
     * subset glyph each code draws.
     */
    private byte[] withWidths(byte[] subset, Map<Integer, Integer> newGidOfOld, Map<Integer, Integer> gidOfCode)
            throws IOException {
        int glyphs = GlyphCopies.glyphCount(subset);
        Map<List<Integer>, Integer> copies = new HashMap<>();
        List<Integer> sources = new ArrayList<>(), advances = new ArrayList<>();
        for (int cid : new TreeSet<>(gidOfCid.keySet())) {
            int gid = gidOfCid.get(cid), g = newGidOfOld.getOrDefault(gid, 0), width = widthOfCid[cid];
            // veraPDF allows one unit of difference; half a unit keeps clear of its rounding.
            if (width < 0 || Math.abs(width - face.advance(gid)) <= 0.5f) {
                gidOfCode.put(cid, g);
                continue;
            }
            gidOfCode.put(cid, copies.computeIfAbsent(List.of(g, width), k -> {
                sources.add(g);
                advances.add(width);
                return glyphs + sources.size() - 1;
            }));
        }
        return GlyphCopies.append(subset, sources.stream().mapToInt(Integer::intValue).toArray(),
                advances.stream().mapToInt(Integer::intValue).toArray());
    }

    private COSStream cidToGidMap(PDDocument doc, Deflate deflate, Map<Integer, Integer> gidOfCode) throws IOException {
        int max = gidOfCid.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        byte[] map = new byte[2 * (max + 1)];
        gidOfCode.forEach((cid, g) -> {
            map[2 * cid] = (byte) (g >> 8);
            map[2 * cid + 1] = (byte) g.intValue();
        });
        return stream(doc, deflate, map);
    }

    private String toUnicode() {
        StringBuilder s = new StringBuilder(256 + textOfCid.size() * 24);
        s.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        int[] mapped = textOfCid.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        for (int i = 0; i < mapped.length; i += 100) {
            int n = Math.min(100, mapped.length - i);
            s.append(n).append(" beginbfchar\n");
            for (int k = i; k < i + n; k++) {
                s.append('<').append(hex4(mapped[k])).append("> <");
                // U+FEFF, a byte-order mark that pages leave inside text, is not a value PDF/UA and
                // PDF/A allow (7.21.7-2); WORD JOINER is what it means there.
                for (char c : textOfCid.get(mapped[k]).toCharArray()) s.append(hex4(c == '\uFEFF' ? '\u2060' : c));
                s.append(">\n");
            }
            s.append("endbfchar\n");
        }
        s.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return s.toString();
    }

    private static String hex4(int v) {
        String h = Integer.toHexString(v).toUpperCase(java.util.Locale.ROOT);
        return "0000".substring(h.length()) + h;
    }

    /** Six capitals derived from the glyph set, so the same content gives the same PDF. */
    private static String subsetTag(TreeSet<Integer> gids) {
        long h = 1125899906842597L;
        for (int g : gids) h = 31 * h + g;
        char[] tag = new char[6];
        for (int i = 0; i < 6; i++) {
            tag[i] = (char) ('A' + Math.floorMod(h, 26));
            h /= 26;
        }
        return new String(tag);
    }

    private static COSStream stream(PDDocument doc, Deflate deflate, byte[] data) throws IOException {
        COSStream s = doc.getDocument().createCOSStream();
        deflate.into(s, data);
        return s;
    }
}
