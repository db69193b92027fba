package io.convert.writer.markup;

import io.convert.spi.MediaTypes;

/**
 * An image's type and pixel size read from its header alone, so that a decompression bomb is
 * recognised before anything decodes it. SVG has no pixel size (0 x 0).
 */
record ImageHeader(String mediaType, int width, int height) {

    long pixels() {
        return (long) width * height;
    }

    /** The header of {@code data}, or null when it is not a PNG, JPEG, GIF, WebP or SVG with a readable size. */
    static ImageHeader read(byte[] data) {
        String type = MediaTypes.sniff(data);
        if (type == null) return null;
        return switch (type) {
            case "image/png" -> png(data);
            case "image/gif" -> data.length >= 10 ? sized(type, le16(data, 6), le16(data, 8)) : null;
            case "image/jpeg" -> jpeg(data);
            case "image/webp" -> webp(data);
            case "image/svg+xml" -> new ImageHeader(type, 0, 0);
            default -> null;
        };
    }

    private static ImageHeader png(byte[] d) {
        if (d.length < 24 || d[12] != 'I' || d[13] != 'H' || d[14] != 'D' || d[15] != 'R') return null;
        return sized("image/png", be32(d, 16), be32(d, 20));
    }

    private static ImageHeader jpeg(byte[] d) {
        int i = 2;
        while (i + 9 < d.length) {
            if ((d[i] & 0xFF) != 0xFF) return null;
            int marker = d[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            int length = be16(d, i + 2);
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
                    && marker != 0xCC;
            if (startOfFrame) return sized("image/jpeg", be16(d, i + 7), be16(d, i + 5));
            if (length < 2) return null;
            i += 2 + length;
        }
        return null;
    }

    private static ImageHeader webp(byte[] d) {
        if (d.length < 30) return null;
        String chunk = new String(d, 12, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
        return switch (chunk) {
            case "VP8 " -> sized("image/webp", le16(d, 26) & 0x3FFF, le16(d, 28) & 0x3FFF);
            case "VP8L" -> {
                if ((d[20] & 0xFF) != 0x2F) yield null;
                int bits = (d[21] & 0xFF) | (d[22] & 0xFF) << 8 | (d[23] & 0xFF) << 16 | (d[24] & 0xFF) << 24;
                yield sized("image/webp", (bits & 0x3FFF) + 1, ((bits >>> 14) & 0x3FFF) + 1);
            }
            case "VP8X" -> sized("image/webp", le24(d, 24) + 1, le24(d, 27) + 1);
            default -> null;
        };
    }

    private static ImageHeader sized(String type, int width, int height) {
        return width > 0 && height > 0 ? new ImageHeader(type, width, height) : null;
    }

    private static int be16(byte[] d, int i) {
        return (d[i] & 0xFF) << 8 | (d[i + 1] & 0xFF);
    }

    private static int be32(byte[] d, int i) {
        long v = (long) (d[i] & 0xFF) << 24 | (d[i + 1] & 0xFF) << 16 | (d[i + 2] & 0xFF) << 8 | (d[i + 3] & 0xFF);
        return v > Integer.MAX_VALUE ? -1 : (int) v;
    }

    private static int le16(byte[] d, int i) {
        return (d[i] & 0xFF) | (d[i + 1] & 0xFF) << 8;
    }

    private static int le24(byte[] d, int i) {
        return (d[i] & 0xFF) | (d[i + 1] & 0xFF) << 8 | (d[i + 2] & 0xFF) << 16;
    }
}
