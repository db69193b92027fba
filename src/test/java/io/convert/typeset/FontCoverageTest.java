package io.convert.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.convert.model.Direction;
import io.convert.spi.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Font stacks: every character is drawn with the first font that has it; misses are counted and reported once. */
class FontCoverageTest {
    private static final class Recorder implements Diagnostics {
        final List<String> warnings = new ArrayList<>();

        @Override
        public void warn(String message) {
            warnings.add(message);
        }

        @Override
        public void debug(String message) {
        }
    }

    @Test
    void everyCharacterOfTheSeedIsCovered() throws IOException {
        String seed = Files.readString(Path.of("examples/article-ar.txt"), StandardCharsets.UTF_8);
        Recorder d = new Recorder();
        PageSetter setter = new PageSetter(PageSetter.BUNDLED, Justification.INTER_WORD, 1.5f);
        byte[] pdf = setter.set(PageSetter.seedParagraphs(seed), d);
        assertEquals(0, setter.missing);
        assertEquals(List.of(), d.warnings);
        // CID 0 is only ever the .notdef glyph (other CIDs are glyph IDs or above the glyph count)
        assertTrue(DrawnGlyphs.read(pdf).stream().noneMatch(g -> g.code() == 0), "no .notdef drawn");
    }

    @Test
    void symbolsAndOtherScriptsFallBackToBundledFonts() throws IOException {
        // Greek, Cyrillic, Hebrew, arrows, maths, dingbats, box drawing: all in some bundled font
        String text = "Ωμέγα Жизнь שלום → ⇒ ∑ ∫ √ ≠ ≤ ✓ ✗ ★ ☎ ♥ ─ │ € £ ¥ ₽ © ® ™ ° ± × ÷ … — « » „ “ ” ‘ ’ • ‰ ﷼";
        Recorder d = new Recorder();
        PageSetter setter = new PageSetter(PageSetter.BUNDLED, Justification.INTER_WORD, 1.5f);
        byte[] pdf = setter.set(List.of(PageSetter.Para.of(text, TextStyle.of(FontFamily.SERIF, 12), Direction.LTR, Align.START)), d);
        assertEquals(0, setter.missing, String.join("\n", d.warnings));
        List<String> fonts = DrawnGlyphs.read(pdf).stream().map(DrawnGlyphs.Glyph::font).distinct().toList();
        assertTrue(fonts.contains("NotoSerif-Regular") && fonts.stream().anyMatch(f -> f.startsWith("DejaVu") || f.startsWith("NotoSans")),
                "fallback fonts used: " + fonts);
    }

    @Test
    void chineseJapaneseKoreanThaiAndEthiopicFallBackToBundledFonts() throws IOException {
        Recorder d = new Recorder();
        PageSetter setter = new PageSetter(PageSetter.BUNDLED, Justification.INTER_WORD, 1.5f);
        byte[] pdf = setter.set(List.of(
                PageSetter.Para.of("新闻 text 繁體字「引用」。", TextStyle.of(FontFamily.SERIF, 12), Direction.LTR, Align.START),
                PageSetter.Para.of("ひらがなとカタカナ、ＡＢＣ", TextStyle.of(FontFamily.SANS, 12), Direction.LTR, Align.START),
                PageSetter.Para.of("한국어 기사", TextStyle.of(FontFamily.SERIF, 12), Direction.LTR, Align.START),
                PageSetter.Para.of("ข่าววันนี้ የዛሬ ዜና", TextStyle.of(FontFamily.SERIF, 12), Direction.LTR, Align.START)), d);
        assertEquals(0, setter.missing, String.join("\n", d.warnings));
        List<DrawnGlyphs.Glyph> glyphs = DrawnGlyphs.read(pdf);
        assertTrue(glyphs.stream().anyMatch(g -> g.font().startsWith("DroidSansFallback")), "CJK drawn with Droid");
        assertTrue(glyphs.stream().anyMatch(g -> g.font().startsWith("NanumSquare")), "Hangul drawn with Nanum");
        assertTrue(glyphs.stream().anyMatch(g -> g.font().startsWith("NotoSansThai")), "Thai drawn with Noto Sans Thai");
        assertTrue(glyphs.stream().anyMatch(g -> g.font().startsWith("NotoSansEthiopic")), "Ethiopic drawn with Noto Sans Ethiopic");
        assertTrue(glyphs.stream().filter(g -> g.font().startsWith("Noto")).count() >= 4, "Latin stays in its own face");
    }

    @Test
    void charactersNoFontHasAreCountedAndReportedOnce() throws IOException {
        Recorder d = new Recorder();
        PageSetter setter = new PageSetter(PageSetter.BUNDLED, Justification.INTER_WORD, 1.5f);
        setter.set(List.of(
                PageSetter.Para.of("ᜀᜁ text ᜀ", TextStyle.of(FontFamily.SERIF, 12), Direction.LTR, Align.START),
                PageSetter.Para.of("ᜂᜃ", TextStyle.of(FontFamily.SANS, 12), Direction.LTR, Align.START)), d);
        assertEquals(5, setter.missing);
        assertEquals(1, d.warnings.size(), d.warnings.toString());
        assertTrue(d.warnings.get(0).contains("U+1700") && d.warnings.get(0).contains("5 character"), d.warnings.get(0));
    }

    @Test
    void userFontsComeFirstAndBadFilesAreReportedAndSkipped(@TempDir Path dir) throws IOException {
        Path bogus = Files.writeString(dir.resolve("broken.ttf"), "not a font");
        Recorder d = new Recorder();
        FontLibrary library = PageSetter.BUNDLED.withFonts(List.of(Path.of("fonts/NotoSans-Regular.ttf"), bogus), List.of(), d);
        assertEquals(1, d.warnings.size(), d.warnings.toString());
        assertTrue(d.warnings.get(0).contains("broken.ttf"));
        byte[] pdf = new PageSetter(library, Justification.INTER_WORD, 1.5f).set(List.of(
                PageSetter.Para.of("Latin text مع عربي", TextStyle.of(FontFamily.SERIF, 12), Direction.LTR, Align.START)), d);
        List<String> fonts = DrawnGlyphs.read(pdf).stream().filter(DrawnGlyphs.Glyph::visible).map(DrawnGlyphs.Glyph::font).distinct().toList();
        assertEquals("NotoSans-Regular", fonts.get(0), "the user's font draws Latin in the serif family");
        assertTrue(fonts.contains("Amiri-Regular"), "Arabic falls back to the bundled face: " + fonts);
    }

    @Test
    void fontsAreEmbeddedAsSubsets() throws IOException {
        byte[] pdf = new PageSetter(PageSetter.BUNDLED, Justification.INTER_WORD, 1.5f).set(List.of(
                PageSetter.Para.of("مرحبا Hello", TextStyle.of(FontFamily.SERIF, 12), Direction.RTL, Align.START)), Diagnostics.IGNORE);
        assertTrue(pdf.length < 60_000, "subset fonts keep a one-line PDF small: " + pdf.length);
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                var font = doc.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(font.getName().matches("[A-Z]{6}\\+.+"), "subset tag: " + font.getName());
            }
        }
    }
}
