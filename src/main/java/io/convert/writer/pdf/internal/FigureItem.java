package io.convert.writer.pdf.internal;

import io.convert.typeset.TextLine;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * An image with its caption lines below it, kept on one page. The image is already scaled to
 * fit the measure and the page. The image is the content of a Figure element (an artifact when
 * it has no text to stand for it), the lines that of its Caption.
 */
public final class FigureItem extends FlowItem {
    static final float CAPTION_GAP = 6f;
    /** A figure is shrunk to end a page only down to this share of its size, else it moves on. */
    private static final float MIN_SHRINK = 0.6f;

    private final PDImageXObject image;
    private final float imageX;
    private final float imageWidth;
    private final float imageHeight;
    private final List<TextLine> caption;
    private final float captionX;
    private final Tag figure;
    private final Tag captionTag;

    /** {@code figure} null: a decorative image; {@code captionTag} null when there is no caption. */
    public FigureItem(PDImageXObject image, float imageX, float imageWidth, float imageHeight, List<TextLine> caption,
            float captionX, Tag figure, Tag captionTag) {
        this.figure = figure;
        this.captionTag = captionTag;
        this.image = image;
        this.imageX = imageX;
        this.imageWidth = imageWidth;
        this.imageHeight = imageHeight;
        this.caption = List.copyOf(caption);
        this.captionX = captionX;
    }

    @Override
    public float height() {
        return imageHeight + (caption.isEmpty() ? 0 : CAPTION_GAP + captionHeight(caption));
    }

    /**
     * This figure scaled down to fit {@code available} points of height, or null when that
     * would make the image smaller than {@link #MIN_SHRINK} of its size (it then goes to the
     * next page instead of leaving a hole at the bottom of this one).
     */
    public FigureItem shrunk(float available) {
        float scale = (available - (height() - imageHeight)) / imageHeight;
        if (scale < MIN_SHRINK || scale >= 1f) return null;
        float w = imageWidth * scale;
        FigureItem item = new FigureItem(image, imageX + (imageWidth - w) / 2, w, imageHeight * scale, caption, captionX,
                figure, captionTag);
        item.spaceBefore(spaceBefore());
        item.keepWithPrevious(keepWithPrevious());
        item.decorations(decorations());
        return item;
    }

    static float captionHeight(List<TextLine> lines) {
        float h = 0;
        for (TextLine l : lines) h += l.height();
        return h;
    }

    @Override
    public void draw(PageCanvas canvas, float top) throws IOException {
        canvas.paint(figure, cs -> cs.drawImage(image, imageX, top - imageHeight, imageWidth, imageHeight));
        canvas.bounds(figure, new PDRectangle(imageX, top - imageHeight, imageWidth, imageHeight));
        float y = top - imageHeight - CAPTION_GAP;
        for (TextLine line : caption) {
            canvas.drawLine(line, captionX, LineItem.baseline(line, y), captionTag);
            y -= line.height();
        }
    }
}
