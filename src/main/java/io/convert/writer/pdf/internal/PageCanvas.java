package io.convert.writer.pdf.internal;

import io.convert.typeset.TextLine;
import io.convert.typeset.emit.GlyphContentStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;

/**
 * One page being drawn: its content stream, the link annotations its lines produce, and the
 * headings that start on it (for the outline). In a tagged document every drawing is marked:
 * as content of its structure element, or, with no element, as an artifact (running heads,
 * rules, shading, repeated table headers).
 */
public final class PageCanvas {
    private static final COSName ARTIFACT = COSName.getPDFName("Artifact");

    private final PDPage page;
    private final List<PDPage> pages;
    private final GlyphContentStream content;
    private final List<Anchor> anchors;
    private final StructureTree structure;

    /** A heading drawn on a page at height {@code y}. */
    public record Anchor(Bookmark bookmark, PDPage page, float y) {
    }

    /** Drawing on the page's content stream (images, rules, fills). */
    public interface Painting {
        void paint(PDPageContentStream graphics) throws IOException;
    }

    /** {@code pages}: every page of the document, for links within it; {@code structure}: null for an untagged document. */
    PageCanvas(PDPage page, List<PDPage> pages, GlyphContentStream content, List<Anchor> anchors,
            StructureTree structure) {
        this.page = page;
        this.pages = pages;
        this.content = content;
        this.anchors = anchors;
        this.structure = structure;
        if (structure != null) structure.page(page);
    }

    /** Paints as content of {@code tag}, or as an artifact when it is null. */
    public void paint(Tag tag, Painting painting) throws IOException {
        begin(tag);
        painting.paint(content.stream());
        end();
    }

    /** Draws a line of text as content of {@code tag} (null: an artifact) and makes its links clickable. */
    public void drawLine(TextLine line, float x, float baseline, Tag tag) throws IOException {
        begin(tag);
        content.draw(line, x, baseline);
        end();
        for (TextLine.LinkArea area : line.links(x, baseline)) link(area, tag);
    }

    private void begin(Tag tag) throws IOException {
        if (structure == null) return;
        if (tag == null) content.stream().beginMarkedContent(ARTIFACT);
        else content.stream().beginMarkedContent(COSName.getPDFName(tag.role()), structure.mark(tag));
    }

    private void end() throws IOException {
        if (structure != null) content.stream().endMarkedContent();
    }

    private void link(TextLine.LinkArea area, Tag tag) throws IOException {
        PDActionURI action = new PDActionURI();
        action.setURI(area.href());
        annotate(new PDRectangle(area.x0(), area.y0(), area.x1() - area.x0(), area.y1() - area.y0()), action,
                area.href(), tag);
    }

    /**
     * Makes {@code area} a link to the top of the page at index {@code target} (a book's contents
     * to its chapters), described to screen readers as {@code description}.
     */
    public void jump(Tag tag, PDRectangle area, int target, String description) throws IOException {
        PDPageFitWidthDestination destination = new PDPageFitWidthDestination();
        PDPage to = pages.get(target);
        destination.setPage(to);
        destination.setTop((int) to.getMediaBox().getUpperRightY());
        PDActionGoTo action = new PDActionGoTo();
        action.setDestination(destination);
        annotate(area, action, description, tag);
    }

    private void annotate(PDRectangle area, PDAction action, String description, Tag tag) throws IOException {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(area);
        PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
        noBorder.setWidth(0);
        link.setBorderStyle(noBorder);
        link.setAction(action);
        link.setPage(page);
        // Archives print what they keep (PDF/A); screen readers announce the target (PDF/UA).
        link.setPrinted(true);
        link.setContents(description);
        page.getAnnotations().add(link);
        if (structure != null && tag != null) structure.link(tag, link);
    }

    /** Tells the structure where on the page {@code tag}'s content lies (a figure's image). */
    public void bounds(Tag tag, PDRectangle box) {
        if (structure != null && tag != null) structure.bounds(tag, box);
    }

    public void anchor(Bookmark bookmark, float y) {
        anchors.add(new Anchor(bookmark, page, y));
    }
}
