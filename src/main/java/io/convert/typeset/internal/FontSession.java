package io.convert.typeset.internal;

import io.convert.spi.Diagnostics;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The fonts of one document: which face draws each character, the embedded fonts, and the
 * characters no font has (counted and reported once, when the document is finished).
 */
public final class FontSession {
    private final FontCatalog catalog;
    private final PDDocument doc;
    private final Diagnostics diagnostics;
    private final Map<FontFace, EmbeddedFont> embedded = new LinkedHashMap<>();
    private final TreeSet<Integer> missing = new TreeSet<>();
    private int missingCount;
    private boolean finished;

    public FontSession(FontCatalog catalog, PDDocument doc, Diagnostics diagnostics) {
        this.catalog = catalog;
        this.doc = doc;
        this.diagnostics = diagnostics;
    }

    public FontCatalog catalog() {
        return catalog;
    }

    /** The first face of the stack that has the character, or null (the miss is recorded). */
    public FontFace faceFor(List<FontFace> stack, int codePoint) {
        for (FontFace f : stack) {
            if (f.covers(codePoint)) return f;
        }
        missing.add(codePoint);
        missingCount++;
        return null;
    }

    public EmbeddedFont embedded(FontFace face) {
        return embedded.computeIfAbsent(face, f -> new EmbeddedFont(f, COSName.getPDFName("TE" + (embedded.size() + 1))));
    }

    public int missingCharacterCount() {
        return missingCount;
    }

    public void finish() throws IOException {
        if (finished) return;
        finished = true;
        for (EmbeddedFont f : embedded.values()) f.finish(doc);
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
