package io.convert.typeset.emit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.convert.fixture.Articles;
import io.convert.spi.WriteOptions;
import io.convert.writer.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.zip.Deflater;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

class DeflateTest {
    @Test
    void pageContentsAndFontProgramsAreDeflatedAtTheWritersOwnLevel() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfWriter().write(Articles.arabicNews(), out,
                WriteOptions.builder().timestamp(Instant.parse("2025-06-01T12:00:00Z")).build());
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            PDPage page = doc.getPage(0);
            assertDeflatedAtLevel((COSStream) page.getCOSObject().getDictionaryObject(COSName.CONTENTS));
            COSName name = page.getResources().getFontNames().iterator().next();
            PDType0Font font = (PDType0Font) page.getResources().getFont(name);
            assertDeflatedAtLevel(font.getDescendantFont().getFontDescriptor().getFontFile2().getCOSObject());
        }
    }

    private static void assertDeflatedAtLevel(COSStream stream) throws IOException {
        assertEquals(COSName.FLATE_DECODE, stream.getDictionaryObject(COSName.FILTER));
        byte[] stored, plain;
        try (InputStream raw = stream.createRawInputStream(); InputStream decoded = stream.createInputStream()) {
            stored = raw.readAllBytes();
            plain = decoded.readAllBytes();
        }
        Deflater deflater = new Deflater(Deflate.LEVEL);
        deflater.setInput(plain);
        deflater.finish();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) expected.write(buffer, 0, deflater.deflate(buffer));
        deflater.end();
        assertArrayEquals(expected.toByteArray(), stored);
    }
}
