package io.convert.writer.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.convert.Converter;
import io.convert.io.NetworkPolicy;
import io.convert.io.PolicyResourceLoader;
import io.convert.model.Article;
import io.convert.model.Direction;
import io.convert.spi.Input;
import io.convert.spi.ReadOptions;
import io.convert.spi.WriteOptions;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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
        Converter converter = Converter.create();
        String extension = name.substring(name.lastIndexOf('.') + 1);
        assumeTrue(converter.formats().readers().stream().anyMatch(r -> r.extensions().contains(extension)),
                "no reader for ." + extension + " on this branch yet");
        Input input = new Input(Files.readString(file, StandardCharsets.UTF_8), file.toString(), name,
                file.getParent().toUri().toString());
        Article article = converter.read(input, null, ReadOptions.defaults());
        WriteOptions options = WriteOptions.builder()
                .resources(new PolicyResourceLoader(file.getParent().toUri(), List.of(file.getParent()),
                        NetworkPolicy.OFF, 16 << 20))
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
