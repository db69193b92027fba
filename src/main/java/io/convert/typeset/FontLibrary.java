package io.convert.typeset;

import io.convert.spi.Diagnostics;
import io.convert.typeset.internal.BundledFonts;
import io.convert.typeset.internal.FontCatalog;
import io.convert.typeset.internal.FontFace;
import io.convert.typeset.internal.FontSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Fonts to lay text out with: the bundled fonts (from the jar, io/convert/fonts/...), possibly
 * with the user's --font/--font-dir files in front of them in every font stack. Its owner
 * creates it and passes it down; a face is read and parsed once per library, on first use, so
 * a library kept for many documents pays for each face once. Thread-safe.
 */
public final class FontLibrary {
    private final Path bundledFolder;
    /** Built on first use, so that creating a library (with its writer, for any format) costs nothing. */
    private volatile FontCatalog catalog;

    private FontLibrary(Path bundledFolder, FontCatalog catalog) {
        this.bundledFolder = bundledFolder;
        this.catalog = catalog;
    }

    /**
     * The bundled fonts only. {@code folder} may hold the same files as the jar, which are then
     * read in place (faster than from the jar); null, or a folder without them, reads the jar.
     */
    public static FontLibrary bundled(Path folder) {
        return new FontLibrary(folder, null);
    }

    /**
     * This library with the user's fonts in front of it in every stack: the files in
     * {@code fonts}, then the .ttf/.otf files found in {@code fontDirs}. A file that cannot be
     * used (unreadable, not TrueType-outlined) is reported and skipped; with none left, this
     * library itself. The bundled faces are shared with this library, loaded or not.
     */
    public FontLibrary withFonts(List<Path> fonts, List<Path> fontDirs, Diagnostics d) {
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
        if (files.isEmpty()) return this;
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
        return new FontLibrary(bundledFolder, new FontCatalog(user, catalog().bundled()));
    }

    /**
     * Loads the bundled faces most documents draw with: the Latin sans face of page furniture,
     * captions and metadata lines (returned, for a first shaping; null when it cannot be
     * loaded), then the Arabic body face. A face that cannot be loaded is left for the first
     * document that needs it to report.
     *
     * <p>The Latin body face is not among them: an Arabic article draws with it only for Latin
     * words in its text (the seed has none), yet a cold seed -> PDF run parsed it (fontbox, then
     * java.awt) on the chain of set-up the converting thread waits for. An article with Latin
     * text loads it when its first paragraph is laid out (the English example's --to pdf was no
     * slower for it in alternating runs).
     */
    FontFace preload() {
        BundledFonts bundled = catalog().bundled();
        FontFace sans = bundled.latin(FontFamily.SANS).pick(false, false);
        boolean sansLoaded = load(sans);
        load(bundled.arabic(FontFamily.SERIF).pick(false, false));
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

    /** Font choices for one document's layout; call {@link DocumentFonts#finish()} when it is laid out. */
    public DocumentFonts forDocument(Diagnostics d) {
        return new DocumentFonts(new FontSession(catalog(), d == null ? Diagnostics.IGNORE : d));
    }

    private FontCatalog catalog() {
        FontCatalog c = catalog;
        if (c == null) {
            synchronized (this) {
                c = catalog;
                if (c == null) catalog = c = new FontCatalog(List.of(), new BundledFonts(bundledFolder));
            }
        }
        return c;
    }
}
