package io.convert.typeset.internal;

import io.convert.typeset.FontFamily;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The fonts shipped in the jar under {@code io/convert/fonts/} (see fonts/README.md): which file
 * plays which role. Faces are loaded only when a document first needs them.
 */
public final class BundledFonts {
    private static final String ROOT = "/io/convert/fonts/";

    /** Up to four faces of one design; a missing weight or slant falls back to the nearest one. */
    public static final class Variants {
        private final FontFace[] faces = new FontFace[4];

        Variants(String regular, String bold, String italic, String boldItalic) {
            faces[0] = face(regular);
            faces[1] = bold == null ? null : face(bold);
            faces[2] = italic == null ? null : face(italic);
            faces[3] = boldItalic == null ? null : face(boldItalic);
        }

        public FontFace pick(boolean bold, boolean italic) {
            int wanted = (bold ? 1 : 0) | (italic ? 2 : 0);
            if (faces[wanted] != null) return faces[wanted];
            if (bold && faces[1] != null) return faces[1];
            if (italic && faces[2] != null) return faces[2];
            return faces[0];
        }
    }

    private final Variants serif = new Variants("NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf", "NotoSerif-Italic.ttf", "NotoSerif-BoldItalic.ttf");
    private final Variants sans = new Variants("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "NotoSans-BoldItalic.ttf");
    private final Variants mono = new Variants("NotoSansMono-Regular.ttf", "NotoSansMono-Bold.ttf", null, null);
    private final Variants amiri = new Variants("Amiri-Regular.ttf", "Amiri-Bold.ttf", "Amiri-Slanted.ttf", "Amiri-BoldSlanted.ttf");
    private final Variants sansArabic = new Variants("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", null, null);
    private final List<Variants> fallbacks = List.of(
            new Variants("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", null, null),
            new Variants("NotoSansSymbols-Regular.ttf", null, null, null),
            new Variants("NotoSansSymbols2-Regular.ttf", null, null, null),
            new Variants("NotoSansMath-Regular.ttf", null, null, null));

    public Variants latin(FontFamily family) {
        return switch (family) {
            case SERIF -> serif;
            case SANS -> sans;
            case MONO -> mono;
        };
    }

    public Variants arabic(FontFamily family) {
        return family == FontFamily.SERIF ? amiri : sansArabic;
    }

    public List<Variants> fallbacks() {
        return fallbacks;
    }

    /**
     * A folder holding the same files as the jar's io/convert/fonts/, named by the system
     * property {@code convert.bundledFontDir}. The ./convert launcher passes the project's
     * fonts/ folder, from which the jar is built: a file on disk spares inflating the font
     * from the jar and java.awt's temporary copy of it, some 20-30 ms of a short conversion.
     */
    private static final Path FOLDER = folder(System.getProperty("convert.bundledFontDir"));

    private static Path folder(String name) {
        if (name == null || name.isBlank()) return null;
        Path dir = Path.of(name);
        return Files.isDirectory(dir) ? dir : null;
    }

    private static FontFace face(String file) {
        if (FOLDER != null && Files.isRegularFile(FOLDER.resolve(file))) {
            return new FontFace(file, FontFace.file(FOLDER.resolve(file)));
        }
        return new FontFace(file, () -> {
            try (InputStream in = BundledFonts.class.getResourceAsStream(ROOT + file)) {
                if (in == null) throw new IOException("bundled font missing from the jar: " + file);
                return in.readAllBytes();
            }
        });
    }
}
