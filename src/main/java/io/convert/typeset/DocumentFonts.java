package io.convert.typeset;

import io.convert.typeset.internal.FontSession;

/**
 * Per-document font state of the layout: which face draws each character, and the characters
 * no font has (reported once per document). Embedding the faces used is emission's business
 * ({@code typeset.emit}).
 */
public final class DocumentFonts {
    private final FontSession session;

    DocumentFonts(FontSession session) {
        this.session = session;
    }

    /** Reports the characters no font has; call once, after the last paragraph is laid out. */
    public void finish() {
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
