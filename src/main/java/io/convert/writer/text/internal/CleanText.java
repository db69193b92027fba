package io.convert.writer.text.internal;

/**
 * Text as it may appear on one line of the output: no control characters (a tab or a line or
 * paragraph separator inside running text becomes a space) and no unpaired surrogates.
 */
final class CleanText {
    private CleanText() {
    }

    static String oneLine(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else if (isLineOrTab(c)) {
                out.append(' ');
            } else if (!Character.isISOControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isLineOrTab(char c) {
        return (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F') || c == '\u0085' || c == '\u2028'
                || c == '\u2029';
    }

    /** Code keeps its layout: tabs expand to the next multiple of eight columns, as in a browser's {@code pre}. */
    static String codeLine(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                do out.append(' '); while (out.length() % 8 != 0);
            } else {
                out.append(c);
            }
        }
        return oneLine(out.toString());
    }
}
