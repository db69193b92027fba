package io.convert.io;

import io.convert.spi.ConvertException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of an input into text: byte order mark first, then a charset the document or
 * the transport declares, then detection between UTF-8, UTF-16, the Chinese, Japanese and Korean
 * double-byte charsets (pages that declare nothing, or UTF-8 or Latin-1 wrongly), windows-1256
 * (Arabic pages saved from older sites) and windows-1252. Control characters that are not
 * whitespace are removed from the result, so no reader or writer ever sees them.
 */
public final class TextDecoder {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_BYTES = 4096;
    private static final int META_SEARCH_BYTES = 1 << 20;
    /** The letters a UTF-8 sequence of two to four bytes reads as in Latin-1. */
    private static final Pattern LATIN1_READ_UTF8 = Pattern.compile(
            "[\\u00C2-\\u00DF][\\u0080-\\u00BF]|[\\u00E0-\\u00EF][\\u0080-\\u00BF]{2}|[\\u00F0-\\u00F4][\\u0080-\\u00BF]{3}");

    private TextDecoder() {
    }

    /** The decoded text and the charset it was read with. */
    public record Decoded(String text, Charset charset) {
    }

    /**
     * Decodes {@code data}. {@code declared} is a charset named by the transport (an HTTP
     * {@code Content-Type}), or null.
     *
     * @throws ConvertException (bad input) when the bytes are a known binary format
     */
    public static Decoded decode(byte[] data, String declared) {
        Charset bomCharset = bomCharset(data);
        if (bomCharset != null) {
            int skip = bomCharset == StandardCharsets.UTF_8 ? 3 : 2;
            String plain = bomCharset == StandardCharsets.UTF_8 ? plainUtf8(data, skip) : null;
            if (plain != null) return new Decoded(plain, bomCharset);
            byte[] rest = Arrays.copyOfRange(data, skip, data.length);
            if (bomCharset != StandardCharsets.UTF_8) return new Decoded(clean(new String(rest, bomCharset)), bomCharset);
            CharBuffer utf8 = strictUtf8(rest);
            if (utf8 != null) return new Decoded(clean(utf8), bomCharset);
            // A UTF-8 mark on bytes that are not UTF-8 (an editor's BOM on a windows-1256 file):
            // the bytes decide, as for a file without the mark.
            data = rest;
        }
        Charset utf16 = utf16WithoutBom(data);
        if (utf16 != null) return new Decoded(clean(new String(data, utf16)), utf16);
        String binary = BinarySniffer.describe(data);
        if (binary != null) throw ConvertException.badInput("not a text document (looks like " + binary + ")");

        // Valid UTF-8 with non-ASCII bytes is almost never anything else, whatever a stale
        // declaration says (pages re-saved as UTF-8 often keep their old meta charset).
        String plain = plainUtf8(data, 0);
        if (plain != null) return new Decoded(plain, StandardCharsets.UTF_8);
        CharBuffer utf8 = strictUtf8(data);
        if (utf8 != null) return new Decoded(clean(undoDoubleEncoding(utf8)), StandardCharsets.UTF_8);

        Charset charset = CharsetLabels.lookup(declared);
        if (charset == null) charset = CharsetLabels.lookup(metaCharset(data));
        // A declaration of UTF-8 on bytes that are not, or of Latin-1 (what servers and editors
        // default to), says nothing: the bytes decide.
        if (charset == null || charset == StandardCharsets.UTF_8 || charset == StandardCharsets.US_ASCII
                || isLatinSingleByte(charset)) {
            Charset cjk = CjkCharsets.detect(data);
            charset = cjk != null ? cjk : guessSingleByte(data);
        }
        return new Decoded(clean(new String(data, charset)), charset);
    }

    private static boolean isLatinSingleByte(Charset charset) {
        // Browsers read ISO-8859-1 as windows-1252; both are also what a lying declaration on
        // an Arabic windows-1256 page usually says.
        String n = charset.name().toLowerCase(Locale.ROOT);
        return n.equals("iso-8859-1") || n.equals("windows-1252");
    }

    private static Charset bomCharset(byte[] d) {
        if (d.length >= 3 && (d[0] & 0xFF) == 0xEF && (d[1] & 0xFF) == 0xBB && (d[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (d.length >= 2 && (d[0] & 0xFF) == 0xFF && (d[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
        if (d.length >= 2 && (d[0] & 0xFF) == 0xFE && (d[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
        return null;
    }

    /**
     * UTF-16 without a BOM: one byte of each pair (the high byte) takes very few values — NUL
     * for ASCII spaces and digits, the script's block (0x06 for Arabic) for letters — while the
     * other varies, and the low byte is almost never NUL.
     */
    private static Charset utf16WithoutBom(byte[] d) {
        int n = Math.min(d.length, SNIFF_BYTES) & ~1;
        if (n < 4) return null;
        if (looksLikeHighBytes(d, n, 1) && !hasManyNuls(d, n, 0)) return StandardCharsets.UTF_16LE;
        if (looksLikeHighBytes(d, n, 0) && !hasManyNuls(d, n, 1)) return StandardCharsets.UTF_16BE;
        return null;
    }

    private static boolean looksLikeHighBytes(byte[] d, int n, int parity) {
        int[] counts = new int[256];
        for (int i = parity; i < n; i += 2) counts[d[i] & 0xFF]++;
        int pairs = n / 2;
        int top = 0;
        for (int v = 1; v < 256; v++) top = Math.max(top, counts[v]);
        return counts[0] * 20 >= pairs && (counts[0] + top) * 100 >= pairs * 85;
    }

    private static boolean hasManyNuls(byte[] d, int n, int parity) {
        int nul = 0;
        for (int i = parity; i < n; i += 2) if (d[i] == 0) nul++;
        return nul * 100 > n / 2;
    }

    /**
     * The text of {@code data} from {@code offset} when it is well-formed UTF-8 holding nothing
     * {@link #clean} removes and no C1 control (the mark of text encoded twice, see
     * {@link #undoDoubleEncoding}), else null; then the general path decides. Most pages are
     * such text: checked in one pass and decoded in a second straight into the characters of
     * the string, it needs neither the decoder's buffer nor the copies cleaning it made.
     */
    private static String plainUtf8(byte[] data, int offset) {
        int n = data.length;
        int units = 0;
        boolean latin1 = true;
        for (int i = offset; i < n; units++) {
            // Printable ASCII, most of a page, is passed over in a tight loop of its own: under the
            // quick (C1) compiler, a sixth less time than taking each byte through the tests below.
            int run = i;
            while (i < n && data[i] >= 0x20 && data[i] != 0x7F) i++;
            units += i - run;
            if (i == n) break;
            int b = data[i];
            if (b >= 0) {
                if (b != '\t' && b != '\n' && b != '\r') return null;
                i++;
            } else if (b >= (byte) 0xC2 && b <= (byte) 0xDF) {
                // From U+0080: C2 80 to C2 9F are the C1 controls.
                if (i + 1 >= n || !isContinuation(data[i + 1]) || b == (byte) 0xC2 && data[i + 1] < (byte) 0xA0) {
                    return null;
                }
                latin1 &= b <= (byte) 0xC3;
                i += 2;
            } else if (b >= (byte) 0xE0 && b <= (byte) 0xEF) {
                if (i + 2 >= n || !isContinuation(data[i + 1]) || !isContinuation(data[i + 2])) return null;
                int c = (b & 0x0F) << 12 | (data[i + 1] & 0x3F) << 6 | data[i + 2] & 0x3F;
                // Overlong forms and surrogates are malformed; U+FDD0 to U+FDEF, U+FFFE and U+FFFF noncharacters.
                if (c < 0x800 || c >= 0xD800 && c < 0xE000 || c >= 0xFDD0 && c <= 0xFDEF || c >= 0xFFFE) return null;
                latin1 = false;
                i += 3;
            } else if (b >= (byte) 0xF0 && b <= (byte) 0xF4) {
                if (i + 3 >= n || !isContinuation(data[i + 1]) || !isContinuation(data[i + 2])
                        || !isContinuation(data[i + 3])) {
                    return null;
                }
                int c = (b & 0x07) << 18 | (data[i + 1] & 0x3F) << 12 | (data[i + 2] & 0x3F) << 6 | data[i + 3] & 0x3F;
                // Overlong forms and code points past U+10FFFF are malformed; each plane's last two are noncharacters.
                if (c < 0x10000 || c > 0x10FFFF || (c & 0xFFFE) == 0xFFFE) return null;
                latin1 = false;
                units++;
                i += 4;
            } else {
                return null;
            }
        }
        // Text in Latin-1 the JDK decodes into a string of one byte a character; other text it
        // would decode into a buffer of two bytes for each byte of UTF-8, then copy.
        if (latin1) return new String(data, offset, n - offset, StandardCharsets.UTF_8);
        char[] a = new char[units];
        for (int i = offset, w = 0; i < n; ) {
            int b = data[i];
            if (b >= 0) {
                a[w++] = (char) b;
                i++;
            } else if (b <= (byte) 0xDF) {
                a[w++] = (char) ((b & 0x1F) << 6 | data[i + 1] & 0x3F);
                i += 2;
            } else if (b <= (byte) 0xEF) {
                a[w++] = (char) ((b & 0x0F) << 12 | (data[i + 1] & 0x3F) << 6 | data[i + 2] & 0x3F);
                i += 3;
            } else {
                int c = (b & 0x07) << 18 | (data[i + 1] & 0x3F) << 12 | (data[i + 2] & 0x3F) << 6 | data[i + 3] & 0x3F;
                a[w++] = Character.highSurrogate(c);
                a[w++] = Character.lowSurrogate(c);
                i += 4;
            }
        }
        return new String(a);
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    /** The characters of {@code data} if it is well-formed UTF-8, else null: checked and decoded in one pass. */
    private static CharBuffer strictUtf8(byte[] data) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data));
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Text whose UTF-8 was read as Latin-1 and encoded as UTF-8 again (the apostrophe of "you’ll"
     * as "â" and two C1 controls), as pages assembled from a feed or a database that got it wrong
     * are sent, read back as written. A run read so (a lead byte's letter, then its continuation bytes' letters)
     * holding a C1 control is never text: controls print nothing, so a reader saw "youâll" and
     * the words were lost. Once a page has such a run, the runs without a control ("Ã©" for "é",
     * "Â" before a no-break space) were read so too; on a page without one they are left alone,
     * as "Ã" and "Â" are letters of their own.
     */
    static CharBuffer undoDoubleEncoding(CharBuffer chars) {
        char[] a = chars.array();
        int n = chars.limit();
        // A plain scan first: almost no text holds a C1 control, and the pattern costs more.
        int c1 = 0;
        while (c1 < n && (a[c1] < 0x80 || a[c1] > 0x9F)) c1++;
        if (c1 == n) return chars;
        Matcher m = LATIN1_READ_UTF8.matcher(chars);
        boolean doubled = false;
        while (!doubled && m.find()) {
            for (int i = m.start() + 1; i < m.end(); i++) doubled |= a[i] <= 0x9F;
        }
        if (!doubled) return chars;
        m.reset();
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            byte[] bytes = new byte[m.end() - m.start()];
            for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) a[m.start() + i];
            CharBuffer decoded = strictUtf8(bytes);
            if (decoded == null) continue;
            if (out == null) out = new StringBuilder(n);
            out.append(a, last, m.start() - last).append(decoded);
            last = m.end();
        }
        if (out == null) return chars;
        out.append(a, last, n - last);
        return CharBuffer.wrap(out.toString().toCharArray());
    }

    /**
     * The charset the page's first meta element names, wherever it stands in the first
     * megabyte: a browser's parser switches to it on meeting it, so a long head of styles and
     * scripts before it (past the first kilobytes a quick sniff would read) does not hide it. No
     * page's head runs to a megabyte, and the whole of a large input is not copied to find it.
     */
    private static String metaCharset(byte[] data) {
        String head = new String(data, 0, Math.min(data.length, META_SEARCH_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    /**
     * windows-1256 or windows-1252. Arabic text puts its high bytes together (whole words of
     * them); Latin text with accents scatters single high bytes among ASCII letters.
     */
    static Charset guessSingleByte(byte[] data) {
        int high = 0, highNextToHigh = 0;
        for (int i = 0; i < data.length; i++) {
            if ((data[i] & 0xFF) < 0x80) continue;
            high++;
            boolean prevHigh = i > 0 && (data[i - 1] & 0xFF) >= 0x80;
            boolean nextHigh = i + 1 < data.length && (data[i + 1] & 0xFF) >= 0x80;
            if (prevHigh || nextHigh) highNextToHigh++;
        }
        // Looked up only here: the first lookup of a windows-125x charset loads the JDK's
        // extended charsets, a cost most (UTF-8) inputs need not pay.
        boolean arabic = high > 0 && highNextToHigh > high * 0.6;
        return Charset.forName(arabic ? "windows-1256" : "windows-1252");
    }

    /**
     * Removes C0 and C1 control characters other than tab, line feed and carriage return,
     * Unicode noncharacters, and unpaired surrogates.
     */
    public static String clean(String s) {
        char[] a = s.toCharArray();
        int kept = compact(a, a.length);
        return kept == a.length ? s : new String(a, 0, kept);
    }

    private static String clean(CharBuffer chars) {
        return new String(chars.array(), 0, compact(chars.array(), chars.limit()));
    }

    /**
     * Moves the characters {@link #clean(String)} keeps of the first {@code n} of {@code a} to its
     * front, in order, and returns how many there are.
     */
    private static int compact(char[] a, int n) {
        // Over an array, compacted in place: charAt and a builder cost a twentieth of a batch's
        // time under the quick (C1) compiler the launcher uses, which keeps their bounds checks.
        // Most texts hold nothing to drop: a plain scan finds the first character that needs a look.
        int start = 0;
        while (start < n && isKept(a[start])) start++;
        int w = start;
        for (int i = start; i < n; i++) {
            char c = a[i];
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(a[i + 1])) {
                char low = a[++i];
                if ((Character.toCodePoint(c, low) & 0xFFFE) != 0xFFFE) {
                    a[w++] = c;
                    a[w++] = low;
                }
                continue;
            }
            if (isKept(c)) a[w++] = c;
        }
        return w;
    }

    /**
     * Whether a character of the Basic Multilingual Plane is kept on its own: not a C0 control
     * other than tab, line feed and carriage return, not a C1 control, not a surrogate (a pair is
     * judged whole), not a noncharacter.
     */
    private static boolean isKept(char c) {
        if (c < 0x20) return c == '\t' || c == '\n' || c == '\r';
        return c < 0x7F || c >= 0xA0 && (c < 0xD800 || c >= 0xE000 && c < 0xFDD0 || c > 0xFDEF && c < 0xFFFE);
    }
}
