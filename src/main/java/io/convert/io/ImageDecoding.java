package io.convert.io;

import io.convert.spi.Resource;
import io.convert.spi.ResourceLoader;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Whether the bytes of a PNG, JPEG or GIF image decode, before a writer embeds them: a PDF or an
 * EPUB that carries a truncated JPEG as it came is a file viewers and validators reject, while
 * the image left out costs the reader one picture and one warning.
 */
final class ImageDecoding {
    /** Decoding at most about this many pixels is enough to read every byte of the data. */
    private static final long CHECK_PIXELS = 1 << 20;

    private ImageDecoding() {
    }

    /**
     * {@code resource} when it is no PNG, JPEG or GIF or its data decodes whole; an image that does
     * not is refused like a missing file.
     */
    static Resource checked(Resource resource, long maxPixels) throws ResourceLoader.ResourceException {
        String type = resource.mediaType();
        if ("image/png".equals(type) || "image/jpeg".equals(type) || "image/gif".equals(type)) {
            String failure = failure(resource.data(), maxPixels);
            if (failure != null) {
                throw new ResourceLoader.ResourceException(PolicyResourceLoader.shorten(resource.source()) + ": " + failure);
            }
        }
        return resource;
    }

    /**
     * Null when {@code data} decodes without error or warning, else why it does not. Images larger
     * than {@code maxPixels} are not decoded here: writers refuse them by their header.
     */
    static String failure(byte[] data, long maxPixels) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return "not an image this program can read";
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                StringBuilder warnings = new StringBuilder();
                reader.addIIOReadWarningListener((source, warning) -> warnings.append(warning).append("; "));
                long width = reader.getWidth(0), height = reader.getHeight(0);
                if (width <= 0 || height <= 0) return "image without pixels";
                if (width * height > maxPixels) return null;
                ImageReadParam param = reader.getDefaultReadParam();
                // Every byte is still read and entropy-decoded; only fewer pixels are kept.
                int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) width * height / CHECK_PIXELS)));
                param.setSourceSubsampling(step, step, 0, 0);
                decode(reader, param);
                return warnings.length() == 0 ? null : "damaged image data (" + warnings.toString().strip() + ")";
            } finally {
                reader.dispose();
            }
        } catch (EOFException e) {
            return "damaged image data (it ends early)";
        } catch (IOException | RuntimeException e) {
            // The message, never the exception's name: warnings are for people, not stack traces.
            return "damaged image data" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
        }
    }

    /** CMYK and YCCK JPEGs, which PDF and EPUB readers show, decode only as a raster in ImageIO. */
    private static void decode(ImageReader reader, ImageReadParam param) throws IOException {
        try {
            reader.read(0, param);
        } catch (IIOException e) {
            if (!reader.canReadRaster() || !String.valueOf(e.getMessage()).contains("Unsupported Image Type")) throw e;
            reader.readRaster(0, param);
        }
    }
}
