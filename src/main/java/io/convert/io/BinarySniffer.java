package io.convert.io;

/** Recognises binary files by their magic numbers, so they are refused rather than "read". */
final class BinarySniffer {
    private BinarySniffer() {
    }

    /** A short name of the binary format {@code d} starts with, or null when it looks like text. */
    static String describe(byte[] d) {
        if (startsWith(d, 0x89, 'P', 'N', 'G')) return "a PNG image";
        if (startsWith(d, 0xFF, 0xD8, 0xFF)) return "a JPEG image";
        if (startsWith(d, 'G', 'I', 'F', '8')) return "a GIF image";
        if (startsWith(d, '%', 'P', 'D', 'F', '-')) return "a PDF document";
        if (startsWith(d, 'P', 'K', 3, 4) || startsWith(d, 'P', 'K', 5, 6)) return "a ZIP archive";
        if (startsWith(d, 0x1F, 0x8B)) return "gzip data";
        if (startsWith(d, 'R', 'I', 'F', 'F')) return "a RIFF (WebP/WAV/AVI) file";
        if (startsWith(d, 0x7F, 'E', 'L', 'F')) return "an executable";
        if (looksBinary(d)) return "binary data";
        return null;
    }

    private static boolean startsWith(byte[] d, int... magic) {
        if (d.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) {
            if ((d[i] & 0xFF) != magic[i]) return false;
        }
        return true;
    }

    /**
     * Many NULs or C0 controls mean the file is not text in any encoding we read (UTF-16 has
     * been recognised before this is asked).
     */
    private static boolean looksBinary(byte[] d) {
        int n = Math.min(d.length, 8192);
        if (n == 0) return false;
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = d[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) controls++;
        }
        return controls > n / 10;
    }
}
