package io.convert.typeset;

import io.convert.model.Direction;
import io.convert.spi.Diagnostics;
import io.convert.typeset.emit.EmbeddedFonts;
import io.convert.typeset.emit.GlyphContentStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Test-only typesetting of paragraphs onto A4 pages, so the engine can be exercised without the
 * PDF writer: each paragraph is laid out in the measure and its lines are drawn top to bottom,
 * starting a new page when the next line does not fit.
 */
final class PageSetter {
    static final float MARGIN = 56;
    /** One library for all the engine's tests, so each bundled face is loaded once per test run. */
    static final FontLibrary BUNDLED = FontLibrary.bundled(null);

    /** One paragraph to set. */
    record Para(List<StyledRun> runs, Direction direction, Align align) {
        static Para of(String text, TextStyle style, Direction direction, Align align) {
            return new Para(List.of(new StyledRun(text, style)), direction, align);
        }
    }

    private final FontLibrary library;
    private final Justification justification;
    private final float lineHeight;
    int missing;
    int pages;
    final List<TextLine> linesSet = new ArrayList<>();

    PageSetter(FontLibrary library, Justification justification, float lineHeight) {
        this.library = library;
        this.justification = justification;
        this.lineHeight = lineHeight;
    }

    /** Lays out and draws the paragraphs; returns the PDF bytes. */
    byte[] set(List<Para> paragraphs, Diagnostics diagnostics) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            DocumentFonts fonts = library.forDocument(diagnostics);
            EmbeddedFonts embedded = new EmbeddedFonts(doc);
            TextEngine engine = new TextEngine(fonts);
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            GlyphContentStream cs = null;
            float y = 0;
            try {
                for (Para para : paragraphs) {
                    TextBlock block = engine.layout(para.runs(), para.direction(), para.direction() == Direction.RTL ? "ar" : "en",
                            width, para.align(), justification, lineHeight);
                    for (TextLine line : block.lines()) {
                        if (cs == null || y - line.height() < MARGIN) {
                            if (cs != null) cs.close();
                            PDPage page = new PDPage(PDRectangle.A4);
                            doc.addPage(page);
                            cs = new GlyphContentStream(embedded, page);
                            y = PDRectangle.A4.getHeight() - MARGIN;
                        }
                        cs.draw(line, MARGIN, y - line.ascent());
                        linesSet.add(line);
                        y -= line.height();
                    }
                    y -= 6;
                }
            } finally {
                if (cs != null) cs.close();
            }
            embedded.finish();
            fonts.finish();
            pages = doc.getNumberOfPages();
            missing = fonts.missingCharacterCount();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The seed article as paragraphs: the first line as a bold heading, the rest justified. */
    static List<Para> seedParagraphs(String seed) {
        List<Para> paras = new ArrayList<>();
        TextStyle body = TextStyle.of(FontFamily.SERIF, 12);
        boolean first = true;
        for (String block : seed.split("\\n\\s*\\n")) {
            String text = block.strip().replaceAll("\\s*\\n\\s*", " ");
            if (text.isEmpty()) continue;
            paras.add(first ? Para.of(text, body.withSize(18).withBold(true), Direction.RTL, Align.START)
                    : Para.of(text, body, Direction.RTL, Align.JUSTIFY));
            first = false;
        }
        return paras;
    }

    /** One justified paragraph per line, right-to-left when the line's first letter is Arabic. */
    static List<Para> lineParagraphs(List<String> lines, float size) {
        List<Para> paras = new ArrayList<>();
        for (String line : lines) {
            paras.add(Para.of(line, TextStyle.of(FontFamily.SERIF, size), startsArabic(line) ? Direction.RTL : Direction.LTR, Align.JUSTIFY));
        }
        return paras;
    }

    static boolean startsArabic(String text) {
        return text.codePoints().filter(Character::isLetter).findFirst().stream()
                .anyMatch(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
    }

    static void write(byte[] pdf, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(pdf);
        }
    }
}
