package io.convert.typeset;

import io.convert.typeset.internal.BundledFonts;
import io.convert.typeset.internal.FontCatalog;
import io.convert.typeset.internal.FontFace;
import io.convert.typeset.internal.FontSession;
import io.convert.spi.Diagnostics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Fonts for a whole run of the program: the bundled fonts (from the jar, io/convert/fonts/...)
 * plus the user's --font/--font-dir files, which come first in every font stack. Thread-safe,
 * reusable across documents.
 */
public final class FontLibrary {
    private static final class Bundled {
        static final BundledFonts FONTS = new BundledFonts();
        static final FontLibrary LIBRARY = new FontLibrary(new FontCatalog(List.of(), FONTS));
    }

    private final FontCatalog catalog;

    private FontLibrary(FontCatalog catalog) {
        this.catalog = catalog;
    }

    /** The bundled fonts only; created once, shared, immutable (faces load on first use). */
    public static FontLibrary bundled() {
        return Bundled.LIBRARY;
    }

    /**
     * The bundled fonts with the user's fonts in front of them in every stack: the files in
     * {@code fonts}, then the .ttf/.otf files found in {@code fontDirs}. A file that cannot be
     * used (unreadable, not TrueType-outlined) is reported and skipped.
     */
    public static FontLibrary load(List<Path> fonts, List<Path> fontDirs, Diagnostics d) {
        List<Path> files = new ArrayList<>(fonts == null ? List.of() : fonts);
        for (Path dir : fontDirs == null ? List.<Path>of() : fontDirs) {
            try (Stream<Path> found = Files.walk(dir, 3)) {
                found.filter(Files::isRegularFile)
                        .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(ttf|otf)"))
                        .sorted()
                        .forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                d.warn("font directory " + dir + " cannot be read: " + e.getMessage());
            }
        }
        if (files.isEmpty()) return bundled();
        List<FontFace> user = new ArrayList<>();
        for (Path file : files) {
            FontFace face = new FontFace(file.getFileName().toString(), FontFace.file(file));
            try {
                face.load();
                user.add(face);
            } catch (IOException | UncheckedIOException e) {
                d.warn("font " + file + " is not used: " + e.getMessage());
            }
        }
        return new FontLibrary(new FontCatalog(user, Bundled.FONTS));
    }

    /**
     * Loads the bundled faces most documents draw with: the Latin sans face of page furniture,
     * captions and metadata lines (returned, for a first shaping; null when it cannot be
     * loaded), then the Latin and Arabic body faces. A face that cannot be loaded is left for
     * the first document that needs it to report.
     */
    static FontFace preload() {
        FontFace sans = Bundled.FONTS.latin(FontFamily.SANS).pick(false, false);
        boolean sansLoaded = load(sans);
        load(Bundled.FONTS.latin(FontFamily.SERIF).pick(false, false));
        load(Bundled.FONTS.arabic(FontFamily.SERIF).pick(false, false));
        return sansLoaded ? sans : null;
    }

    private static boolean load(FontFace face) {
        try {
            face.load();
            return true;
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** Fonts for one document; call {@link DocumentFonts#finish()} before saving it. */
    public DocumentFonts forDocument(PDDocument doc, Diagnostics d) {
        return new DocumentFonts(new FontSession(catalog, doc, d == null ? Diagnostics.IGNORE : d));
    }
}
