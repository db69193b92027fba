package io.convert.writer.epub.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

class FontEmbedderTest {
    private static final ClassLoader LOADER = FontEmbedderTest.class.getClassLoader();

    /**
     * The embedder reads only the files named for a family the style sheet asks for: a bundled
     * font of such a family named otherwise would never be offered.
     */
    @Test
    void everyBundledFontOfAFamilyTheStyleSheetAsksForIsNamedForIt() throws IOException {
        List<String> fonts = BundledFonts.list(LOADER).stream().filter(n -> n.endsWith(".ttf")).toList();
        assumeTrue(!fonts.isEmpty(), "no bundled fonts on the class path");
        Set<String> asked = FontEmbedder.askedFamilies();
        int offered = 0;
        for (String name : fonts) {
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(BundledFonts.read(LOADER, name)))) {
                String family = FontEmbedder.familyKey(font.getNaming().getFontFamily());
                if (!asked.contains(family)) continue;
                assertEquals(family, FontEmbedder.familyOfFileName(name), name);
                offered++;
            }
        }
        // Amiri, Noto Serif, Noto Sans Arabic and DejaVu Sans, in their styles.
        assertEquals(12, offered);
    }

    @Test
    void aBookInArabicAndEnglishGetsAmiriAndNotoSerifInTheirStyles() throws IOException {
        assumeTrue(LOADER.getResource("io/convert/fonts/Amiri-Regular.ttf") != null, "no bundled fonts on the class path");
        List<String> files = FontEmbedder.select("نص عربي and English", "fonts/").fonts().stream()
                .map(FontEmbedder.FontFile::fileName).sorted().toList();
        assertEquals(List.of("Amiri-Bold.ttf", "Amiri-Regular.ttf", "NotoSerif-Bold.ttf", "NotoSerif-BoldItalic.ttf",
                "NotoSerif-Italic.ttf", "NotoSerif-Regular.ttf"), files);
        assertFalse(FontEmbedder.select("English only", "fonts/").fonts().stream()
                .anyMatch(f -> f.fileName().startsWith("Amiri")));
    }

    @Test
    void aFileNamesItsFamilyBeforeTheHyphenOfItsStyle() {
        assertEquals("notoserif", FontEmbedder.familyOfFileName("NotoSerif-BoldItalic.ttf"));
        assertEquals("dejavusans", FontEmbedder.familyOfFileName("DejaVuSans.ttf"));
        assertEquals(FontEmbedder.familyKey("Noto Sans Arabic"), FontEmbedder.familyOfFileName("NotoSansArabic-Bold.ttf"));
    }
}
