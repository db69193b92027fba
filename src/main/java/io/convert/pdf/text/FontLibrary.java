package io.convert.pdf.text;

import io.convert.spi.Diagnostics;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Fonts for a whole run of the program: the bundled fonts (from the jar, io/convert/fonts/...)
 * plus the user's --font/--font-dir files. Thread-safe, reusable across documents.
 */
public final class FontLibrary {
    private FontLibrary() {
    }

    /** The bundled fonts only; loaded once, shared, immutable. */
    public static FontLibrary bundled() {
        throw new UnsupportedOperationException("in progress");
    }

    /** The bundled fonts with the user's fonts in front of them in every stack. */
    public static FontLibrary load(List<Path> fonts, List<Path> fontDirs, Diagnostics d) {
        throw new UnsupportedOperationException("in progress");
    }

    public DocumentFonts forDocument(PDDocument doc, Diagnostics d) {
        throw new UnsupportedOperationException("in progress");
    }
}
