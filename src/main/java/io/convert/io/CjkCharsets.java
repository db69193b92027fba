package io.convert.io;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Set;

/**
 * Recognises Chinese, Japanese and Korean text in one of their legacy double-byte charsets
 * (GBK, Big5, Shift_JIS, EUC-JP, EUC-KR) on a page that declares none, or declares one its
 * bytes are not in (UTF-8 or Latin-1 on a GBK page whose server named the real charset). ICU's
 * detector judges the characters by how often each occurs in such text, so a stray byte of
 * another charset (a "©" in windows-1252 in a footer) does not throw it, and GBK and Big5 are
 * told apart though each reads the other's bytes without error.
 */
final class CjkCharsets {
    /** ICU's names of the double-byte charsets it recognises by character frequencies. */
    private static final Set<String> DOUBLE_BYTE = Set.of("GB18030", "Big5", "Shift_JIS", "EUC-JP", "EUC-KR");
    /** ICU's confidence (0 to 100) from which its best guess is taken. */
    private static final int MIN_CONFIDENCE = 30;
    /** ICU reads no more than its first 8,000 bytes: they should be the page's text, not its markup. */
    private static final int SAMPLE_BYTES = 8000;

    private CjkCharsets() {
    }

    /** The charset of {@code data} as a browser reads it when it is CJK text in a double-byte charset, else null. */
    static Charset detect(byte[] data) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(textSample(data));
        CharsetMatch best = detector.detect();
        if (best == null || best.getConfidence() < MIN_CONFIDENCE || !DOUBLE_BYTE.contains(best.getName())) {
            return null;
        }
        return CharsetLabels.lookup(best.getName());
    }

    /**
     * The bytes of the page's text, outside tags, comments, scripts and styles, runs of ASCII
     * whitespace as one space. A page's head (scripts, styles, meta tags) often fills the first
     * 8,000 bytes, and ICU would judge the charset of ASCII alone. None of these charsets uses
     * the bytes of '<' or '>' inside a character, so markup is found byte by byte.
     */
    static byte[] textSample(byte[] data) {
        byte[] out = new byte[Math.min(data.length, SAMPLE_BYTES)];
        int n = 0;
        for (int i = 0; i < data.length && n < out.length; ) {
            byte b = data[i];
            if (b == '<') {
                i = afterMarkup(data, i);
            } else if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                if (n > 0 && out[n - 1] != ' ') out[n++] = ' ';
                i++;
            } else {
                out[n++] = b;
                i++;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The index after the tag, comment, script or style that opens at {@code i}. */
    private static int afterMarkup(byte[] d, int i) {
        if (startsWith(d, i, "<!--")) return after(d, i + 4, "-->");
        for (String element : new String[] {"script", "style"}) {
            if (startsWith(d, i + 1, element)) return after(d, after(d, i + 1, "</" + element), ">");
        }
        return after(d, i + 1, ">");
    }

    /** The index after the first {@code end} from {@code from} (ASCII, any case), or the end of the data. */
    private static int after(byte[] d, int from, String end) {
        for (int i = from; i < d.length; i++) if (startsWith(d, i, end)) return i + end.length();
        return d.length;
    }

    private static boolean startsWith(byte[] d, int at, String ascii) {
        if (at + ascii.length() > d.length) return false;
        for (int k = 0; k < ascii.length(); k++) {
            if (Character.toLowerCase((char) d[at + k]) != ascii.charAt(k)) return false;
        }
        return true;
    }
}
