package io.convert.spi;

/** Bytes loaded by a {@link ResourceLoader}, with the media type it found (may be null). */
public record Resource(String source, byte[] data, String mediaType) {
}
