package io.convert.writer.pdf.internal;

import io.convert.lang.Numerals;
import io.convert.lang.Wording;
import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Book;
import io.convert.model.Metadata;
import io.convert.model.Language;
import io.convert.spi.ResourceLoader;
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
import io.convert.writer.markup.ArticleMarkup;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Sets one article, or a book of several, as a PDF: flow, pages, running heads, outline, metadata. */
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
            Fonts f = fonts(doc);
            Language language = article.language();
            PageGeometry geometry = new PageGeometry(size, language.direction());
            Theme theme = new Theme(geometry.contentWidth());
            Wording wording = Wording.of(language.tag(), Numerals.forArticle(article, options.get(PdfSettings.NUMERALS)));
            Chapter chapter = chapter(doc, f, theme, article, options, wording, flow -> flow.page(language));
            PdfStandard standard = options.get(PdfSettings.STANDARD);
            StructureTree structure = standard.tagged() ? new StructureTree(doc, chapter.flow().structure()) : null;
            draw(doc, f, structure, List.of(chapter.section()));
            DocumentInfo.apply(doc, article, options.timestamp(), standard);
            save(doc, f, out);
        }
    }

    /**
     * Sets several articles as one PDF: a title page, the contents with each article's first
     * page, then each article from a new page in its own direction, with its own running head
     * and outline entry (its headings below it); page numbers run through the book. In a tagged
     * PDF the book is a Document of Sect (title page, contents) and Art (one per article, in
     * its own language) elements.
     */
    public void writeBook(Book book, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            Fonts f = fonts(doc);
            Language bookLanguage = book.bookLanguage();
            PageGeometry bookGeometry = new PageGeometry(size, book.direction());
            Theme theme = new Theme(bookGeometry.contentWidth());
            String numerals = options.get(PdfSettings.NUMERALS);
            Wording bookWording = Wording.forBook(book, numerals);
            Tag root = Tag.document(book.language());

            Images noImages = new Images(doc, ResourceLoader.NONE, options.diagnostics(), 0, 0);
            FlowBuilder titleFlow = flow(f, bookGeometry, theme, noImages, new InlineRuns(null), bookWording);
            titleFlow.bookTitle(bookWording.bookTitle(book), bookWording.bookAbout(book),
                    titleFlow.section(root.child("Sect"), bookLanguage));
            List<List<Paginator.Placement>> titlePages = paginate(titleFlow, bookGeometry);
            Tag contents = root.child("Sect");

            List<Chapter> chapters = new ArrayList<>();
            for (int i = 0; i < book.articles().size(); i++) {
                Article article = book.articles().get(i);
                Language language = article.language();
                Wording wording = Wording.of(language.tag(), Numerals.forArticle(article, numerals));
                String title = ArticleMarkup.title(article);
                chapters.add(chapter(doc, f, theme, article, options.forArticle(i), wording, flow -> {
                    FlowBuilder.Box box = flow.section(root.child("Art", language.tag()), language);
                    flow.chapter(title);
                    return box;
                }));
            }

            // The contents give page numbers, which depend on how many pages the contents take:
            // set them for one page, then again for as many as that took, until the count holds.
            Section contentsSection = null;
            int guess = 1;
            for (int attempt = 0; attempt < 3; attempt++) {
                contents.clear();
                List<FlowBuilder.ContentsEntry> entries = new ArrayList<>();
                int page = titlePages.size() + guess + 1;
                for (int i = 0; i < chapters.size(); i++) {
                    Article article = book.articles().get(i);
                    entries.add(new FlowBuilder.ContentsEntry(ArticleMarkup.title(article), article.language(),
                            bookWording.numerals().format(page), page - 1));
                    page += chapters.get(i).section().pages().size();
                }
                FlowBuilder contentsFlow = flow(f, bookGeometry, theme, noImages, new InlineRuns(null), bookWording);
                contentsFlow.contents(bookWording.contents(), entries, contentsFlow.section(contents, bookLanguage));
                contentsSection = new Section(bookGeometry, paginate(contentsFlow, bookGeometry),
                        new RunningHeads(f.engine(), bookGeometry, theme, bookWording, null, book.language()), false);
                if (contentsSection.pages().size() == guess) break;
                guess = contentsSection.pages().size();
            }

            List<Section> sections = new ArrayList<>();
            sections.add(new Section(bookGeometry, titlePages, null, true));
            sections.add(contentsSection);
            for (Chapter c : chapters) sections.add(c.section());
            PdfStandard standard = options.get(PdfSettings.STANDARD);
            StructureTree structure = standard.tagged() ? new StructureTree(doc, root) : null;
            draw(doc, f, structure, sections);
            List<Block> blocks = new ArrayList<>();
            List<String> authors = new ArrayList<>();
            for (Article a : book.articles()) {
                blocks.addAll(a.blocks());
                a.metadata().authors().stream().filter(n -> !authors.contains(n)).forEach(authors::add);
            }
            Metadata m = Metadata.builder().title(bookWording.bookTitle(book)).authors(authors)
                    .language(book.language()).direction(book.direction()).build();
            DocumentInfo.apply(doc, new Article(m, blocks), options.timestamp(), standard);
            save(doc, f, out);
        }
    }

    /** The fonts of one document: the user's and the bundled ones for layout, and those embedded in it. */
    private record Fonts(DocumentFonts layout, EmbeddedFonts embedded, TextEngine engine) {
    }

    private Fonts fonts(PDDocument doc) {
        DocumentFonts layoutFonts = fonts.withFonts(options.get(PdfSettings.FONTS), options.get(PdfSettings.FONT_DIRS),
                options.diagnostics()).forDocument(options.diagnostics());
        return new Fonts(layoutFonts, new EmbeddedFonts(doc), new TextEngine(layoutFonts));
    }

    /** Pages set with one geometry and one running head; {@code opening}: its first page has none. */
    private record Section(PageGeometry geometry, List<List<Paginator.Placement>> pages, RunningHeads heads,
            boolean opening) {
    }

    private record Chapter(FlowBuilder flow, Section section) {
    }

    /** Where an article's flow starts: a page of its own, or a part of a book. */
    private interface Start {
        FlowBuilder.Box box(FlowBuilder flow);
    }

    /** Sets one article: title block, blocks, link notes, cut into at most {@link #MAX_PAGES} pages. */
    private Chapter chapter(PDDocument doc, Fonts f, Theme theme, Article article, WriteOptions articleOptions,
            Wording wording, Start start) {
        Language language = article.language();
        PageGeometry geometry = new PageGeometry(size, language.direction());
        LinkNotes notes = options.get(PdfSettings.LINK_NOTES) ? new LinkNotes(wording.numerals()) : null;
        InlineRuns runs = new InlineRuns(notes);
        Images images = new Images(doc, articleOptions.resources(), options.diagnostics(),
                options.limits().maxImagePixels(), geometry.contentWidth());
        FlowBuilder flow = flow(f, geometry, theme, images, runs, wording);
        FlowBuilder.Box page = start.box(flow);
        flow.titleBlock(article, page);
        flow.blocks(article.blocks(), page);
        if (notes != null) flow.linkNotes(notes.targets(), page);
        List<List<Paginator.Placement>> pages = paginate(flow, geometry);
        if (flow.full() || pages.size() > MAX_PAGES) {
            options.diagnostics().warn("article cut after " + MAX_PAGES + " PDF pages");
            pages = pages.subList(0, Math.min(pages.size(), MAX_PAGES));
        }
        RunningHeads heads = new RunningHeads(f.engine(), geometry, theme, wording, article.metadata().title(),
                language.tag());
        return new Chapter(flow, new Section(geometry, pages, heads, true));
    }

    private FlowBuilder flow(Fonts f, PageGeometry geometry, Theme theme, Images images, InlineRuns runs,
            Wording wording) {
        Tables tables = new Tables(f.engine(), theme, runs, options.limits().maxTableCells(), options.diagnostics());
        return new FlowBuilder(f.engine(), geometry, theme, justification, images, runs, wording, tables, MAX_PAGES);
    }

    private static List<List<Paginator.Placement>> paginate(FlowBuilder flow, PageGeometry geometry) {
        List<List<Paginator.Placement>> pages = new Paginator(geometry.contentHeight()).paginate(flow.items());
        return pages.isEmpty() ? List.of(List.of()) : pages;
    }

    /**
     * Draws the sections' pages in order, numbered through, then the outline of the headings
     * drawn. Every page exists before the first is drawn, so that a link can lead forward.
     */
    private void draw(PDDocument doc, Fonts f, StructureTree structure, List<Section> sections) throws IOException {
        int total = sections.stream().mapToInt(s -> s.pages().size()).sum();
        List<PDPage> pages = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            PDPage pdPage = new PDPage(new PDRectangle(size.width(), size.height()));
            // Links are visited in the order of the structure tree (PDF/UA).
            if (structure != null) pdPage.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
            doc.addPage(pdPage);
            pages.add(pdPage);
        }
        List<PageCanvas.Anchor> anchors = new ArrayList<>();
        int number = 0;
        for (Section section : sections) {
            for (int p = 0; p < section.pages().size(); p++) {
                PDPage pdPage = pages.get(number);
                number++;
                try (GlyphContentStream content = new GlyphContentStream(f.embedded(), pdPage)) {
                    PageCanvas canvas = new PageCanvas(pdPage, pages, content, anchors, structure);
                    for (Paginator.Placement placed : section.pages().get(p)) draw(canvas, section.geometry(), placed);
                    if (section.heads() != null) section.heads().draw(canvas, number, total, section.opening() && p == 0);
                }
            }
        }
        if (structure != null) structure.finish();
        Outline.build(doc, anchors);
    }

    private static void save(PDDocument doc, Fonts f, OutputStream out) throws IOException {
        f.embedded().finish();
        f.layout().finish();
        doc.save(new KeepOpen(out), CompressParameters.DEFAULT_COMPRESSION);
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
