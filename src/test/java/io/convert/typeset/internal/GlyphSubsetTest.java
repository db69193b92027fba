package io.convert.typeset.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GlyphSubsetTest {
    /** What the PDF writer asked of fontbox's subsetter before it wrote its own subsets. */
    private static final List<String> TABLES =
            List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp");

    /**
     * The subset is byte for byte the one fontbox's subsetter writes from the same font: the PDFs
     * embedding it stay as they were. Glyph sets from a few glyphs to hundreds, with composites
     * (whose components join the subset and are renumbered), glyphs past the last full metric
     * pair and the font's last glyphs.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Amiri-Regular.ttf", "NotoSans-Regular.ttf", "NotoSansArabic-Bold.ttf", "DejaVuSans.ttf",
            "NotoSansDevanagari-Regular.ttf", "NotoSansMono-Bold.ttf"})
    void writesTheBytesFontboxsSubsetterWrites(String name) throws Exception {
        byte[] read = Files.readAllBytes(Path.of("fonts", name));
        byte[] file = SfntDirectory.of(read).without(Set.of("GSUB", "kern", "post", "vhea", "vmtx", "VORG", "DSIG"));
        try (TrueTypeFont ttf = new TTFParser(true).parse(new RandomAccessReadBuffer(file))) {
            int glyphs = ttf.getNumberOfGlyphs(), metrics = ttf.getHorizontalHeader().getNumberOfHMetrics();
            Random random = new Random(name.hashCode());
            int composites = 0;
            for (int size : new int[] {1, 3, 20, 60, 300}) {
                for (int round = 0; round < 4; round++) {
                    TreeSet<Integer> gids = new TreeSet<>(Set.of(0));
                    while (gids.size() < Math.min(size, glyphs)) gids.add(random.nextInt(glyphs));
                    if (round == 1) gids.add(glyphs - 1);
                    if (round == 2 && metrics < glyphs) gids.add(metrics);
                    TTFSubsetter subsetter = new TTFSubsetter(ttf, TABLES);
                    subsetter.addGlyphIds(gids);
                    ByteArrayOutputStream expected = new ByteArrayOutputStream();
                    subsetter.writeToStream(expected);
                    Map<Integer, Integer> oldOfNew = subsetter.getGIDMap();

                    GlyphSubset subset = GlyphSubset.of(file, gids);
                    assertArrayEquals(expected.toByteArray(), subset.font(), name + " " + gids);
                    int[] kept = subset.glyphs();
                    assertEquals(oldOfNew.size(), kept.length);
                    for (int g = 0; g < kept.length; g++) assertEquals(oldOfNew.get(g), kept[g]);
                    composites += kept.length - gids.size();
                }
            }
            if (name.startsWith("Noto") || name.startsWith("Amiri")) {
                assertTrue(composites > 0, "some subsets take in their composites' components");
            }
        }
    }
}
