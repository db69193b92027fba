package io.convert.writer.pdf.internal;

import io.convert.lang.Numerals;
import io.convert.lang.Wording;
import io.convert.model.Article;
import io.convert.model.Language;
import io.convert.spi.WriteOptions;
import io.convert.typeset.DocumentFonts;
import io.convert.typeset.FontLibrary;
import io.convert.typeset.Justification;
import io.convert.typeset.TextEngine;
import io.convert.typeset.emit.EmbeddedFonts;
import io.convert.typeset.emit.GlyphContentStream;
import io.convert.writer.pdf.PageSize;
import io.convert.writer.pdf.PdfSettings;
import io.convert.writer.pdf.PdfStandard;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Sets one article as a PDF: flow, pages, running heads, outline, metadata. */
public final class Typesetter {
    /**
     * The most pages one document gets: far beyond any article, it bounds the time and memory a
     * hostile input (a book in one line, a million paragraphs) can take.
     */
    static final int MAX_PAGES = 300;

    private final WriteOptions options;
    private final PageSize size;
    private final Justification justification;
    private final FontLibrary fonts;

    /** {@code fonts}: the writer's library, which the user's fonts, if any, go in front of. */
    public Typesetter(WriteOptions options, PageSize size, Justification justification, FontLibrary fonts) {
        this.options = options;
        this.size = size;
        this.justification = justification;
        this.fonts = fonts;
    }

    public void write(Article article, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            DocumentFonts layoutFonts = fonts.withFonts(options.get(PdfSettings.FONTS), options.get(PdfSettings.FONT_DIRS), options.diagnostics())
                    .forDocument(options.diagnostics());
            EmbeddedFonts embedded = new EmbeddedFonts(doc);
            TextEngine engine = new TextEngine(layoutFonts);
            Language language = article.language();
            PageGeometry geometry = new PageGeometry(size, language.direction());
            Theme theme = new Theme(geometry.contentWidth());
            Numerals numerals = Numerals.forArticle(article, options.get(PdfSettings.NUMERALS));
            Wording wording = Wording.of(language.tag(), numerals);
            LinkNotes notes = options.get(PdfSettings.LINK_NOTES) ? new LinkNotes(numerals) : null;
            InlineRuns runs = new InlineRuns(notes);
            Images images = new Images(doc, options.resources(), options.diagnostics(),
                    options.limits().maxImagePixels(), geometry.contentWidth());
            Tables tables = new Tables(engine, theme, runs, options.limits().maxTableCells(), options.diagnostics());

            FlowBuilder flow = new FlowBuilder(engine, geometry, theme, justification, images, runs, wording, tables,
                    MAX_PAGES);
            FlowBuilder.Box page = flow.page(language);
            flow.titleBlock(article, page);
            flow.blocks(article.blocks(), page);
            if (notes != null) flow.linkNotes(notes.targets(), page);

            List<List<Paginator.Placement>> pages = new Paginator(geometry.contentHeight()).paginate(flow.items());
            if (pages.isEmpty()) pages = List.of(List.of());
            if (flow.full() || pages.size() > MAX_PAGES) {
                options.diagnostics().warn("article cut after " + MAX_PAGES + " PDF pages");
                pages = pages.subList(0, Math.min(pages.size(), MAX_PAGES));
            }
            RunningHeads heads = new RunningHeads(engine, geometry, theme, wording, article.metadata().title(),
                    language.tag());
            List<PageCanvas.Anchor> anchors = new ArrayList<>();
            PdfStandard standard = options.get(PdfSettings.STANDARD);
            StructureTree structure = standard.tagged() ? new StructureTree(doc, flow.structure()) : null;
            for (int p = 0; p < pages.size(); p++) {
                PDPage pdPage = new PDPage(new PDRectangle(size.width(), size.height()));
                // Links are visited in the order of the structure tree (PDF/UA).
                if (structure != null) pdPage.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
                doc.addPage(pdPage);
                try (GlyphContentStream content = new GlyphContentStream(embedded, pdPage)) {
                    PageCanvas canvas = new PageCanvas(pdPage, content, anchors, structure);
                    for (Paginator.Placement placed : pages.get(p)) draw(canvas, geometry, placed);
                    heads.draw(canvas, p + 1, pages.size());
                }
            }
            if (structure != null) structure.finish();
            Outline.build(doc, anchors);
            DocumentInfo.apply(doc, article, options.timestamp(), standard);
            embedded.finish();
            layoutFonts.finish();
            doc.save(new KeepOpen(out), CompressParameters.DEFAULT_COMPRESSION);
        }
    }

    private static void draw(PageCanvas canvas, PageGeometry geometry, Paginator.Placement placed) throws IOException {
        FlowItem item = placed.item();
        float top = geometry.contentTop() - placed.offset();
        for (Decoration d : item.decorations()) {
            d.draw(canvas, d.coversSpaceBefore() ? top + placed.spaceBefore() : top, top - item.height());
        }
        if (placed.repeated() && item instanceof TableRowItem row) row.draw(canvas, top, true);
        else item.draw(canvas, top);
    }

    /** PDFBox closes the stream it saves to; the caller owns ours. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
