package io.convert.typeset.internal;

import static io.convert.typeset.internal.GlyphCopies.MORE_COMPONENTS;
import static io.convert.typeset.internal.GlyphCopies.WE_HAVE_INSTRUCTIONS;
import static io.convert.typeset.internal.GlyphCopies.componentSize;
import static io.convert.typeset.internal.GlyphCopies.put16;
import static io.convert.typeset.internal.GlyphCopies.put32;
import static io.convert.typeset.internal.SfntDirectory.u16;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Some of a face's glyphs as a TrueType font of their own, for embedding: the glyphs asked for,
 * glyph 0 and the glyphs their composites are built from, renumbered in order, with the outline
 * tables and the font-wide hinting programs. Written straight from the face's bytes, where
 * fontbox's TTFSubsetter took its glyphs and metrics from its parsed tables through streams it
 * skips along and sets it searches for every renumbered component (some 3% of the CPU of
 * writing a PDF); the bytes are the ones TTFSubsetter writes given these tables to keep, so the
 * PDFs stay as they were (the test holds the two against each other on the bundled fonts).
 */
public final class GlyphSubset {
    /** The tables written: outlines and metrics, and the hinting programs as they stand. */
    private static final List<String> COPIED = List.of("cvt ", "fpgm", "gasp", "prep");
    private static final int HEAD_LENGTH = 54, HHEA_LENGTH = 36, MAXP_LENGTH = 32;

    private final int[] glyphs;
    private final byte[] font;

    private GlyphSubset(int[] glyphs, byte[] font) {
        this.glyphs = glyphs;
        this.font = font;
    }

    /** The face's glyph each glyph of the subset is, by the subset's glyph ID; in rising order. */
    public int[] glyphs() {
        return glyphs.clone();
    }

    /** The subset as a TrueType font file. */
    public byte[] font() {
        return font;
    }

    /** The subset of {@code face} with the glyphs {@code gids} (glyph 0 is always in it). */
    public static GlyphSubset of(FontFace face, Iterable<Integer> gids) throws IOException {
        return of(face.fontFile(), gids);
    }

    static GlyphSubset of(byte[] file, Iterable<Integer> gids) throws IOException {
        SfntDirectory dir = SfntDirectory.of(file);
        int head = dir.offset("head"), hhea = dir.offset("hhea"), maxp = dir.offset("maxp");
        int loca = dir.offset("loca"), glyf = dir.offset("glyf"), hmtx = dir.offset("hmtx");
        if (head < 0 || hhea < 0 || maxp < 0 || loca < 0 || glyf < 0 || hmtx < 0) {
            throw new IOException("not a TrueType font with outlines");
        }
        Outlines outlines = new Outlines(file, loca, glyf, u16(file, head + 50) == 1, u16(file, maxp + 4));
        int[] kept = outlines.withComponents(gids);

        Map<String, byte[]> tables = new TreeMap<>();
        for (String tag : COPIED) {
            byte[] t = dir.table(tag);
            if (t != null) tables.put(tag, t);
        }
        byte[] headTable = Arrays.copyOfRange(file, head, head + HEAD_LENGTH);
        put32(headTable, 8, 0);
        put16(headTable, 50, 1);
        tables.put("head", headTable);
        int metrics = u16(file, hhea + 34);
        byte[] hheaTable = Arrays.copyOfRange(file, hhea, hhea + HHEA_LENGTH);
        put16(hheaTable, 34, keptMetrics(kept, metrics));
        tables.put("hhea", hheaTable);
        byte[] maxpTable = new byte[MAXP_LENGTH];
        put32(maxpTable, 0, 0x00010000);
        put16(maxpTable, 4, kept.length);
        System.arraycopy(file, maxp + 6, maxpTable, 6, Math.min(MAXP_LENGTH, dir.length("maxp")) - 6);
        tables.put("maxp", maxpTable);
        int[] offsets = new int[kept.length + 1];
        tables.put("glyf", outlines.write(kept, offsets));
        byte[] locaTable = new byte[4 * offsets.length];
        for (int i = 0; i < offsets.length; i++) put32(locaTable, 4 * i, offsets[i]);
        tables.put("loca", locaTable);
        tables.put("hmtx", metrics(file, hmtx, metrics, kept));
        return new GlyphSubset(kept, GlyphCopies.font(tables));
    }

    /**
     * The full (advance, side bearing) pairs the subset keeps: one per glyph below the face's
     * count of them, and the face's last pair's advance for the first glyph past it when that
     * glyph is not kept; the glyphs after carry their side bearing alone.
     */
    private static int keptMetrics(int[] kept, int metrics) {
        int below = 0;
        while (below < kept.length && kept[below] < metrics) below++;
        return lastPairDropped(kept, metrics) ? below + 1 : below;
    }

    /** Whether the subset keeps a glyph past the face's full pairs but not the glyph of the last pair. */
    private static boolean lastPairDropped(int[] kept, int metrics) {
        return kept[kept.length - 1] >= metrics && Arrays.binarySearch(kept, metrics - 1) < 0;
    }

    private static byte[] metrics(byte[] file, int hmtx, int metrics, int[] kept) {
        int last = metrics - 1;
        boolean lastPairDropped = lastPairDropped(kept, metrics);
        byte[] out = new byte[4 * kept.length + (lastPairDropped ? 2 : 0)];
        int at = 0;
        for (int gid : kept) {
            if (gid <= last) {
                System.arraycopy(file, hmtx + 4 * gid, out, at, 4);
                at += 4;
                continue;
            }
            if (lastPairDropped) {
                System.arraycopy(file, hmtx + 4 * last, out, at, 2);
                at += 2;
                lastPairDropped = false;
            }
            System.arraycopy(file, hmtx + 4 * metrics + 2 * (gid - metrics), out, at, 2);
            at += 2;
        }
        return Arrays.copyOf(out, at);
    }

    /** The glyph table of a face, read in place. */
    private static final class Outlines {
        private final byte[] file;
        private final int loca, glyf, count;
        private final boolean longLoca;

        Outlines(byte[] file, int loca, int glyf, boolean longLoca, int count) {
            this.file = file;
            this.loca = loca;
            this.glyf = glyf;
            this.longLoca = longLoca;
            this.count = count;
        }

        private int start(int gid) {
            return SfntDirectory.glyphStart(file, loca, gid, longLoca);
        }

        private boolean composite(int from, int to) {
            return to - from >= 2 && file[glyf + from] == -1 && file[glyf + from + 1] == -1;
        }

        /** The glyphs and the glyphs their composites are built from, in rising order, 0 first. */
        int[] withComponents(Iterable<Integer> gids) throws IOException {
            TreeSet<Integer> all = new TreeSet<>();
            all.add(0);
            for (int g : gids) all.add(g);
            ArrayDeque<Integer> todo = new ArrayDeque<>(all);
            while (!todo.isEmpty()) {
                int g = todo.poll();
                if (g < 0 || g >= count) throw new IOException("glyph " + g + " is not in the font");
                int from = start(g), to = start(g + 1);
                if (!composite(from, to)) continue;
                int at = glyf + from + 10, flags;
                do {
                    flags = u16(file, at);
                    int component = u16(file, at + 2);
                    if (all.add(component)) todo.add(component);
                    at += componentSize(flags);
                } while ((flags & MORE_COMPONENTS) != 0);
            }
            return all.stream().mapToInt(Integer::intValue).toArray();
        }

        /**
         * The subset's glyph table, each glyph on a 4-byte boundary (its {@code offsets}): a
         * simple glyph as it stands, a composite one up to the end of its program with its
         * components renumbered.
         */
        byte[] write(int[] kept, int[] offsets) {
            int size = 0;
            for (int g : kept) size += (start(g + 1) - start(g) + 3) & ~3;
            byte[] out = new byte[size];
            int at = 0;
            for (int i = 0; i < kept.length; i++) {
                offsets[i] = at;
                int from = start(kept[i]), length = start(kept[i] + 1) - from;
                System.arraycopy(file, glyf + from, out, at, length);
                if (composite(from, from + length)) {
                    int cut = renumber(out, at, kept);
                    // What followed its program (padding) is left out, as zeros.
                    Arrays.fill(out, at + cut, at + length, (byte) 0);
                    length = cut;
                }
                at += (length + 3) & ~3;
            }
            offsets[kept.length] = at;
            return Arrays.copyOf(out, at);
        }

        /** Renumbers the components of the composite at {@code glyph}; its length up to the end of its program. */
        private static int renumber(byte[] glyphs, int glyph, int[] kept) {
            int at = glyph + 10, flags;
            do {
                flags = u16(glyphs, at);
                put16(glyphs, at + 2, Arrays.binarySearch(kept, u16(glyphs, at + 2)));
                at += componentSize(flags);
            } while ((flags & MORE_COMPONENTS) != 0);
            if ((flags & WE_HAVE_INSTRUCTIONS) != 0) at += 2 + u16(glyphs, at);
            return at - glyph;
        }
    }
}
