package io.convert.typeset.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The table directory of a TrueType/OpenType font file: where each table's bytes are. Table
 * offsets are absolute, so a directory can drop entries without moving any table data.
 */
final class SfntDirectory {
    private static final int HEADER = 12, ENTRY = 16;

    private final byte[] font;
    private final int numTables;

    private SfntDirectory(byte[] font, int numTables) {
        this.font = font;
        this.numTables = numTables;
    }

    /** @throws IOException when the bytes are not a single TrueType/OpenType font */
    static SfntDirectory of(byte[] font) throws IOException {
        if (font.length < HEADER) throw new IOException("not a font file");
        String version = new String(font, 0, 4, StandardCharsets.ISO_8859_1);
        if (version.equals("ttcf")) throw new IOException("font collections (.ttc) are not supported; use a single font");
        int n = u16(font, 4);
        if (HEADER + ENTRY * n > font.length) throw new IOException("truncated table directory");
        return new SfntDirectory(font, n);
    }

    boolean has(String tag) {
        return entry(tag) >= 0;
    }

    /** A copy of the table's bytes, or null when the font has no such table (or it lies outside the file). */
    byte[] table(String tag) {
        int offset = offset(tag);
        return offset < 0 ? null : Arrays.copyOfRange(font, offset, offset + length(tag));
    }

    /** Where the table starts in the file, or -1 when the font has no such table (or it lies outside the file). */
    int offset(String tag) {
        int e = entry(tag);
        if (e < 0) return -1;
        long offset = u32(font, e + 8), length = u32(font, e + 12);
        return offset + length > font.length ? -1 : (int) offset;
    }

    /** The length of a table {@link #offset} finds. */
    int length(String tag) {
        return (int) u32(font, entry(tag) + 12);
    }

    /** The font file with {@code tags} left out of its directory. */
    byte[] without(Set<String> tags) {
        byte[] out = font.clone();
        int kept = 0;
        for (int i = 0; i < numTables; i++) {
            int at = HEADER + ENTRY * i;
            if (tags.contains(tag(at))) continue;
            System.arraycopy(font, at, out, HEADER + ENTRY * kept++, ENTRY);
        }
        out[4] = (byte) (kept >> 8);
        out[5] = (byte) kept;
        return out;
    }

    /** The tags of the tables in the directory, in its order. */
    List<String> tags() {
        List<String> tags = new ArrayList<>(numTables);
        for (int i = 0; i < numTables; i++) tags.add(tag(HEADER + ENTRY * i));
        return tags;
    }

    private int entry(String tag) {
        for (int i = 0; i < numTables; i++) {
            int at = HEADER + ENTRY * i;
            if (tag(at).equals(tag)) return at;
        }
        return -1;
    }

    private String tag(int at) {
        return new String(font, at, 4, StandardCharsets.ISO_8859_1);
    }

    /**
     * Where glyph {@code gid}'s outline starts in the glyph table, as the loca table at {@code loca} in
     * {@code b} gives it: long offsets, or short ones counting 2-byte words (head's indexToLocFormat).
     */
    static int glyphStart(byte[] b, int loca, int gid, boolean longLoca) {
        return longLoca ? s32(b, loca + 4 * gid) : 2 * u16(b, loca + 2 * gid);
    }

    static int u16(byte[] b, int off) {
        return ((b[off] & 0xff) << 8) | (b[off + 1] & 0xff);
    }

    static int s32(byte[] b, int off) {
        return (u16(b, off) << 16) | u16(b, off + 2);
    }

    private static long u32(byte[] b, int off) {
        return s32(b, off) & 0xffffffffL;
    }
}
