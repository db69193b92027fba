package io.convert.writer.epub.internal;

import io.convert.spi.Diagnostics;
import io.convert.spi.Limits;
import io.convert.spi.ResourceLoader;
import io.convert.writer.markup.CheckedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Loads the images a book shows through the caller's {@link ResourceLoader}, checked as
 * {@link CheckedImage} says, and names them for the package. Each source is loaded once; each
 * one that cannot be used gives one warning and is left out.
 */
final class ImagePackager {
    /** An image in the package; {@code href} is relative to the package document's folder. */
    record PackagedImage(String id, String href, String mediaType, byte[] data, int width, int height) {
    }

    private final ResourceLoader resources;
    private final Diagnostics diagnostics;
    private final Limits limits;
    /** Sources are keyed with their loader: two articles may name different files alike. */
    private record Key(ResourceLoader loader, String source) {
        // equals and hashCode written out (components in order, as the record's): the record's
        // own are linked on first call through java.lang.runtime.ObjectMethods, whose
        // method-handle set-up a cold run pays at a page's first image.

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Key k && Objects.equals(loader, k.loader) && Objects.equals(source, k.source);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(loader) * 31 + Objects.hashCode(source);
        }
    }

    private final Map<Key, PackagedImage> bySource = new HashMap<>();
    private final List<PackagedImage> images = new ArrayList<>();

    ImagePackager(ResourceLoader resources, Diagnostics diagnostics, Limits limits) {
        this.resources = resources;
        this.diagnostics = diagnostics;
        this.limits = limits;
    }

    /** The packaged image for {@code source}, or null when it cannot be had (after one warning). */
    PackagedImage add(String source) {
        return add(resources, source);
    }

    /** {@link #add(String)} through {@code loader}: the one the image's article was read with. */
    PackagedImage add(ResourceLoader loader, String source) {
        Key key = new Key(loader, source);
        if (bySource.containsKey(key)) return bySource.get(key);
        PackagedImage image = load(loader, source);
        bySource.put(key, image);
        if (image != null) images.add(image);
        return image;
    }

    /** Every packaged image, in the order first used. */
    List<PackagedImage> images() {
        return List.copyOf(images);
    }

    private PackagedImage load(ResourceLoader loader, String source) {
        CheckedImage image = CheckedImage.load(loader, source, diagnostics, limits);
        if (image == null) return null;
        int n = images.size() + 1;
        return new PackagedImage("image-" + n, "images/image-" + n + "." + extension(image.mediaType()),
                image.mediaType(), image.data(), image.width(), image.height());
    }

    private static String extension(String mediaType) {
        return switch (mediaType) {
            case "image/png" -> "png";
            case "image/jpeg" -> "jpg";
            case "image/gif" -> "gif";
            case "image/webp" -> "webp";
            default -> "svg";
        };
    }
}
