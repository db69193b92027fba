package io.convert.writer.pdf.internal;

import io.convert.model.Image;
import io.convert.spi.Diagnostics;
import io.convert.spi.Resource;
import io.convert.spi.ResourceLoader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Loads the article's images into one document, through the caller's resource policy. An image
 * that cannot be had (refused, missing, corrupt, too many pixels, a format ImageIO cannot read)
 * gives one warning and no image, never an exception. Each source is loaded once per document.
 */
public final class Images {
    /** Pixels per point kept for print (about 250 dpi); larger images are scaled down. */
    private static final float MAX_PIXELS_PER_POINT = 250f / 72f;

    private final PDDocument document;
    private final ResourceLoader resources;
    private final Diagnostics diagnostics;
    private final long maxPixels;
    private final float maxWidthPoints;
    private final Map<String, Optional<PDImageXObject>> loaded = new HashMap<>();

    public Images(PDDocument document, ResourceLoader resources, Diagnostics diagnostics, long maxPixels,
            float maxWidthPoints) {
        this.document = document;
        this.resources = resources;
        this.diagnostics = diagnostics;
        this.maxPixels = maxPixels;
        this.maxWidthPoints = maxWidthPoints;
    }

    /** The image as a PDF XObject, or empty (after a warning) when it cannot be used. */
    public Optional<PDImageXObject> load(Image image) {
        return loaded.computeIfAbsent(image.source(), source -> decode(source));
    }

    private Optional<PDImageXObject> decode(String source) {
        String name = source.startsWith("data:") ? "embedded image" : shorten(source);
        byte[] data;
        try {
            Resource r = resources.load(source);
            data = r.data();
        } catch (ResourceLoader.ResourceException e) {
            diagnostics.warn("image left out: " + e.getMessage());
            return Optional.empty();
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                diagnostics.warn("image left out: " + name + ": not an image format that can be read");
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long w = reader.getWidth(0), h = reader.getHeight(0);
                // Checked from the header, before any pixel is decoded (decompression bombs).
                if (w <= 0 || h <= 0 || w * h > maxPixels) {
                    diagnostics.warn("image left out: " + name + ": " + w + "×" + h + " pixels exceeds the limit of "
                            + maxPixels);
                    return Optional.empty();
                }
                String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
                if (format.equals("jpeg") || format.equals("jpg")) {
                    // JPEG goes in unchanged (DCTDecode): no quality lost, no time spent.
                    return Optional.of(JPEGFactory.createFromByteArray(document, data));
                }
                BufferedImage img = reader.read(0);
                return Optional.of(LosslessFactory.createFromImage(document, downscaled(img)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            diagnostics.warn("image left out: " + name + ": corrupt or unsupported image data");
            return Optional.empty();
        }
    }

    /** Scales images far larger than they can print down, which keeps the PDF small. */
    private BufferedImage downscaled(BufferedImage img) {
        int limit = Math.round(maxWidthPoints * MAX_PIXELS_PER_POINT);
        if (img.getWidth() <= limit) return img;
        int w = limit, h = Math.max(1, Math.round(img.getHeight() * (float) limit / img.getWidth()));
        boolean alpha = img.getColorModel().hasAlpha();
        BufferedImage out = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(img, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    private static String shorten(String s) {
        return s.length() <= 100 ? s : s.substring(0, 97) + "...";
    }
}
