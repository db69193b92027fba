package io.convert.typeset;

import java.io.Closeable;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * A page's content stream that can also write shaped glyph runs. PDFBox 3 makes
 * PDPageContentStream final, so this wraps one: draw images, lines, rectangles and colours
 * through {@link #stream()}, text through {@link TextLine#draw}. Close this (not the wrapped
 * stream) when the page is done.
 */
public final class GlyphContentStream implements Closeable {
    private final PDPageContentStream stream;
    private final PDPage page;

    /** Replaces the page's content. */
    public GlyphContentStream(PDDocument doc, PDPage page) throws IOException {
        this(doc, page, false);
    }

    /** Appends to the page's content when {@code append} is true (in its own q/Q). */
    public GlyphContentStream(PDDocument doc, PDPage page, boolean append) throws IOException {
        this.stream = new PDPageContentStream(doc, page, append ? AppendMode.APPEND : AppendMode.OVERWRITE, true, append);
        this.page = page;
    }

    /** The underlying content stream, for everything that is not a shaped text line. */
    public PDPageContentStream stream() {
        return stream;
    }

    PDResources resources() {
        PDResources r = page.getResources();
        if (r == null) {
            r = new PDResources();
            page.setResources(r);
        }
        return r;
    }

    void raw(String operators) throws IOException {
        stream.appendRawCommands(operators);
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
