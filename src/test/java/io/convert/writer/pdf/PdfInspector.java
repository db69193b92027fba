package io.convert.writer.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a produced PDF back with PDFBox (and qpdf) and answers what the tests check. */
final class PdfInspector implements AutoCloseable {
    private static final Pattern SUBSET = Pattern.compile("^[A-Z]{6}\\+.+");

    final PDDocument doc;

    PdfInspector(byte[] pdf) throws IOException {
        doc = Loader.loadPDF(pdf);
    }

    int pages() {
        return doc.getNumberOfPages();
    }

    /** The bookmarks, depth first, as "level title". */
    List<String> outline() {
        List<String> out = new ArrayList<>();
        if (doc.getDocumentCatalog().getDocumentOutline() != null) {
            walk(doc.getDocumentCatalog().getDocumentOutline(), 1, out);
        }
        return out;
    }

    private static void walk(PDOutlineNode node, int depth, List<String> out) {
        for (PDOutlineItem item : node.children()) {
            out.add(depth + " " + item.getTitle());
            walk(item, depth + 1, out);
        }
    }

    /** Every font used on any page that is not embedded or not subset, with the reason. */
    List<String> fontProblems() throws IOException {
        List<String> problems = new ArrayList<>();
        int fonts = 0;
        for (PDPage page : doc.getPages()) {
            PDResources res = page.getResources();
            for (COSName name : res.getFontNames()) {
                PDFont font = res.getFont(name);
                fonts++;
                boolean embedded = font instanceof PDType0Font t0 ? t0.getDescendantFont().isEmbedded()
                        : font.isEmbedded();
                if (!embedded) problems.add(font.getName() + " not embedded");
                if (!SUBSET.matcher(font.getName()).matches()) problems.add(font.getName() + " not subset");
            }
        }
        if (fonts == 0) problems.add("no fonts at all");
        return problems;
    }

    /** Distinct image XObjects drawn on the pages. */
    int images() throws IOException {
        Set<COSBase> seen = new HashSet<>();
        for (PDPage page : doc.getPages()) {
            PDResources res = page.getResources();
            for (COSName name : res.getXObjectNames()) {
                PDXObject x = res.getXObject(name);
                if (x instanceof PDImageXObject) seen.add(x.getCOSObject());
            }
        }
        return seen.size();
    }

    /** URIs of the link annotations, in page order. */
    Set<String> linkTargets() throws IOException {
        Set<String> out = new LinkedHashSet<>();
        for (PDPage page : doc.getPages()) {
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    PDRectangle r = link.getRectangle();
                    if (r.getWidth() <= 0 || r.getHeight() <= 0) throw new AssertionError("empty link area " + r);
                    out.add(uri.getURI());
                }
            }
        }
        return out;
    }

    /** Glyphs whose box leaves the page's media box, as "page: text at x,y". */
    List<String> textOutsidePage() throws IOException {
        List<String> outside = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                PDRectangle box = getCurrentPage().getMediaBox();
                for (TextPosition p : positions) {
                    float x = p.getXDirAdj(), y = p.getYDirAdj();
                    if (x < 0 || x + p.getWidthDirAdj() > box.getWidth() + 0.5f || y - p.getHeightDir() < 0
                            || y > box.getHeight()) {
                        outside.add(getCurrentPageNo() + ": '" + p.getUnicode() + "' at " + x + "," + y);
                    }
                }
            }
        };
        stripper.getText(doc);
        return outside;
    }

    /** Horizontal start of the first occurrence of {@code word} on its line, or NaN. */
    float xOf(String word) throws IOException {
        float[] found = {Float.NaN};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                int i = text.indexOf(word);
                if (i >= 0 && Float.isNaN(found[0]) && positions.size() == text.length()) {
                    found[0] = positions.get(i).getXDirAdj();
                }
            }
        };
        stripper.getText(doc);
        return found[0];
    }

    String text() throws IOException {
        return new PDFTextStripper().getText(doc);
    }

    String text(int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(doc);
    }

    /** qpdf's structural check; null when qpdf is not installed, else its verdict and output. */
    static String qpdfCheck(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("convert-check", ".pdf");
        try {
            Files.write(file, pdf);
            Process p;
            try {
                p = new ProcessBuilder("qpdf", "--check", file.toString()).redirectErrorStream(true).start();
            } catch (IOException e) {
                return null;
            }
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly();
            return (p.exitValue() == 0 ? "ok\n" : "failed\n") + out;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
