package io.convert.typeset.internal;

import io.convert.typeset.FontFamily;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The fonts shipped in the jar under {@code io/convert/fonts/} (see fonts/README.md): which file
 * plays which role. Faces are loaded only when a document first needs them.
 */
public final class BundledFonts {
    private static final String ROOT = "/io/convert/fonts/";

    /** Up to four faces of one design; a missing weight or slant falls back to the nearest one. */
    public static final class Variants {
        private final FontFace[] faces;

        Variants(FontFace regular, FontFace bold, FontFace italic, FontFace boldItalic) {
            faces = new FontFace[] {regular, bold, italic, boldItalic};
        }

        public FontFace pick(boolean bold, boolean italic) {
            int wanted = (bold ? 1 : 0) | (italic ? 2 : 0);
            if (faces[wanted] != null) return faces[wanted];
            if (bold && faces[1] != null) return faces[1];
            if (italic && faces[2] != null) return faces[2];
            return faces[0];
        }
    }

    /** The scripts with a Noto Sans face of their own (regular and bold) among the fallbacks. */
    private static final List<String> SCRIPTS = List.of("Thai", "Ethiopic", "Devanagari", "Bengali", "Tamil", "Gurmukhi",
            "Gujarati", "Oriya", "Telugu", "Kannada", "Malayalam", "Sinhala", "Khmer");

    private final Path folder;
    private final Variants serif;
    private final Variants sans;
    private final Variants mono;
    private final Variants amiri;
    private final Variants sansArabic;
    private final List<Variants> fallbacks;

    /**
     * {@code folder}, when not null, holds the same files as the jar's io/convert/fonts/ (the
     * ./convert launcher passes the project's fonts/, from which the jar is built): a file on
     * disk spares inflating the font from the jar and java.awt's temporary copy of it, some
     * 20-30 ms of a short conversion. A file missing there is read from the jar.
     */
    public BundledFonts(Path folder) {
        this.folder = folder != null && Files.isDirectory(folder) ? folder : null;
        serif = variants("NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf", "NotoSerif-Italic.ttf", "NotoSerif-BoldItalic.ttf");
        sans = variants("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "NotoSans-BoldItalic.ttf");
        mono = variants("NotoSansMono-Regular.ttf", "NotoSansMono-Bold.ttf", null, null);
        amiri = variants("Amiri-Regular.ttf", "Amiri-Bold.ttf", "Amiri-Slanted.ttf", "Amiri-BoldSlanted.ttf");
        sansArabic = variants("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", null, null);
        List<Variants> last = new ArrayList<>(List.of(
                variants("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", null, null),
                variants("NotoSansSymbols-Regular.ttf", null, null, null),
                variants("NotoSansSymbols2-Regular.ttf", null, null, null),
                variants("NotoSansMath-Regular.ttf", null, null, null)));
        for (String script : SCRIPTS) {
            last.add(variants("NotoSans" + script + "-Regular.ttf", "NotoSans" + script + "-Bold.ttf", null, null));
        }
        last.add(variants("DroidSansFallbackFull.ttf", null, null, null));
        last.add(variants("NanumSquareR.ttf", null, null, null));
        fallbacks = List.copyOf(last);
    }

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

    private Variants variants(String regular, String bold, String italic, String boldItalic) {
        return new Variants(face(regular), face(bold), face(italic), face(boldItalic));
    }

    private FontFace face(String file) {
        if (file == null) return null;
        if (folder != null && Files.isRegularFile(folder.resolve(file))) {
            return new FontFace(file, FontFace.file(folder.resolve(file)));
        }
        return new FontFace(file, () -> {
            try (InputStream in = BundledFonts.class.getResourceAsStream(ROOT + file)) {
                if (in == null) throw new IOException("bundled font missing from the jar: " + file);
                return in.readAllBytes();
            }
        });
    }
}
