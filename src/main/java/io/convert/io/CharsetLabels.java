package io.convert.io;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;

/**
 * The charset a page's declared label names as a browser reads it (the WHATWG Encoding
 * Standard's table). Browsers read the old Chinese, Japanese and Korean labels as the supersets
 * their pages are really written in: a page saying "gb2312" holds GBK characters (祂, 镕, 喆) that
 * Java's strict GB2312 turns into replacement characters, and "big5" pages hold Hong Kong
 * characters only Big5-HKSCS has.
 */
final class CharsetLabels {
    private static final String GB = "GB18030";
    private static final String BIG5 = "Big5-HKSCS";
    private static final String SHIFT_JIS = "windows-31j";
    private static final String KOREAN = "x-windows-949";
    private static final String THAI = "x-windows-874";
    private static final Map<String, String> SUPERSETS = Map.ofEntries(
            Map.entry("gb2312", GB), Map.entry("gbk", GB), Map.entry("x-gbk", GB), Map.entry("chinese", GB),
            Map.entry("csgb2312", GB), Map.entry("iso-ir-58", GB), Map.entry("gb_2312", GB),
            Map.entry("gb_2312-80", GB), Map.entry("csiso58gb231280", GB), Map.entry("euc-cn", GB),
            Map.entry("big5", BIG5), Map.entry("cn-big5", BIG5), Map.entry("csbig5", BIG5),
            Map.entry("x-x-big5", BIG5),
            Map.entry("shift_jis", SHIFT_JIS), Map.entry("shift-jis", SHIFT_JIS), Map.entry("sjis", SHIFT_JIS),
            Map.entry("ms_kanji", SHIFT_JIS), Map.entry("x-sjis", SHIFT_JIS), Map.entry("csshiftjis", SHIFT_JIS),
            Map.entry("ms932", SHIFT_JIS),
            Map.entry("euc-kr", KOREAN), Map.entry("ks_c_5601-1987", KOREAN), Map.entry("ks_c_5601-1989", KOREAN),
            Map.entry("ksc5601", KOREAN), Map.entry("ksc_5601", KOREAN), Map.entry("korean", KOREAN),
            Map.entry("cseuckr", KOREAN), Map.entry("csksc56011987", KOREAN), Map.entry("iso-ir-149", KOREAN),
            Map.entry("tis-620", THAI), Map.entry("iso-8859-11", THAI), Map.entry("dos-874", THAI),
            Map.entry("iso-8859-9", "windows-1254"), Map.entry("latin5", "windows-1254"));

    private CharsetLabels() {
    }

    /** The charset {@code label} names as a browser reads it, or null when Java knows no such charset. */
    static Charset lookup(String label) {
        if (label == null || label.isBlank()) return null;
        String name = label.trim().toLowerCase(Locale.ROOT);
        try {
            return Charset.forName(SUPERSETS.getOrDefault(name, name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
