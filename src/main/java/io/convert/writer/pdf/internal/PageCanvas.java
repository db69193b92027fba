package io.convert.writer.pdf.internal;

import io.convert.typeset.TextLine;
import io.convert.typeset.emit.GlyphContentStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

/**
 * One page being drawn: its content stream, the link annotations its lines produce, and the
 * headings that start on it (for the outline).
 */
public final class PageCanvas {
    private final PDPage page;
    private final GlyphContentStream content;
    private final List<Anchor> anchors;

    /** A heading drawn on a page at height {@code y}. */
    public record Anchor(Bookmark bookmark, PDPage page, float y) {
    }

    public PageCanvas(PDPage page, GlyphContentStream content, List<Anchor> anchors) {
        this.page = page;
        this.content = content;
        this.anchors = anchors;
    }

    /** The page's content stream for images, rules and fills. */
    public PDPageContentStream graphics() {
        return content.stream();
    }

    /** Draws a line of text and makes its links clickable. */
    public void drawLine(TextLine line, float x, float baseline) throws IOException {
        content.draw(line, x, baseline);
        for (TextLine.LinkArea area : line.links(x, baseline)) link(area);
    }

    private void link(TextLine.LinkArea area) throws IOException {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(area.x0(), area.y0(), area.x1() - area.x0(), area.y1() - area.y0()));
        PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
        noBorder.setWidth(0);
        link.setBorderStyle(noBorder);
        PDActionURI action = new PDActionURI();
        action.setURI(area.href());
        link.setAction(action);
        link.setPage(page);
        page.getAnnotations().add(link);
    }

    public void anchor(Bookmark bookmark, float y) {
        anchors.add(new Anchor(bookmark, page, y));
    }
}
