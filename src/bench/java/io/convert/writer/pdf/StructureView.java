package io.convert.writer.pdf;

import com.ibm.icu.text.Bidi;
import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A screen reader's view of a tagged PDF: its structure tree in reading order, each element with
 * its language and alternative text and the text of its own marked content (drawn left to right,
 * put back in logical order with the Unicode bidi algorithm): {@code StructureView PDF}.
 */
public final class StructureView {
    private final PDDocument doc;
    private final Map<PDPage, Map<Integer, String>> texts = new HashMap<>();

    private StructureView(PDDocument doc) {
        this.doc = doc;
    }

    public static void main(String[] args) throws Exception {
        try (PDDocument doc = Loader.loadPDF(new File(args[0]))) {
            StructureView view = new StructureView(doc);
            String lang = doc.getDocumentCatalog().getLanguage();
            System.out.println("Lang " + lang);
            view.print(doc.getDocumentCatalog().getStructureTreeRoot(), "", lang);
        }
    }

    private void print(PDStructureNode node, String indent, String lang) throws Exception {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                String own = e.getLanguage() == null ? lang : e.getLanguage();
                StringBuilder line = new StringBuilder(indent).append(e.getStructureType());
                if (e.getLanguage() != null) line.append(" [").append(e.getLanguage()).append(']');
                if (e.getAlternateDescription() != null) line.append(" alt=\"").append(e.getAlternateDescription()).append('"');
                StringBuilder text = new StringBuilder();
                for (Object k : e.getKids()) {
                    // A bare MCID is on the element's own page; a reference names its page.
                    if (k instanceof Integer mcid) text.append(text(e.getPage(), mcid, own));
                    if (k instanceof PDMarkedContentReference ref) text.append(text(ref.getPage(), ref.getMCID(), own));
                    if (k instanceof PDObjectReference obj) line.append(" (annotation ").append(obj.getReferencedObject().getClass().getSimpleName()).append(')');
                }
                if (text.length() > 0) line.append(": ").append(text.toString().strip());
                System.out.println(line);
                print(e, indent + "  ", own);
            }
        }
    }

    private String text(PDPage page, int mcid, String lang) throws Exception {
        Map<Integer, String> onPage = texts.get(page);
        if (onPage == null) {
            onPage = new HashMap<>();
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            for (PDMarkedContent mc : extractor.getMarkedContents()) collect(mc, onPage, lang);
            texts.put(page, onPage);
        }
        return onPage.getOrDefault(mcid, "");
    }

    private static void collect(PDMarkedContent mc, Map<Integer, String> out, String lang) {
        if (mc.getMCID() < 0) return;
        StringBuilder visual = new StringBuilder();
        for (Object o : mc.getContents()) {
            if (o instanceof TextPosition t) visual.append(t.getUnicode());
        }
        out.put(mc.getMCID(), logical(visual.toString(), lang) + " ");
    }

    /** Glyphs are drawn in visual order; the inverse bidi algorithm gives the order they are read in. */
    private static String logical(String visual, String lang) {
        boolean rtl = List.of("ar", "fa", "he", "ur").contains(lang == null ? "" : lang.split("-")[0]);
        Bidi bidi = new Bidi();
        bidi.setReorderingMode(Bidi.REORDER_INVERSE_LIKE_DIRECT);
        bidi.setPara(visual, rtl ? Bidi.RTL : Bidi.LTR, null);
        return bidi.writeReordered(Bidi.REMOVE_BIDI_CONTROLS);
    }
}
