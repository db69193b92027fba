package io.convert.typeset.internal;

import io.convert.spi.Diagnostics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The fonts of one document's layout: which face draws each character, and the characters no
 * font has (counted and reported once, when the document is finished).
 */
public final class FontSession {
    /** Runs longer than this, paragraphs that seldom repeat, are shaped afresh and not remembered. */
    private static final int REMEMBERED_RUN_LENGTH = 64;
    /** Characters either side of a run that key its shaping: more than the five HarfBuzz reads. */
    private static final int SHAPING_CONTEXT = 10;

    private final FontCatalog catalog;
    private final Diagnostics diagnostics;
    private final TreeSet<Integer> missing = new TreeSet<>();
    private final Map<ShapingKey, Shaped> shaped = new HashMap<>();
    private int missingCount;
    private boolean finished;

    public FontSession(FontCatalog catalog, Diagnostics diagnostics) {
        this.catalog = catalog;
        this.diagnostics = diagnostics;
    }

    public FontCatalog catalog() {
        return catalog;
    }

    /**
     * The first face of the stack that has the character; when none has it (the miss is
     * recorded), the first that can draw a box for it ({@link FontFace#missingGlyph}), or null.
     */
    public FontFace faceFor(List<FontFace> stack, int codePoint) {
        // Indexed, not for-each: asked for most characters of a paragraph, and the quick (C1)
        // compiler the launcher uses allocates every iterator.
        int n = stack.size();
        for (int i = 0; i < n; i++) {
            FontFace f = stack.get(i);
            if (f.covers(codePoint)) return f;
        }
        missing.add(codePoint);
        missingCount++;
        for (int i = 0; i < n; i++) {
            FontFace f = stack.get(i);
            if (f.covers(FontFace.MISSING_MARK)) return f;
        }
        return null;
    }

    /**
     * {@link Shaped#shape}, done once per document for each short run in its context: bullets,
     * list numbers, running heads, dates and link texts come back again and again, and the JDK's
     * shaper costs about 7 µs per call plus 0.5 µs per character (a fifth of the calls on
     * Mozilla's 130 pages are repeats). HarfBuzz reads at most five code points either side of a
     * run, so a run with ten chars of context on each side shapes the same wherever it stands.
     * Long runs, paragraphs that seldom repeat, are not kept: a book's memory stays small.
     */
    public Shaped shape(FontFace face, char[] text, int start, int limit, boolean rtl) {
        if (limit - start > REMEMBERED_RUN_LENGTH) return Shaped.shape(face, text, start, limit, rtl);
        int from = Math.max(0, start - SHAPING_CONTEXT), to = Math.min(text.length, limit + SHAPING_CONTEXT);
        ShapingKey key = new ShapingKey(face, rtl, new String(text, from, to - from), start - from, limit - start);
        Shaped known = shaped.get(key);
        if (known == null) {
            known = Shaped.shape(face, text, start, limit, rtl);
            shaped.put(key, known);
        }
        return known.movedTo(start);
    }

    private record ShapingKey(FontFace face, boolean rtl, String text, int start, int length) {
        // equals and hashCode written out, as TextStyle's are: the record's own are linked on first
        // call through java.lang.runtime.ObjectMethods, whose method-handle set-up a cold run pays
        // at its first paragraph (some 3-6% of the CPU time of the seed -> PDF with java -jar).

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof ShapingKey k && face == k.face && rtl == k.rtl && start == k.start
                    && length == k.length && text.equals(k.text);
        }

        @Override
        public int hashCode() {
            int h = face.hashCode();
            h = h * 31 + Boolean.hashCode(rtl);
            h = h * 31 + text.hashCode();
            h = h * 31 + start;
            return h * 31 + length;
        }
    }

    public int missingCharacterCount() {
        return missingCount;
    }

    public void finish() {
        if (finished) return;
        finished = true;
        if (!missing.isEmpty()) {
            List<String> shown = new ArrayList<>();
            for (int cp : missing) {
                if (shown.size() == 12) {
                    shown.add("…");
                    break;
                }
                shown.add(String.format("U+%04X %s", cp, Character.isISOControl(cp) ? "" : new String(Character.toChars(cp))).trim());
            }
            diagnostics.warn("PDF: " + missingCount + " character(s) that no font has were drawn as empty boxes: "
                    + String.join(", ", shown) + " (add a font with --font)");
        }
    }
}
