package io.convert.reader.text.internal;

/** Arabic-Indic and Extended Arabic-Indic digits read as ASCII digits (for parsing only). */
public final class Digits {
    private Digits() {
    }

    public static char ascii(char c) {
        if (c >= '\u0660' && c <= '\u0669') return (char) ('0' + (c - '\u0660'));
        if (c >= '\u06F0' && c <= '\u06F9') return (char) ('0' + (c - '\u06F0'));
        return c;
    }

    public static String ascii(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) out.append(ascii(s.charAt(i)));
        return out.toString();
    }
}
