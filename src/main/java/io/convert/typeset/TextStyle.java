package io.convert.typeset;

import java.awt.Color;
import java.util.Objects;

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

    // equals and hashCode written out as the record's own compute them (components in order,
    // floats by Float.compare, hash h * 31 + each component's): the record's are linked on first
    // call through java.lang.runtime.ObjectMethods, whose method-handle set-up took 4% of the
    // Java threads' samples of a cold seed -> PDF run, and styles are compared from the first
    // paragraph on.

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof TextStyle t && family == t.family && bold == t.bold && italic == t.italic
                && Float.compare(size, t.size) == 0 && Objects.equals(color, t.color)
                && Objects.equals(link, t.link) && shift == t.shift;
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(family);
        h = h * 31 + Boolean.hashCode(bold);
        h = h * 31 + Boolean.hashCode(italic);
        h = h * 31 + Float.hashCode(size);
        h = h * 31 + Objects.hashCode(color);
        h = h * 31 + Objects.hashCode(link);
        return h * 31 + Objects.hashCode(shift);
    }
}
