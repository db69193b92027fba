package io.convert.pdf.text;

import io.convert.model.Direction;
import java.util.List;

/** Lays out paragraphs: bidi, shaping, line breaking, alignment and justification. */
public final class TextEngine {
    private final DocumentFonts fonts;

    public TextEngine(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * Lays out one paragraph: bidi (UAX #9) with the base direction, shaping, UAX #14 line
     * breaking within width, alignment/justification. lineHeight is a multiple of the size.
     */
    public TextBlock layout(List<StyledRun> runs, Direction base, String lang,
                            float width, Align align, Justification justification, float lineHeight) {
        throw new UnsupportedOperationException("in progress " + fonts);
    }

    /** Natural width of a single line (no wrapping), for table column sizing etc. */
    public float measure(List<StyledRun> runs, Direction base, String lang) {
        throw new UnsupportedOperationException("in progress");
    }
}
