package io.convert.writer.pdf.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * Bookmarks from the headings: each heading nests under the nearest heading before it of a
 * higher level, so skipped levels (h2 then h4) still nest, and headings before any h1 sit at
 * the top.
 */
public final class Outline {
    private Outline() {
    }

    private record Open(int level, PDOutlineNode node) {
    }

    public static void build(PDDocument doc, List<PageCanvas.Anchor> anchors) {
        if (anchors.isEmpty()) return;
        PDDocumentOutline outline = new PDDocumentOutline();
        Deque<Open> open = new ArrayDeque<>();
        open.push(new Open(0, outline));
        for (PageCanvas.Anchor anchor : anchors) {
            while (open.peek().level() >= anchor.bookmark().level()) open.pop();
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(anchor.bookmark().title());
            PDPageXYZDestination dest = new PDPageXYZDestination();
            dest.setPage(anchor.page());
            dest.setTop(Math.round(anchor.y()));
            item.setDestination(dest);
            open.peek().node().addLast(item);
            open.push(new Open(anchor.bookmark().level(), item));
        }
        outline.openNode();
        doc.getDocumentCatalog().setDocumentOutline(outline);
        doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }
}
