package io.convert.writer.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.convert.fixture.Examples;
import io.convert.fixture.Outputs;
import io.convert.model.Article;
import io.convert.model.Direction;
import io.convert.spi.WriteOptions;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The repository's examples, read by the real readers and written as PDF, then read back. */
class PdfExamplesTest {
    private static final PdfWriter WRITER = new PdfWriter();

    @ParameterizedTest
    @ValueSource(strings = {"article-ar.txt", "article-ar.html", "article-en.html"})
    void exampleBecomesASoundPdf(String name) throws Exception {
        Path file = Path.of("examples", name).toAbsolutePath();
        assertTrue(Files.exists(file), file + " is part of the repository");
        Article article = Examples.read(file);
        WriteOptions options = WriteOptions.builder()
                .resources(Outputs.resources(file.getParent()))
                .timestamp(Instant.parse("2025-06-01T00:00:00Z"))
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WRITER.write(article, out, options);

        try (PdfInspector pdf = new PdfInspector(out.toByteArray())) {
            assertTrue(pdf.pages() >= 1 && pdf.pages() <= 8, "pages: " + pdf.pages());
            assertEquals(List.of(), pdf.fontProblems());
            assertEquals(List.of(), pdf.textOutsidePage());
            assertEquals(article.metadata().title(), pdf.doc.getDocumentInformation().getTitle());
            assertEquals(article.language().tag(), pdf.doc.getDocumentCatalog().getLanguage());
            assertEquals(PdfWriterTest.headings(article), pdf.outline());
            if (name.contains("-ar")) {
                assertEquals(Direction.RTL, article.language().direction());
                assertEquals(PDViewerPreferences.READING_DIRECTION.R2L.toString(),
                        pdf.doc.getDocumentCatalog().getViewerPreferences().getReadingDirection());
            }
            String verdict = PdfInspector.qpdfCheck(out.toByteArray());
            if (verdict != null) assertTrue(verdict.startsWith("ok"), verdict);
        }
    }
}
