package io.convert.typeset;

import io.convert.typeset.internal.FontSession;
import java.io.IOException;

/**
 * Per-document state: embeds (subset Type0, Identity-H) the fonts actually used, builds the
 * ToUnicode maps, counts characters no font has (reported once per document).
 */
public final class DocumentFonts {
    private final FontSession session;

    DocumentFonts(FontSession session) {
        this.session = session;
    }

    /** Must be called once, after the last line is drawn and before {@code doc.save()}. */
    public void finish() throws IOException {
        session.finish();
    }

    /** Characters (occurrences) laid out so far that no font has. */
    public int missingCharacterCount() {
        return session.missingCharacterCount();
    }

    FontSession session() {
        return session;
    }
}
