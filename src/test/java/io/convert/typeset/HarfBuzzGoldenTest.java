package io.convert.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.convert.spi.Diagnostics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The glyphs the engine draws are HarfBuzz's: every word of goldens.txt (made by
 * make-goldens.sh with hb-shape and the bundled font files) must be found in the PDF of its line
 * with the same glyphs (compared by outline, so the subset's numbering does not matter), each at
 * HarfBuzz's position relative to the word's first glyph within 0.02 em, x and y.
 */
class HarfBuzzGoldenTest {
    private static final Pattern HB_GLYPH = Pattern.compile("(\\d+)=\\d+(?:@(-?\\d+),(-?\\d+))?\\+(-?\\d+)");

    record Golden(String font, String word, int[] gids, float[] x, float[] y) {}

    record Line(String text, List<Golden> words) {}

    private static final Map<String, TrueTypeFont> FONT_FILES = new HashMap<>();

    @BeforeAll
    static void openFonts() throws IOException {
        for (String file : List.of("Amiri-Regular.ttf", "NotoSerif-Regular.ttf")) {
            FONT_FILES.put(file, new TTFParser().parse(new RandomAccessReadBufferedFile(Path.of("fonts", file).toFile())));
        }
    }

    @AfterAll
    static void closeFonts() throws IOException {
        for (TrueTypeFont f : FONT_FILES.values()) f.close();
    }

    @Test
    void everyGoldenWordIsDrawnWithHarfBuzzGlyphsAndPositions() throws IOException {
        List<Line> lines = goldens();
        assertTrue(lines.size() >= 40, "at least 40 golden lines");
        int words = 0;
        List<String> failures = new ArrayList<>();
        for (Line line : lines) {
            byte[] pdf = new PageSetter(PageSetter.BUNDLED, Justification.INTER_WORD, 1.6f)
                    .set(PageSetter.lineParagraphs(List.of(line.text()), 12), Diagnostics.IGNORE);
            List<DrawnGlyphs.Glyph> drawn = new ArrayList<>(DrawnGlyphs.read(pdf).stream().filter(DrawnGlyphs.Glyph::visible).toList());
            // longest first, so a short word cannot take the glyphs of a longer one that contains it ("الله" in "بالله")
            List<Golden> byLength = new ArrayList<>(line.words());
            byLength.sort((a, b) -> b.gids().length - a.gids().length);
            for (Golden g : byLength) {
                words++;
                if (!findAndConsume(g, drawn)) failures.add(g.word() + " (" + g.font() + ") in: " + line.text());
            }
        }
        assertTrue(words >= 500, "goldens hold " + words + " words");
        assertEquals(List.of(), failures, failures.size() + " of " + words + " golden words not drawn as HarfBuzz draws them");
    }

    private static boolean findAndConsume(Golden g, List<DrawnGlyphs.Glyph> drawn) throws IOException {
        TrueTypeFont file = FONT_FILES.get(g.font());
        String psName = file.getName();
        float upem = file.getUnitsPerEm();
        String[] outlines = new String[g.gids().length];
        for (int k = 0; k < outlines.length; k++) outlines[k] = DrawnGlyphs.outline(file, g.gids()[k]);
        for (DrawnGlyphs.Glyph first : drawn) {
            if (!first.font().equals(psName) || !first.outline().equals(outlines[0])) continue;
            float scale = first.size() / upem, tolerance = 0.02f * first.size();
            float x0 = first.x() - g.x()[0] * scale, y0 = first.y() - g.y()[0] * scale;
            List<DrawnGlyphs.Glyph> match = new ArrayList<>();
            for (int k = 0; k < outlines.length; k++) {
                DrawnGlyphs.Glyph found = null;
                for (DrawnGlyphs.Glyph d : drawn) {
                    if (d.font().equals(psName) && d.outline().equals(outlines[k]) && !match.contains(d)
                            && Math.abs(d.x() - (x0 + g.x()[k] * scale)) < tolerance
                            && Math.abs(d.y() - (y0 + g.y()[k] * scale)) < tolerance) {
                        found = d;
                        break;
                    }
                }
                if (found == null) break;
                match.add(found);
            }
            if (match.size() == outlines.length) {
                drawn.removeAll(match);
                return true;
            }
        }
        return false;
    }

    static List<Line> goldens() throws IOException {
        List<Line> lines = new ArrayList<>();
        try (InputStream in = HarfBuzzGoldenTest.class.getResourceAsStream("/goldens/goldens.txt")) {
            for (String row : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = row.split("\t");
                if (f[0].equals("L")) {
                    lines.add(new Line(f[1], new ArrayList<>()));
                } else if (f[0].equals("W")) {
                    lines.get(lines.size() - 1).words().add(golden(f[1], f[3], f[4]));
                }
            }
        }
        return lines;
    }

    /** hb-shape's "[gid=cluster@dx,dy+advance|...]" as glyph IDs and pen positions (font units). */
    private static Golden golden(String font, String word, String hb) {
        Matcher m = HB_GLYPH.matcher(hb);
        List<int[]> glyphs = new ArrayList<>();
        while (m.find()) {
            glyphs.add(new int[] {Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))});
        }
        int[] gids = new int[glyphs.size()];
        float[] x = new float[gids.length], y = new float[gids.length];
        int pen = 0;
        for (int k = 0; k < gids.length; k++) {
            int[] g = glyphs.get(k);
            gids[k] = g[0];
            x[k] = pen + g[1];
            y[k] = g[2];
            pen += g[3];
        }
        return new Golden(font, word, gids, x, y);
    }
}
