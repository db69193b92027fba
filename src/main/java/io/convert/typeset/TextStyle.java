package io.convert.typeset;

import java.awt.Color;

/** Style of a run. {@code color} may be null (black); {@code link} is an href or null. */
public record TextStyle(FontFamily family, boolean bold, boolean italic, float size,
                        Color color, String link, BaselineShift shift) {

    public TextStyle {
        if (family == null) family = FontFamily.SERIF;
        if (shift == null) shift = BaselineShift.NONE;
        if (!(size > 0) || Float.isInfinite(size)) throw new IllegalArgumentException("font size must be positive: " + size);
    }

    public static TextStyle of(FontFamily family, float size) {
        return new TextStyle(family, false, false, size, null, null, BaselineShift.NONE);
    }

    public TextStyle withBold(boolean b) {
        return new TextStyle(family, b, italic, size, color, link, shift);
    }

    public TextStyle withItalic(boolean i) {
        return new TextStyle(family, bold, i, size, color, link, shift);
    }

    public TextStyle withSize(float s) {
        return new TextStyle(family, bold, italic, s, color, link, shift);
    }

    public TextStyle withColor(Color c) {
        return new TextStyle(family, bold, italic, size, c, link, shift);
    }

    public TextStyle withLink(String href) {
        return new TextStyle(family, bold, italic, size, color, href, shift);
    }

    public TextStyle withShift(BaselineShift s) {
        return new TextStyle(family, bold, italic, size, color, link, s);
    }

    public TextStyle withFamily(FontFamily f) {
        return new TextStyle(f, bold, italic, size, color, link, shift);
    }
}
