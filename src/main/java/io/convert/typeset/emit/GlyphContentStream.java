package io.convert.typeset.emit;

import io.convert.typeset.TextLine;
import io.convert.typeset.internal.ShapedLine;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * A page's content stream that can also draw laid-out text lines. PDFBox 3 makes
 * PDPageContentStream final, so this wraps one: draw images, lines, rectangles and colours
 * through {@link #stream()}, text through {@link #draw}. Close this (not the wrapped stream)
 * when the page is done.
 */
public final class GlyphContentStream implements Closeable {
    private final PDPageContentStream stream;
    private final PDPage page;
    private final EmbeddedFonts fonts;
    /** One for the page's lines: each line starts it afresh, and its buffers are kept. */
    private final GlyphWriter writer;

    /** Replaces the page's content; text is drawn with (and embeds into the document) {@code fonts}. */
    public GlyphContentStream(EmbeddedFonts fonts, PDPage page) throws IOException {
        // Written plain, and compressed when closed (see Deflate).
        this.stream = new PDPageContentStream(fonts.document(), page, AppendMode.OVERWRITE, false, false);
        this.page = page;
        this.fonts = fonts;
        this.writer = new GlyphWriter(fonts);
    }

    /** The underlying content stream, for everything that is not a text line. */
    public PDPageContentStream stream() {
        return stream;
    }

    /**
     * Draws a line; x = left edge of its measure (the line positions itself inside the measure
     * according to align/direction), baselineY = baseline. Writes glyph IDs with a text layer
     * that extracts in logical order.
     */
    public void draw(TextLine line, float x, float baselineY) throws IOException {
        ShapedLine glyphs = line.glyphs();
        if (glyphs.segments.isEmpty()) return;
        List<EmbeddedFont> used = new ArrayList<>(4);
        String operators = writer.write(glyphs, x + line.offset(), baselineY, used);
        PDResources resources = resources();
        COSDictionary fontDict = resources.getCOSObject().getCOSDictionary(COSName.FONT);
        if (fontDict == null) {
            fontDict = new COSDictionary();
            resources.getCOSObject().setItem(COSName.FONT, fontDict);
        }
        for (EmbeddedFont f : used) {
            if (fontDict.getDictionaryObject(f.resourceName()) != f.dictionary()) fontDict.setItem(f.resourceName(), f.dictionary());
        }
        stream.appendRawCommands(operators);
    }

    private PDResources resources() {
        PDResources r = page.getResources();
        if (r == null) {
            r = new PDResources();
            page.setResources(r);
        }
        return r;
    }

    @Override
    public void close() throws IOException {
        stream.close();
        COSStream contents = (COSStream) page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        byte[] operators;
        try (InputStream in = contents.createRawInputStream()) {
            operators = in.readAllBytes();
        }
        fonts.deflate().into(contents, operators);
    }
}
