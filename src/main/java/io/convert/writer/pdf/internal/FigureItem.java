package io.convert.writer.pdf.internal;

import io.convert.pdf.text.TextLine;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * An image with its caption lines below it, kept on one page. The image is already scaled to
 * fit the measure and the page.
 */
public final class FigureItem extends FlowItem {
    static final float CAPTION_GAP = 6f;

    private final PDImageXObject image;
    private final float imageX;
    private final float imageWidth;
    private final float imageHeight;
    private final List<TextLine> caption;
    private final float captionX;

    public FigureItem(PDImageXObject image, float imageX, float imageWidth, float imageHeight, List<TextLine> caption,
            float captionX) {
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

    static float captionHeight(List<TextLine> lines) {
        float h = 0;
        for (TextLine l : lines) h += l.height();
        return h;
    }

    @Override
    public void draw(PageCanvas canvas, float top) throws IOException {
        canvas.graphics().drawImage(image, imageX, top - imageHeight, imageWidth, imageHeight);
        float y = top - imageHeight - CAPTION_GAP;
        for (TextLine line : caption) {
            canvas.drawLine(line, captionX, LineItem.baseline(line, y));
            y -= line.height();
        }
    }
}
