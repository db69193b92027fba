package io.convert.model;

/**
 * A reference to an image: {@code source} is a file path, a {@code data:} URI or a URL, loaded
 * by writers through the resource loader the caller configured. {@code alt} may be empty;
 * {@code width}/{@code height} are the intrinsic size in pixels when the reader knew it, else 0.
 */
public record Image(String source, String alt, int width, int height) {
    public Image {
        if (source == null || source.isBlank()) throw new IllegalArgumentException("image source is empty");
        alt = alt == null ? "" : alt;
    }

    public Image(String source, String alt) {
        this(source, alt, 0, 0);
    }
}
