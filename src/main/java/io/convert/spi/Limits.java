package io.convert.spi;

/**
 * Resource bounds applied to one input, so that hostile or broken documents are cut or refused
 * instead of exhausting memory or time.
 *
 * @param maxInputBytes largest input accepted, in bytes
 * @param maxDepth deepest element nesting kept; deeper content is flattened
 * @param maxElements most elements parsed from one document; more is refused
 * @param maxImagePixels most pixels an image may decode to (decompression bombs)
 * @param maxTableCells most cells one table may have
 * @param maxTextChars most characters of text read from one plain-text input, or kept in one
 *     block; the rest is cut with a warning. An HTML page's text is read up to twice as far
 *     (menus and lists beside the article)
 */
public record Limits(long maxInputBytes, int maxDepth, int maxElements, long maxImagePixels, int maxTableCells,
        int maxTextChars) {
    /*
     * A long news article has 50,000 characters and 3,000 elements; the largest page of the
     * readability corpus has 10,000 elements. The HTML reader is linear in elements, so its cap is
     * generous; plain text is cut much earlier, since every line of it is classified.
     */
    public static final Limits DEFAULT = new Limits(64L << 20, 512, 2_000_000, 50_000_000L, 100_000);

    /** Limits with the default {@link #maxTextChars}. */
    public Limits(long maxInputBytes, int maxDepth, int maxElements, long maxImagePixels, int maxTableCells) {
        this(maxInputBytes, maxDepth, maxElements, maxImagePixels, maxTableCells, 1_000_000);
    }

    public Limits withMaxInputBytes(long v) {
        return new Limits(v, maxDepth, maxElements, maxImagePixels, maxTableCells, maxTextChars);
    }

    /**
     * {@code text} cut to {@link #maxTextChars} at the last line break before the limit (or at
     * the limit when there is none), with a warning when anything was cut.
     */
    public String keepText(String text, String what, Diagnostics diagnostics) {
        int lineEnd = lineEnd(text);
        if (lineEnd < text.length()) {
            diagnostics.warn(what + " has more than " + MAX_TEXT_LINES + " lines; kept the first " + MAX_TEXT_LINES);
            return text.substring(0, lineEnd);
        }
        if (text.length() <= maxTextChars) return text;
        int end = text.lastIndexOf('\n', maxTextChars);
        if (end < maxTextChars / 2) end = maxTextChars;
        if (Character.isHighSurrogate(text.charAt(end - 1))) end--;
        diagnostics.warn(what + " has " + text.length() + " characters; kept the first " + end
                + " (limit " + maxTextChars + ")");
        return text.substring(0, end);
    }

    /** Most lines read from one plain-text input: a hundred times a long article's. */
    public static final int MAX_TEXT_LINES = 100_000;

    /** Where the line after the first {@link #MAX_TEXT_LINES} lines starts. */
    private int lineEnd(String text) {
        int lines = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))
                    && ++lines == MAX_TEXT_LINES) {
                return i + 1;
            }
        }
        return text.length();
    }
}
