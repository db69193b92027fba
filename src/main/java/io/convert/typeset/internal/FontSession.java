package io.convert.typeset.internal;

import io.convert.spi.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The fonts of one document's layout: which face draws each character, and the characters no
 * font has (counted and reported once, when the document is finished).
 */
public final class FontSession {
    private final FontCatalog catalog;
    private final Diagnostics diagnostics;
    private final TreeSet<Integer> missing = new TreeSet<>();
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
        for (FontFace f : stack) {
            if (f.covers(codePoint)) return f;
        }
        missing.add(codePoint);
        missingCount++;
        for (FontFace f : stack) {
            if (f.covers(FontFace.MISSING_MARK)) return f;
        }
        return null;
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
