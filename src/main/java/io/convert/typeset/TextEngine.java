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
        Paragraph p = Paragraph.of(runs, base == Direction.RTL, fonts.session());
        List<TextLine> lines = new ArrayList<>();
        float measure = width > 0 ? width : 0;
        for (Typesetter.Placed placed : typesetter.layout(p, lang, measure,
                align == null ? Align.START : align,
                justification == null ? Justification.INTER_WORD : justification, lineHeight)) {
            lines.add(new TextLine(placed));
        }
        return new TextBlock(lines);
    }

    /**
     * The narrowest width the runs can be set in without breaking a word: the widest piece
     * between two of the line breaker's break opportunities (for table column sizing).
     */
    public float minimumWidth(List<StyledRun> runs, Direction base, String lang) {
        return typesetter.minimumWidth(Paragraph.of(runs, base == Direction.RTL, fonts.session()), lang);
    }

    /** Natural width of a single line (no wrapping), for table column sizing etc.; the widest line if the text has '\n'. */
    public float measure(List<StyledRun> runs, Direction base, String lang) {
        float max = 0;
        TextBlock block = layout(runs, base, lang, Float.POSITIVE_INFINITY, Align.START, Justification.NONE, 1f);
        for (TextLine line : block.lines()) max = Math.max(max, line.width());
        return max;
    }
}
