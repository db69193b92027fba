package io.convert.writer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.convert.fixture.Images;
import io.convert.fixture.Outputs;
import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Image;
import io.convert.model.Inline;
import io.convert.model.Metadata;
import io.convert.spi.ArticleWriter;
import io.convert.spi.WriteOptions;
import io.convert.writer.epub.EpubWriter;
import io.convert.writer.html.HtmlWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article built through the library with its lead image also placed in the body as a figure
 * shows that picture once, as Markdown, PDF and text already did.
 */
class LeadImageOnceTest {
    private static final Image PHOTO = new Image(Images.dataUri("image/png", Images.png(64, 40)), "The quay");

    @TempDir
    Path folder;

    private static Article article() {
        Metadata m = Metadata.builder().title("Harbour reopens").language("en")
                .leadImage(new Metadata.LeadImage(PHOTO, List.of(new Inline.Text("The quay at dawn")), null)).build();
        return new Article(m, List.of(
                new Block.Figure(PHOTO, List.of(new Inline.Text("The quay at dawn")), null, null),
                new Block.Paragraph(List.of(new Inline.Text("The harbour reopened on Monday after repairs.")))));
    }

    @Test
    void htmlShowsTheLeadImageOnce() throws IOException {
        String html = new String(write(new HtmlWriter()), StandardCharsets.UTF_8);
        assertEquals(1, Jsoup.parse(html).select("img").size(), html);
    }

    @Test
    void epubShowsTheLeadImageOnce() throws IOException {
        String content = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(write(new EpubWriter())))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals("EPUB/content.xhtml")) content = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        assertEquals(1, Jsoup.parse(String.valueOf(content)).select("img").size(), content);
    }

    private byte[] write(ArticleWriter writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(article(), out, WriteOptions.builder().resources(Outputs.resources(folder)).build());
        return out.toByteArray();
    }
}
