package io.convert.typeset;

import io.convert.model.Direction;
import io.convert.typeset.internal.FontFace;
import io.convert.typeset.internal.Paragraph;
import io.convert.typeset.internal.Shaped;
import io.convert.typeset.internal.Typesetter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Lays out paragraphs for one document: bidi (UAX #9), shaping (the JDK's HarfBuzz, OpenType
 * features on), line breaking (UAX #14), alignment and justification. Not thread-safe; use one
 * per document (or per thread).
 */
public final class TextEngine {
    private final DocumentFonts fonts;
    private final Typesetter typesetter = new Typesetter();

    public TextEngine(DocumentFonts fonts) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
    }

    /**
     * Does ahead of any document the one-time set-up its first paragraph would wait for: loads
     * the faces of {@code fonts} most documents use and shapes a word (starting fontbox,
     * java.awt's font system and its HarfBuzz), and loads the line and character break rules.
     */
    public static void prepare(FontLibrary fonts) {
        FontFace face = fonts.preload();
        if (face != null) Shaped.shape(face, "Ready".toCharArray(), 0, 5, false);
        Typesetter.loadBreakRules();
    }

    /**
     * Lays out one paragraph: bidi (UAX #9) with the base direction, shaping, UAX #14 line
     * breaking within width, alignment/justification. lineHeight is a multiple of the size.
     */
    public TextBlock layout(List<StyledRun> runs, Direction base, String lang,
                            float width, Align align, Justification justification, float lineHeight) {
        return layout(paragraph(runs, base), lang, width, align, justification, lineHeight);
    }

    /**
     * How wide the runs set: at least the widest piece between two of the line breaker's break
     * opportunities ({@code minimum}, the narrowest width without breaking a word), at most their
     * width on one line ({@code natural}; the widest line if the text has '\n').
     */
    public record Extent(float minimum, float natural) {
    }

    /** The runs' {@link Extent}, for sizing table columns; the runs are shaped once for both. */
    public Extent extent(List<StyledRun> runs, Direction base, String lang) {
        Paragraph p = paragraph(runs, base);
        return new Extent(typesetter.minimumWidth(p, lang), natural(p, lang));
    }

    /** Natural width of a single line (no wrapping), for table column sizing etc.; the widest line if the text has '\n'. */
    public float measure(List<StyledRun> runs, Direction base, String lang) {
        return natural(paragraph(runs, base), lang);
    }

    private float natural(Paragraph p, String lang) {
        float max = 0;
        for (TextLine line : layout(p, lang, Float.POSITIVE_INFINITY, Align.START, Justification.NONE, 1f).lines()) {
            max = Math.max(max, line.width());
        }
        return max;
    }

    private Paragraph paragraph(List<StyledRun> runs, Direction base) {
        return Paragraph.of(runs, base == Direction.RTL, fonts.session());
    }

    private TextBlock layout(Paragraph p, String lang, float width, Align align, Justification justification,
                             float lineHeight) {
        List<TextLine> lines = new ArrayList<>();
        float measure = width > 0 ? width : 0;
        for (Typesetter.Placed placed : typesetter.layout(p, lang, measure,
                align == null ? Align.START : align,
                justification == null ? Justification.INTER_WORD : justification, lineHeight)) {
            lines.add(new TextLine(placed));
        }
        return new TextBlock(lines);
    }
}
