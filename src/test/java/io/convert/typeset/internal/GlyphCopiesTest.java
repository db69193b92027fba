package io.convert.typeset.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.ttf.GlyfDescript;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

class GlyphCopiesTest {
    @Test
    void aCopyHasTheOriginalsOutlineAndItsOwnAdvanceAndTheFontStaysWhole() throws Exception {
        byte[] original = Files.readAllBytes(Path.of("fonts", "Amiri-Regular.ttf"));
        int glyphs = GlyphCopies.glyphCount(original);
        try (TrueTypeFont before = new TTFParser().parse(new RandomAccessReadBuffer(original))) {
            // A simple glyph (the Arabic beh) and a composite one, copied with widths of their own.
            int beh = before.getUnicodeCmapLookup().getGlyphId('ب');
            int composite = -1;
            for (int g = 1; g < glyphs && composite < 0; g++) {
                GlyphData data = before.getGlyph().getGlyph(g);
                if (data != null && data.getDescription().isComposite()) composite = g;
            }
            byte[] copied = GlyphCopies.append(original, new int[] {beh, composite}, new int[] {731, 0});
            try (TrueTypeFont after = new TTFParser().parse(new RandomAccessReadBuffer(copied))) {
                int unitsPerEm = after.getUnitsPerEm();
                assertEquals(glyphs + 2, after.getNumberOfGlyphs());
                assertEquals(Math.round(731 * unitsPerEm / 1000f), after.getAdvanceWidth(glyphs));
                assertEquals(0, after.getAdvanceWidth(glyphs + 1));
                for (int g : new int[] {beh, composite, glyphs - 1}) {
                    assertEquals(before.getAdvanceWidth(g), after.getAdvanceWidth(g), "glyph " + g + " keeps its advance");
                }
                assertEquals(before.getGlyph().getGlyph(beh).getPath().getBounds2D(),
                        after.getGlyph().getGlyph(glyphs).getPath().getBounds2D());
                assertEquals(before.getGlyph().getGlyph(composite).getPath().getBounds2D(),
                        after.getGlyph().getGlyph(glyphs + 1).getPath().getBounds2D());
                assertEquals(before.getHorizontalMetrics().getLeftSideBearing(beh),
                        after.getHorizontalMetrics().getLeftSideBearing(glyphs));
            }
        }
    }

    @Test
    void everyGlyphLosesItsHintingAndKeepsItsOutline() throws Exception {
        // Noto's faces are hinted: nearly every glyph carries a program, composites among them.
        byte[] original = Files.readAllBytes(Path.of("fonts", "NotoSans-Regular.ttf"));
        int glyphs = GlyphCopies.glyphCount(original);
        byte[] unhinted = GlyphCopies.append(original, new int[0], new int[0]);
        try (TrueTypeFont before = new TTFParser().parse(new RandomAccessReadBuffer(original));
                TrueTypeFont after = new TTFParser().parse(new RandomAccessReadBuffer(unhinted))) {
            assertEquals(glyphs, after.getNumberOfGlyphs());
            int hinted = 0, composites = 0;
            for (int g = 0; g < glyphs; g++) {
                GlyphData was = before.getGlyph().getGlyph(g), is = after.getGlyph().getGlyph(g);
                if (was == null) continue;
                if (instructions(was) > 0) hinted++;
                if (was.getDescription().isComposite()) composites++;
                assertEquals(0, instructions(is), "glyph " + g + " has no program");
                assertEquals(was.getPath().getBounds2D(), is.getPath().getBounds2D(), "glyph " + g + " keeps its outline");
                assertEquals(before.getAdvanceWidth(g), after.getAdvanceWidth(g), "glyph " + g + " keeps its advance");
            }
            assertTrue(hinted > glyphs / 2 && composites > 100, hinted + " hinted glyphs, " + composites + " composites");
            // The font-wide programs stay (ISO 32000-1 9.9): only the glyphs' own went.
            assertNotNull(after.getTableMap().get("fpgm"));
            assertTrue(unhinted.length < original.length * 0.8, unhinted.length + " of " + original.length + " bytes");
        }
    }

    private static int instructions(GlyphData glyph) {
        int[] program = ((GlyfDescript) glyph.getDescription()).getInstructions();
        return program == null ? 0 : program.length;
    }
}
