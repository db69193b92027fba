package io.convert.writer.pdf;

import io.convert.model.Article;
import io.convert.model.Book;
import io.convert.spi.ArticleWriter;
import io.convert.spi.Setting;
import io.convert.spi.WriteOptions;
import io.convert.typeset.FontLibrary;
import io.convert.typeset.TextEngine;
import io.convert.writer.pdf.internal.DocumentInfo;
import io.convert.writer.pdf.internal.Typesetter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The {@code pdf} format: the article typeset on pages (A4 unless {@code --page-size} says
 * otherwise) with embedded subset fonts, HarfBuzz-exact Arabic, an RTL page for RTL articles,
 * running heads, bookmarks, clickable links and document metadata.
 */
public final class PdfWriter implements ArticleWriter {
    private final FontLibrary fonts;

    /**
     * The bundled fonts are read from the folder the system property {@code convert.bundledFontDir}
     * names, if any: the ./convert launcher passes the project's fonts/, which spares inflating
     * each face from the jar (some 20-30 ms of a short run). The property is read here, once, when
     * the writer is made, not when a class loads: the font library itself takes the folder as
     * an argument and reads no global state.
     */
    public PdfWriter() {
        this(folder(System.getProperty("convert.bundledFontDir")));
    }

    /** {@code bundledFontDir}: a folder holding the bundled font files, read in place; null reads them from the jar. */
    public PdfWriter(Path bundledFontDir) {
        this.fonts = FontLibrary.bundled(bundledFontDir);
    }

    /** A name that is no path leaves the fonts in the jar, as a folder without them does. */
    private static Path folder(String name) {
        if (name == null || name.isBlank()) return null;
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public String description() {
        return "PDF document: typeset pages, embedded fonts, Arabic shaping and bidi";
    }

    @Override
    public boolean binary() {
        return true;
    }

    @Override
    public List<Setting<?>> settings() {
        return PdfSettings.ALL;
    }

    @Override
    public void prepare() {
        TextEngine.prepare(fonts);
        DocumentInfo.prepare();
        try (PDDocument warm = new PDDocument()) {
            // Creating a document runs PDFBox's own class set-up, some 25 ms of a cold run.
        } catch (IOException e) {
            // nothing was written
        }
    }

    @Override
    public void write(Article article, OutputStream out, WriteOptions options) throws IOException {
        new Typesetter(options, options.get(PdfSettings.PAGE_SIZE), options.get(PdfSettings.JUSTIFY), fonts)
                .write(article, out);
    }

    @Override
    public void writeBook(Book book, OutputStream out, WriteOptions options) throws IOException {
        new Typesetter(options, options.get(PdfSettings.PAGE_SIZE), options.get(PdfSettings.JUSTIFY), fonts)
                .writeBook(book, out);
    }
}
