package io.convert.writer.markup;

/**
 * Builds XML-compatible markup (also valid HTML5) into a string: names are trusted constants,
 * text and attribute values are cleaned of characters XML forbids and escaped. Attributes are
 * given as name/value pairs; a null value leaves the attribute out.
 */
public final class Xml {
    private final StringBuilder out;

    public Xml() {
        this(new StringBuilder(4096));
    }

    public Xml(StringBuilder out) {
        this.out = out;
    }

    public Xml start(String name, String... attributes) {
        out.append('<').append(name);
        appendAttributes(attributes);
        out.append('>');
        return this;
    }

    public Xml end(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    /** A void element such as {@code <br/>}; never use it for elements that have content in HTML. */
    public Xml empty(String name, String... attributes) {
        out.append('<').append(name);
        appendAttributes(attributes);
        out.append("/>");
        return this;
    }

    /** An element holding only text. */
    public Xml element(String name, String text, String... attributes) {
        return start(name, attributes).text(text).end(name);
    }

    public Xml text(String text) {
        escape(text, false, out);
        return this;
    }

    /** Markup produced by another {@code Xml} (already clean and escaped). */
    public Xml raw(String markup) {
        out.append(markup);
        return this;
    }

    public Xml newline() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void appendAttributes(String[] attributes) {
        if (attributes.length % 2 != 0) throw new IllegalArgumentException("attributes come in name/value pairs");
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] == null) continue;
            out.append(' ').append(attributes[i]).append("=\"");
            escape(attributes[i + 1], true, out);
            out.append('"');
        }
    }

    /** Attribute name/value lists joined into one. */
    public static String[] attributes(String[]... lists) {
        int n = 0;
        for (String[] list : lists) n += list.length;
        String[] all = new String[n];
        int at = 0;
        for (String[] list : lists) {
            System.arraycopy(list, 0, all, at, list.length);
            at += list.length;
        }
        return all;
    }

    /** {@code text} without the characters XML 1.0 forbids or discourages (controls, noncharacters). */
    public static String clean(String text) {
        if (text == null) return "";
        StringBuilder b = new StringBuilder(text.length());
        copy(text, Mode.CLEAN, b);
        return b.toString();
    }

    private enum Mode { CLEAN, TEXT, ATTRIBUTE }

    private static void escape(String text, boolean attribute, StringBuilder out) {
        if (text != null) copy(text, attribute ? Mode.ATTRIBUTE : Mode.TEXT, out);
    }

    private static void copy(String text, Mode mode, StringBuilder out) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1));
            if (!allowed(text, i)) {
                if (pair) i++;
                continue;
            }
            if (pair) {
                out.append(c).append(text.charAt(++i));
            } else if (mode == Mode.CLEAN) {
                out.append(c);
            } else {
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append(mode == Mode.ATTRIBUTE ? "&quot;" : "\"");
                    case '\n', '\r', '\t' -> out.append(mode == Mode.ATTRIBUTE ? ' ' : c);
                    default -> out.append(c);
                }
            }
        }
    }

    /** Whether the character (or surrogate pair) starting at {@code i} may appear in the output. */
    private static boolean allowed(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20) return c == '\t' || c == '\n' || c == '\r';
        if (c >= 0x7F && c <= 0x9F) return false;
        if (Character.isHighSurrogate(c)) {
            if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) return false;
            int cp = Character.toCodePoint(c, s.charAt(i + 1));
            return (cp & 0xFFFE) != 0xFFFE;
        }
        if (Character.isLowSurrogate(c)) return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        if (c >= 0xFDD0 && c <= 0xFDEF) return false;
        return c != 0xFFFE && c != 0xFFFF;
    }
}
