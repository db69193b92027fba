package io.convert.writer.pdf;

import io.convert.model.Article;
import io.convert.typeset.Justification;
import io.convert.typeset.TextEngine;
import io.convert.spi.ArticleWriter;
import io.convert.spi.ConvertException;
import io.convert.spi.WriteOptions;
import io.convert.writer.pdf.internal.Typesetter;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The {@code pdf} format: the article typeset on pages (A4 unless {@code --page-size} says
 * otherwise) with embedded subset fonts, HarfBuzz-exact Arabic, an RTL page for RTL articles,
 * running heads, bookmarks, clickable links and document metadata.
 */
public final class PdfWriter implements ArticleWriter {

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
    public void prepare() {
        TextEngine.prepare();
        try (PDDocument warm = new PDDocument()) {
            // Creating a document runs PDFBox's own class set-up, some 25 ms of a cold run.
        } catch (IOException e) {
            // nothing was written
        }
    }

    @Override
    public void write(Article article, OutputStream out, WriteOptions options) throws IOException {
        PageSize size = PageSize.parse(options.pageSize());
        Justification justification;
        try {
            justification = Justification.parse(options.justify());
        } catch (IllegalArgumentException e) {
            throw ConvertException.badInput(e.getMessage());
        }
        new Typesetter(options, size, justification).write(article, out);
    }
}
