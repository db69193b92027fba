package io.convert.spi;

/**
 * Resource bounds applied to one input, so that hostile or broken documents are cut or refused
 * instead of exhausting memory or time.
 *
 * @param maxInputBytes largest input accepted, in bytes
 * @param maxDepth deepest element nesting kept; deeper content is flattened
 * @param maxElements most elements parsed from one document
 * @param maxImagePixels most pixels an image may decode to (decompression bombs)
 * @param maxTableCells most cells one table may have
 */
public record Limits(long maxInputBytes, int maxDepth, int maxElements, long maxImagePixels, int maxTableCells) {
    public static final Limits DEFAULT = new Limits(64L << 20, 512, 100_000, 50_000_000L, 100_000);

    public Limits withMaxInputBytes(long v) {
        return new Limits(v, maxDepth, maxElements, maxImagePixels, maxTableCells);
    }
}
