package io.convert.writer.epub.internal;

import io.convert.writer.markup.Stylesheet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.NameRecord;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Chooses the bundled faces the style sheet asks for first (one Arabic and one Latin family, for
 * the scripts the text uses) and prepares them for packaging.
 *
 * <p>Latin faces are subset to the characters used. Arabic faces are packaged whole: fontbox's
 * subsetter cannot keep the GSUB/GPOS tables consistent with renumbered glyphs, and without
 * them Arabic letters lose their joined forms (checked with hb-shape: a subset Amiri gives
 * isolated and wrong glyphs).
 */
final class FontEmbedder {
    /** Tables a subset keeps: outlines, metrics, hinting and names, never the layout tables. */
    private static final List<String> SUBSET_TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf",
            "hmtx", "fpgm", "gasp", "name", "OS/2", "post", "cmap");

    /** A font file to package, with the CSS that uses it. */
    record FontFile(String fileName, String mediaType, byte[] data, Stylesheet.FontFace face) {
    }

    /** The files to package and the licence texts that must travel with them (file name to text). */
    record Selection(List<FontFile> fonts, Map<String, String> licences) {
    }

    private record Candidate(String fileName, String family, boolean bold, boolean italic, boolean arabic,
            boolean latin, boolean outlinesInGlyf, boolean openFontLicense) {
    }

    private FontEmbedder() {
    }

    /**
     * What each bundled font the style sheet may ask for is, worked out once per class loader:
     * the files never change while it lives, and reading every face's tables on each book would
     * cost more than the book. Only files named for a family of the style sheet are read (see
     * {@link #familyOfFileName}): parsing all fifty bundled faces, most of them fallbacks for
     * other scripts, took 0.4 s of a cold run.
     */
    private static final class Catalog {
        static final List<Candidate> FONTS = describeAll(FontEmbedder.class.getClassLoader());

        private static List<Candidate> describeAll(ClassLoader loader) {
            Set<String> wanted = askedFamilies();
            List<Candidate> candidates = new ArrayList<>();
            try {
                for (String name : BundledFonts.list(loader)) {
                    String lower = name.toLowerCase(Locale.ROOT);
                    if ((lower.endsWith(".ttf") || lower.endsWith(".otf")) && wanted.contains(familyOfFileName(name))) {
                        describe(name, BundledFonts.read(loader, name)).ifPresent(candidates::add);
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                // Unreadable bundled fonts leave nothing to embed; the writer says so.
                return List.of();
            }
            return List.copyOf(candidates);
        }
    }

    /**
     * @param text every character the book shows
     * @param hrefFolder where the font files go, relative to the style sheet (e.g. {@code fonts/})
     */
    static Selection select(String text, String hrefFolder) throws IOException {
        ClassLoader loader = FontEmbedder.class.getClassLoader();
        List<Candidate> candidates = Catalog.FONTS;
        Set<Integer> used = new TreeSet<>();
        text.codePoints().forEach(used::add);
        used.add((int) ' ');
        boolean arabicText = used.stream().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
        boolean latinText = used.stream().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);

        List<Candidate> chosen = new ArrayList<>();
        if (arabicText) chosen.addAll(family(candidates, Stylesheet.arabicFamilies(), true));
        if (latinText) chosen.addAll(family(candidates, Stylesheet.latinFamilies(), false));

        List<FontFile> files = new ArrayList<>();
        for (Candidate c : chosen) {
            byte[] data = BundledFonts.read(loader, c.fileName());
            boolean subset = !c.arabic() && c.outlinesInGlyf();
            if (subset) data = subset(data, used);
            String format = c.outlinesInGlyf() ? "truetype" : "opentype";
            files.add(new FontFile(c.fileName(), c.outlinesInGlyf() ? "font/ttf" : "font/otf", data,
                    new Stylesheet.FontFace(c.family(), hrefFolder + c.fileName(), format, c.bold(), c.italic(),
                            c.arabic())));
        }
        return new Selection(files, licences(chosen, BundledFonts.list(loader), loader));
    }

    /** The families the style sheet asks for, Arabic and Latin, in the form {@link #familyKey} gives. */
    static Set<String> askedFamilies() {
        Set<String> asked = new HashSet<>();
        for (String family : Stylesheet.arabicFamilies()) asked.add(familyKey(family));
        for (String family : Stylesheet.latinFamilies()) asked.add(familyKey(family));
        return asked;
    }

    /**
     * The family a bundled font's file is named for: fonts/ names each file after its family
     * without spaces, then a hyphen and the style ("NotoSerif-Bold.ttf", "DejaVuSans.ttf"), in
     * the form {@link #familyKey} gives.
     */
    static String familyOfFileName(String fileName) {
        String stem = fileName.replaceFirst("\\.[^.]*$", "");
        int hyphen = stem.indexOf('-');
        return familyKey(hyphen < 0 ? stem : stem.substring(0, hyphen));
    }

    /** A family name without its spaces, in lower case: "Noto Serif" and "NotoSerif" alike. */
    static String familyKey(String family) {
        return family.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    /** Regular and bold faces of the first family present, plus italics for Latin (Arabic has none). */
    private static List<Candidate> family(List<Candidate> candidates, List<String> preferred, boolean arabic) {
        for (String family : preferred) {
            List<Candidate> faces = candidates.stream()
                    .filter(c -> c.family().equalsIgnoreCase(family) && (arabic ? c.arabic() : c.latin()))
                    .filter(c -> !(arabic && c.italic()))
                    .map(c -> new Candidate(c.fileName(), c.family(), c.bold(), c.italic(), arabic, !arabic,
                            c.outlinesInGlyf(), c.openFontLicense()))
                    .toList();
            if (!faces.isEmpty()) return faces;
        }
        return List.of();
    }

    private static Optional<Candidate> describe(String fileName, byte[] data) {
        boolean otf = fileName.toLowerCase(Locale.ROOT).endsWith(".otf");
        try (TrueTypeFont font = otf ? new OTFParser().parse(new RandomAccessReadBuffer(data))
                : new TTFParser().parse(new RandomAccessReadBuffer(data))) {
            var naming = font.getNaming();
            var cmap = font.getUnicodeCmapLookup(false);
            if (naming == null || cmap == null || naming.getFontFamily() == null) return Optional.empty();
            int macStyle = font.getHeader().getMacStyle();
            boolean ofl = naming.getNameRecords().stream().map(NameRecord::getString)
                    .anyMatch(s -> s != null && s.contains("Open Font License"));
            return Optional.of(new Candidate(fileName, naming.getFontFamily(), (macStyle & 1) != 0,
                    (macStyle & 2) != 0, cmap.getGlyphId(0x0627) != 0, cmap.getGlyphId('a') != 0,
                    font.getTableMap().containsKey("glyf"), ofl));
        } catch (IOException | RuntimeException e) {
            // A file that is not a usable font is simply not a candidate.
            return Optional.empty();
        }
    }

    private static byte[] subset(byte[] data, Set<Integer> codePoints) throws IOException {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(data))) {
            TTFSubsetter subsetter = new TTFSubsetter(font, SUBSET_TABLES);
            subsetter.addAll(codePoints);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        }
    }

    /**
     * The licence files beside the chosen fonts: {@code LICENSE-X.txt} for fonts whose file
     * names start with X, and {@code OFL.txt} when a chosen font declares the Open Font License.
     */
    private static Map<String, String> licences(List<Candidate> chosen, List<String> names, ClassLoader loader)
            throws IOException {
        Map<String, String> licences = new LinkedHashMap<>();
        for (String name : names) {
            if (!name.endsWith(".txt")) continue;
            boolean wanted;
            if (name.equals("OFL.txt")) {
                wanted = chosen.stream().anyMatch(Candidate::openFontLicense);
            } else if (name.startsWith("LICENSE-")) {
                String stem = name.substring("LICENSE-".length(), name.length() - ".txt".length());
                wanted = chosen.stream().anyMatch(c -> c.fileName().startsWith(stem));
            } else {
                wanted = false;
            }
            if (wanted) licences.put(name, new String(BundledFonts.read(loader, name), StandardCharsets.UTF_8));
        }
        return licences;
    }
}
