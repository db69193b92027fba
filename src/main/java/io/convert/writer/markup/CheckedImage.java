package io.convert.writer.markup;

import io.convert.spi.Diagnostics;
import io.convert.spi.Limits;
import io.convert.spi.Resource;
import io.convert.spi.ResourceLoader;
import java.io.IOException;

/**
 * An image a writer may put in its output as it is: loaded through the caller's
 * {@link ResourceLoader}, of a known type (PNG, JPEG, GIF, WebP, SVG), its pixel count within
 * {@link Limits#maxImagePixels()} (read from the header, before anything decodes it) and, for
 * SVG, made safe. Writers that package or embed images use it so they refuse the same ones.
 */
public record CheckedImage(String mediaType, byte[] data, int width, int height) {

    /** The checked image for {@code source}, or null when it cannot be had (after one warning). */
    public static CheckedImage load(ResourceLoader loader, String source, Diagnostics diagnostics, Limits limits) {
        Resource resource;
        try {
            resource = loader.load(source);
        } catch (ResourceLoader.ResourceException e) {
            String reason = e.getMessage() == null ? "cannot be loaded" : e.getMessage();
            // Loaders do not always name the source (a bad data: URI); the warning must.
            boolean named = reason.startsWith(source.substring(0, Math.min(source.length(), 20)));
            diagnostics.warn("image left out: " + (named ? reason : shorten(source) + ": " + reason));
            return null;
        }
        String name = shorten(source);
        ImageHeader header = ImageHeader.read(resource.data());
        if (header == null) {
            diagnostics.warn("image left out: " + name + ": not a PNG, JPEG, GIF, WebP or SVG image");
            return null;
        }
        if (header.pixels() > limits.maxImagePixels()) {
            diagnostics.warn("image left out: " + name + ": " + header.width() + "x" + header.height()
                    + " pixels is more than the limit of " + limits.maxImagePixels());
            return null;
        }
        byte[] data = resource.data();
        if (header.mediaType().equals("image/svg+xml")) {
            try {
                data = SvgSanitizer.sanitize(data);
            } catch (IOException e) {
                diagnostics.warn("image left out: " + name + ": " + e.getMessage());
                return null;
            }
        }
        return new CheckedImage(header.mediaType(), data, header.width(), header.height());
    }

    private static String shorten(String s) {
        int max = s.regionMatches(true, 0, "data:", 0, 5) ? 40 : 100;
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
