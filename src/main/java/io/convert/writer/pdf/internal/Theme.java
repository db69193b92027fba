package io.convert.writer.pdf.internal;

import io.convert.lang.LanguageTags;
import io.convert.typeset.FontFamily;
import io.convert.typeset.TextStyle;
import java.awt.Color;

/**
 * The typographic scale of a document: every size and gap derives from the body size, which
 * follows the measure (about 42 ems a line, the range book typography aims for).
 */
public final class Theme {
    static final Color MUTED = new Color(0x55, 0x55, 0x55);
    static final Color QUOTE_TEXT = new Color(0x33, 0x33, 0x33);
    static final Color RULE = new Color(0xAA, 0xAA, 0xAA);
    static final Color CODE_FILL = new Color(0xF3, 0xF3, 0xF1);

    private static final float[] HEADING_SCALE = {1.7f, 1.4f, 1.2f, 1.08f, 1f, 1f};

    private final float size;

    public Theme(float measure) {
        this.size = Math.max(9.5f, Math.min(12f, measure / 42f));
    }

    public float size() {
        return size;
    }

    public TextStyle body() {
        return TextStyle.of(FontFamily.SERIF, size);
    }

    public TextStyle heading(int level) {
        return TextStyle.of(FontFamily.SERIF, size * HEADING_SCALE[level - 1]).withBold(true);
    }

    public float headingSpaceBefore(int level) {
        return size * (level <= 2 ? 1.5f : 1.1f);
    }

    public TextStyle title() {
        return TextStyle.of(FontFamily.SERIF, size * 2.1f).withBold(true);
    }

    public TextStyle subtitle() {
        return TextStyle.of(FontFamily.SERIF, size * 1.25f).withColor(MUTED);
    }

    public TextStyle small() {
        return TextStyle.of(FontFamily.SANS, size * 0.82f).withColor(MUTED);
    }

    public TextStyle code() {
        return TextStyle.of(FontFamily.MONO, size * 0.82f);
    }

    public TextStyle table() {
        return TextStyle.of(FontFamily.SERIF, size * 0.92f);
    }

    public float paragraphSpace() {
        return size * 0.65f;
    }

    public float em() {
        return size;
    }

    /**
     * Line height as a multiple of the font size: Arabic script needs room for its tall letters
     * and marks above and below.
     */
    public float lineHeight(String lang) {
        return LanguageTags.isArabicScript(lang) ? 1.75f : 1.4f;
    }

    /** Tighter leading for big display text (title, headings). */
    public float displayLineHeight(String lang) {
        return LanguageTags.isArabicScript(lang) ? 1.5f : 1.2f;
    }
}
