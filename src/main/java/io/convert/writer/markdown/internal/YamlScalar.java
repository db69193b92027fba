package io.convert.writer.markdown.internal;

/** YAML quoted scalars, readable by YAML 1.1 and 1.2 parsers alike. */
final class YamlScalar {
    private YamlScalar() {
    }

    /**
     * {@code value} in single quotes when it is all printable, else in double quotes. Single
     * quotes keep a backslash as one backslash: the Markdown escapes in a value stay escapes for
     * a renderer that shows the front matter as Markdown text, where double quotes would double
     * them into a literal backslash before a live bracket.
     */
    static String quoted(String value) {
        boolean printable = value.codePoints().allMatch(c -> c >= 0x10000 || c <= 0xFFFF && isPrintable((char) c));
        if (!printable) return doubleQuoted(value);
        return "'" + value.replace("'", "''") + "'";
    }

    /**
     * {@code value} in double quotes. Backslash and quote are escaped, and so is every character
     * outside YAML's printable set or that YAML 1.1 takes for a line break (NEL, LS, PS); an
     * unpaired surrogate, which no encoding can carry, becomes U+FFFD.
     */
    private static String doubleQuoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                out.append(c).append(value.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (isPrintable(c)) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out.append('"').toString();
    }

    private static boolean isPrintable(char c) {
        return (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029)
                || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
    }
}
