package io.convert.typeset.emit;

import io.convert.typeset.internal.FontFace;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The faces one PDF document draws with, each embedded (subset Type 0, Identity-H, with a
 * ToUnicode map) from the first line drawn with it. Not thread-safe: one per document.
 */
public final class EmbeddedFonts {
    private final PDDocument doc;
    private final Map<FontFace, EmbeddedFont> embedded = new LinkedHashMap<>();
    private final Deflate deflate = new Deflate();

    public EmbeddedFonts(PDDocument doc) {
        this.doc = doc;
    }

    /** Writes the subset font programs and their maps; once, after the last line is drawn and before {@code doc.save()}. */
    public void finish() throws IOException {
        try {
            for (EmbeddedFont f : embedded.values()) f.finish(doc, deflate);
        } finally {
            deflate.end();
        }
    }

    PDDocument document() {
        return doc;
    }

    /** The compressor of the document's page contents and font streams. */
    Deflate deflate() {
        return deflate;
    }

    EmbeddedFont embedded(FontFace face) {
        return embedded.computeIfAbsent(face, f -> new EmbeddedFont(f, COSName.getPDFName("TE" + (embedded.size() + 1))));
    }
}
