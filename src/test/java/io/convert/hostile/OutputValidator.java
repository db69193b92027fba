package io.convert.hostile;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Checks that bytes are a valid document of a format, with the real parsers: PDFBox for PDF,
 * the zip reader and an XML parser for EPUB, an XML parser for HTML, Jackson for JSON, a strict
 * UTF-8 decoder for Markdown and text. Returns null when valid, else what is wrong.
 */
final class OutputValidator {
    private OutputValidator() {
    }

    static String problem(String format, byte[] data) {
        try {
            switch (format) {
                case "pdf" -> {
                    try (PDDocument doc = Loader.loadPDF(data)) {
                        if (doc.getNumberOfPages() < 1) return "PDF without pages";
                        new PDFTextStripper().getText(doc);
                    }
                }
                case "epub" -> {
                    return epubProblem(data);
                }
                case "html" -> parseXml(data);
                case "json" -> new ObjectMapper().readTree(data);
                case "md", "txt" -> {
                    String text = strictUtf8(data);
                    for (int i = 0; i < text.length(); i++) {
                        char c = text.charAt(i);
                        if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)) {
                            return "control character U+" + Integer.toHexString(c) + " at " + i;
                        }
                    }
                }
                default -> throw new IllegalArgumentException(format);
            }
            return null;
        } catch (Exception e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static String epubProblem(byte[] data) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(data), StandardCharsets.UTF_8)) {
            ZipEntry first = zip.getNextEntry();
            if (first == null || !first.getName().equals("mimetype")) return "mimetype is not the first entry";
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                byte[] content = zip.readAllBytes();
                String name = e.getName();
                if (name.endsWith(".xhtml") || name.endsWith(".opf") || name.endsWith(".ncx") || name.endsWith(".xml")) {
                    parseXml(content);
                }
            }
        }
        return null;
    }

    private static void parseXml(byte[] data) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        var builder = f.newDocumentBuilder();
        builder.setErrorHandler(null);
        builder.parse(new ByteArrayInputStream(data));
    }

    static String strictUtf8(byte[] data) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
    }
}
