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
        fallbacks = List.of(
                variants("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", null, null),
                variants("NotoSansSymbols-Regular.ttf", null, null, null),
                variants("NotoSansSymbols2-Regular.ttf", null, null, null),
                variants("NotoSansMath-Regular.ttf", null, null, null),
                variants("NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf", null, null),
                variants("NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf", null, null),
                variants("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf", null, null),
                variants("NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf", null, null),
                variants("NotoSansTamil-Regular.ttf", "NotoSansTamil-Bold.ttf", null, null),
                variants("NotoSansGurmukhi-Regular.ttf", "NotoSansGurmukhi-Bold.ttf", null, null),
                variants("NotoSansGujarati-Regular.ttf", "NotoSansGujarati-Bold.ttf", null, null),
                variants("NotoSansOriya-Regular.ttf", "NotoSansOriya-Bold.ttf", null, null),
                variants("NotoSansTelugu-Regular.ttf", "NotoSansTelugu-Bold.ttf", null, null),
                variants("NotoSansKannada-Regular.ttf", "NotoSansKannada-Bold.ttf", null, null),
                variants("NotoSansMalayalam-Regular.ttf", "NotoSansMalayalam-Bold.ttf", null, null),
                variants("NotoSansSinhala-Regular.ttf", "NotoSansSinhala-Bold.ttf", null, null),
                variants("NotoSansKhmer-Regular.ttf", "NotoSansKhmer-Bold.ttf", null, null),
                variants("DroidSansFallbackFull.ttf", null, null, null),
                variants("NanumSquareR.ttf", null, null, null));
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
