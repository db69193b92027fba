package io.convert.writer.pdf.internal;

import io.convert.model.Metadata;
import io.convert.writer.pdf.PdfStandard;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The XMP packet that repeats the document information in the form archives and search tools
 * read (Dublin Core, XMP basic, Adobe PDF schemas), and the standards the file claims (PDF/A
 * and PDF/UA identification, the latter described in a PDF/A extension schema as PDF/A asks of
 * every schema it does not predefine).
 */
final class Xmp {
    private Xmp() {
    }

    static byte[] packet(Metadata m, String title, String lang, Instant when, PdfStandard standard) {
        String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(when.atOffset(ZoneOffset.UTC));
        String xmlLang = lang == null ? "x-default" : escape(lang);
        StringBuilder x = new StringBuilder();
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
                .append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
                .append("<dc:format>application/pdf</dc:format>\n");
        alt(x, "dc:title", xmlLang, title);
        if (present(m.description())) alt(x, "dc:description", xmlLang, m.description());
        list(x, "dc:creator", "Seq", m.authors());
        list(x, "dc:subject", "Bag", m.tags());
        if (lang != null) list(x, "dc:language", "Bag", List.of(lang));
        if (present(m.source())) x.append("<dc:source>").append(escape(m.source())).append("</dc:source>\n");
        x.append("<xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n")
                .append("<xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n")
                .append("<xmp:CreatorTool>").append(DocumentInfo.PRODUCER).append("</xmp:CreatorTool>\n")
                .append("<pdf:Producer>").append(DocumentInfo.PRODUCER).append("</pdf:Producer>\n");
        if (!m.tags().isEmpty()) {
            x.append("<pdf:Keywords>").append(escape(String.join(", ", m.tags()))).append("</pdf:Keywords>\n");
        }
        x.append("</rdf:Description>\n");
        if (standard.pdfaPart() > 0) {
            x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">")
                    .append("<pdfaid:part>").append(standard.pdfaPart()).append("</pdfaid:part>")
                    .append("<pdfaid:conformance>").append(standard.pdfaConformance()).append("</pdfaid:conformance>")
                    .append("</rdf:Description>\n");
        }
        if (standard.ua()) {
            x.append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">")
                    .append("<pdfuaid:part>1</pdfuaid:part></rdf:Description>\n");
            if (standard.pdfaPart() > 0) x.append(UA_SCHEMA);
        }
        x.append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static final String UA_SCHEMA = """
            <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
            xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
            <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
            <pdfaSchema:schema>PDF/UA identification</pdfaSchema:schema>
            <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
            <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
            <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
            <pdfaProperty:name>part</pdfaProperty:name>
            <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
            <pdfaProperty:category>internal</pdfaProperty:category>
            <pdfaProperty:description>The part of ISO 14289 the file conforms to</pdfaProperty:description>
            </rdf:li></rdf:Seq></pdfaSchema:property>
            </rdf:li></rdf:Bag></pdfaExtension:schemas>
            </rdf:Description>
            """;

    private static void alt(StringBuilder x, String element, String lang, String value) {
        x.append('<').append(element).append("><rdf:Alt><rdf:li xml:lang=\"").append(lang).append("\">")
                .append(escape(value.strip())).append("</rdf:li></rdf:Alt></").append(element).append(">\n");
    }

    private static void list(StringBuilder x, String element, String kind, List<String> values) {
        if (values.isEmpty()) return;
        x.append('<').append(element).append("><rdf:").append(kind).append('>');
        for (String v : values) x.append("<rdf:li>").append(escape(v)).append("</rdf:li>");
        x.append("</rdf:").append(kind).append("></").append(element).append(">\n");
    }

    /** XML text escaping; characters XML 1.0 forbids are dropped. */
    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c != 0xFFFE && c != 0xFFFF) out.appendCodePoint(c);
                }
            }
        });
        return out.toString();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
