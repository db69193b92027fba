package io.convert.io;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Stems of output file names made from what a page is called (a URL's last segment, a web
 * archive record's address): letters, digits, dots, hyphens and underscores only, never climbing
 * out of the output folder, never a device name, and short enough that a counter and any
 * extension still fit the 255 bytes most file systems allow a name. Arabic and Chinese slugs
 * take two and three bytes a letter, so the bound is in bytes.
 */
public final class OutputNames {
    /** Leaves room for "-NNN" and the longest extension. */
    static final int MAX_STEM_BYTES = 200;
    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}._-]+");
    private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com\\d|lpt\\d)(\\..*)?");

    private OutputNames() {
    }

    /** {@code raw} made a safe stem, or {@code fallback} when nothing of it is left. */
    public static String safe(String raw, String fallback) {
        String safe = UNSAFE.matcher(raw).replaceAll("-").replaceAll("\\.{2,}", ".").replaceAll("^[._-]+|[._-]+$", "");
        if (safe.getBytes(StandardCharsets.UTF_8).length > MAX_STEM_BYTES) {
            int end = 0, bytes = 0;
            while (end < safe.length()) {
                int cp = safe.codePointAt(end);
                int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                if (bytes + size > MAX_STEM_BYTES) break;
                bytes += size;
                end += Character.charCount(cp);
            }
            safe = safe.substring(0, end).replaceAll("[._-]+$", "");
        }
        if (safe.isEmpty()) return fallback;
        return RESERVED.matcher(safe).matches() ? safe + "_" : safe;
    }
}
