package io.convert.typeset.internal;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.convert.typeset.Align;
import io.convert.typeset.Justification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Breaks a paragraph into lines (UAX #14 opportunities from ICU, filled greedily with shaped
 * widths; a word wider than the measure is broken between grapheme clusters), then aligns and
 * justifies each line. One per document; not thread-safe (it keeps ICU break iterators).
 */
public final class Typesetter {
    private static final float EPSILON = 0.01f;

    /** A line with its place in the measure and its vertical metrics, in points. */
    public record Placed(ShapedLine line, float offset, float ascent, float descent, float height) {}

    /**
     * Line breakers by language, built once in a run and cloned for each document: ICU keeps only
     * the last locale's, so a batch of pages in several languages read the rules from ICU's data
     * again for nearly every document. Never used themselves, so cloning them from several
     * threads is safe. Bounded, since languages come from the inputs.
     */
    private static final Map<String, BreakIterator> LINE_PROTOTYPES = new ConcurrentHashMap<>();
    private static final int MAX_LINE_PROTOTYPES = 64;
    private static final BreakIterator GRAPHEME_PROTOTYPE = BreakIterator.getCharacterInstance(ULocale.ROOT);

    private final Map<String, BreakIterator> lineBreakers = new HashMap<>();
    private final BreakIterator graphemes = (BreakIterator) GRAPHEME_PROTOTYPE.clone();

    public List<Placed> layout(Paragraph p, String lang, float width, Align align, Justification justification,
                               float lineHeight) {
        List<Placed> out = new ArrayList<>();
        if (p.length() == 0) return out;
        String text = new String(p.text);
        BreakIterator lines = lineBreaker(lang);
        lines.setText(text);
        graphemes.setText(text);
        float[] prefix = prefixWidths(p);
        int pos = 0;
        while (pos < p.length()) {
            List<Integer> fits = new ArrayList<>();
            boolean hard = false;
            int firstTooWide = -1;
            for (int b = lines.following(pos); b != BreakIterator.DONE; b = lines.next()) {
                if (width(p, prefix, pos, b) > width + EPSILON) {
                    firstTooWide = b;
                    break;
                }
                fits.add(b);
                if (p.text[b - 1] == '\n') { // the only mandatory break left after Paragraph's normalisation
                    hard = true;
                    break;
                }
            }
            ShapedLine line = null;
            int end = -1;
            for (int k = fits.size() - 1; k >= 0 && line == null; k--) {
                ShapedLine candidate = ShapedLine.of(p, pos, fits.get(k));
                if (candidate.width() <= width + EPSILON) {
                    line = candidate;
                    end = fits.get(k);
                    if (k < fits.size() - 1) hard = false;
                }
            }
            if (line == null) {
                end = graphemeFit(p, prefix, pos, fits.isEmpty() ? firstTooWide : fits.get(0), width);
                line = ShapedLine.of(p, pos, end);
                hard = false;
            }
            boolean last = hard || end >= p.length();
            if (align == Align.JUSTIFY && !last && Float.isFinite(width)) {
                line = justify(line, width, justification);
            }
            out.add(place(line, p.rtlBase(), width, align, last, lineHeight));
            pos = end;
        }
        return out;
    }

    /**
     * The paragraph's widest piece between two line-break opportunities, trailing spaces left
     * out: the narrowest measure it can be set in without breaking inside a word ("min-content").
     */
    public float minimumWidth(Paragraph p, String lang) {
        if (p.length() == 0) return 0;
        BreakIterator lines = lineBreaker(lang);
        lines.setText(new String(p.text));
        float[] prefix = prefixWidths(p);
        float widest = 0;
        int from = 0;
        for (int b = lines.following(0); b != BreakIterator.DONE; b = lines.next()) {
            widest = Math.max(widest, width(p, prefix, from, b));
            from = b;
        }
        return widest;
    }

    /** Loads ICU's break iterator classes and rule data, ahead of the first paragraph. */
    public static void loadBreakRules() {
        linePrototype("und");
    }

    private BreakIterator lineBreaker(String lang) {
        String key = lang == null || lang.isBlank() ? "und" : lang;
        return lineBreakers.computeIfAbsent(key, k -> (BreakIterator) linePrototype(k).clone());
    }

    private static BreakIterator linePrototype(String lang) {
        BreakIterator known = LINE_PROTOTYPES.get(lang);
        if (known != null) return known;
        BreakIterator made = BreakIterator.getLineInstance(ULocale.forLanguageTag(lang));
        if (LINE_PROTOTYPES.size() < MAX_LINE_PROTOTYPES) LINE_PROTOTYPES.putIfAbsent(lang, made);
        return made;
    }

    /** The advances of the paragraph summed from its start: entry i is the width of its first i characters. */
    private static float[] prefixWidths(Paragraph p) {
        float[] prefix = new float[p.length() + 1];
        for (int i = 0; i < p.length(); i++) prefix[i + 1] = prefix[i] + p.advance[i];
        return prefix;
    }

    /** Estimated width of paragraph[from, to) as a line: shaped advances without trailing spaces. */
    private static float width(Paragraph p, float[] prefix, int from, int to) {
        int e = to;
        while (e > from && ShapedLine.isTrailingSpace(p.text[e - 1])) e--;
        return prefix[e] - prefix[from];
    }

    /** The longest run of whole grapheme clusters from {@code from} that fits (at least one). */
    private int graphemeFit(Paragraph p, float[] prefix, int from, int limit, float width) {
        int best = graphemes.following(from);
        if (best == BreakIterator.DONE || best > limit) return limit;
        for (int g = graphemes.next(); g != BreakIterator.DONE && g <= limit; g = graphemes.next()) {
            if (width(p, prefix, from, g) > width + EPSILON) break;
            best = g;
        }
        while (best > from + 1 && ShapedLine.of(p, from, best).width() > width + EPSILON) {
            int previous = graphemes.preceding(best);
            if (previous <= from) break;
            best = previous;
        }
        return best;
    }

    private static ShapedLine justify(ShapedLine line, float width, Justification justification) {
        if (justification == Justification.NONE) return line;
        ShapedLine result = line;
        if (justification == Justification.KASHIDA) result = Kashida.stretch(line, width);
        float extra = width - result.width();
        int spaces = result.stretchableSpaces();
        if (extra > EPSILON && spaces > 0) result.stretchSpaces(extra / spaces);
        return result;
    }

    private static Placed place(ShapedLine line, boolean rtl, float width, Align align, boolean last, float lineHeight) {
        float free = Float.isFinite(width) ? width - line.width() : 0;
        Align a = align == Align.JUSTIFY ? Align.START : align;
        float offset = switch (a) {
            case START -> rtl ? free : 0;
            case END -> rtl ? 0 : free;
            case CENTER -> free / 2;
            case JUSTIFY -> 0;
        };
        if (align == Align.JUSTIFY && !last) offset = rtl ? free : 0;
        float height = lineHeight * line.fontSize();
        float asc = line.ascent(), desc = line.descent();
        float halfLeading = (height - (asc + desc)) / 2;
        return new Placed(line, offset, asc + halfLeading, desc + halfLeading, height);
    }
}
