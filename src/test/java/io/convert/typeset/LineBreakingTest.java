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
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Line breaking, alignment, justification and visual order, through the public API. */
class LineBreakingTest {
    private final TextEngine engine = new TextEngine(PageSetter.BUNDLED.forDocument(Diagnostics.IGNORE));
    private final TextStyle body = TextStyle.of(FontFamily.SERIF, 12);

    private TextBlock layout(String text, Direction dir, float width, Align align, Justification j) {
        return engine.layout(List.of(new StyledRun(text, body)), dir, dir == Direction.RTL ? "ar" : "en", width, align, j, 1.5f);
    }

    @Test
    void noLineOverflowsItsMeasureAndJustifiedLinesFillIt() throws IOException {
        String seed = Files.readString(Path.of("examples/article-ar.txt"), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        for (float width : new float[] {90, 180, 300, 483}) {
            for (Justification j : Justification.values()) {
                TextBlock block = layout(seed, Direction.RTL, width, Align.JUSTIFY, j);
                assertTrue(block.lines().size() > 1);
                List<TextLine> lines = block.lines();
                for (int i = 0; i < lines.size(); i++) {
                    TextLine line = lines.get(i);
                    assertTrue(line.width() <= width + 0.02f, "line " + i + " is " + line.width() + " wide in " + width + " (" + j + ")");
                    if (i < lines.size() - 1 && j == Justification.INTER_WORD) {
                        assertEquals(width, line.width(), 0.05f, "justified line " + i + " fills the measure");
                    }
                }
            }
        }
    }

    @Test
    void aWordLongerThanTheMeasureIsBrokenBetweenGraphemes() {
        String word = "الاستراتيجيات".repeat(4) + " ok";
        TextBlock block = layout(word, Direction.RTL, 60, Align.START, Justification.NONE);
        assertTrue(block.lines().size() >= 3, "broken into " + block.lines().size() + " lines");
        for (TextLine line : block.lines()) assertTrue(line.width() <= 60.02f, "line width " + line.width());
        TextBlock vowelled = layout("بِسْمِاللَّهِالرَّحْمَنِالرَّحِيمِ", Direction.RTL, 30, Align.START, Justification.NONE);
        for (TextLine line : vowelled.lines()) assertTrue(line.width() <= 30.02f, "vowelled line width " + line.width());
    }

    @Test
    void forcedBreaksStartNewLinesAndAreNotJustified() {
        TextBlock block = layout("سطر أول\nسطر ثان\n\nبعد سطر فارغ", Direction.RTL, 400, Align.JUSTIFY, Justification.INTER_WORD);
        assertEquals(4, block.lines().size());
        assertTrue(block.lines().get(0).width() < 100, "a line ended by a forced break keeps its natural width");
        assertEquals(0, block.lines().get(2).width(), 0.001);
        assertTrue(block.lines().get(2).height() > 0, "an empty line still takes its height");
        assertEquals(block.lines().stream().mapToDouble(TextLine::height).sum(), block.height(), 0.01);
    }

    @Test
    void mixedDirectionLinesAreInVisualOrder() throws IOException {
        // RTL paragraph: the first Arabic word is rightmost, the Latin phrase keeps its own order, the number sits left of "مايو"
        String text = "قال Marco Rubio في 30 مايو";
        PageSetter setter = new PageSetter(PageSetter.BUNDLED, Justification.NONE, 1.5f);
        byte[] pdf = setter.set(List.of(PageSetter.Para.of(text, body, Direction.RTL, Align.START)), Diagnostics.IGNORE);
        String visual = visualText(pdf);
        // glyph texts left to right: Arabic words read reversed, Latin and digits read forwards
        assertEquals("ويام 30 يف Marco Rubio لاق", visual.replaceAll("\\s+", " ").trim());
    }

    @Test
    void alignmentFollowsTheBaseDirection() {
        TextEngine e = engine;
        float w = 400;
        TextLine rtlStart = e.layout(List.of(new StyledRun("مرحبا", body.withLink("https://example.org/"))), Direction.RTL, "ar", w,
                Align.START, Justification.NONE, 1.2f).lines().get(0);
        TextLine.LinkArea area = rtlStart.links(0, 100).get(0);
        assertEquals(w, area.x1(), 0.01, "RTL start is the right edge");
        assertEquals("https://example.org/", area.href());
        TextLine ltrEnd = e.layout(List.of(new StyledRun("Hello", body.withLink("h"))), Direction.LTR, "en", w,
                Align.END, Justification.NONE, 1.2f).lines().get(0);
        assertEquals(w, ltrEnd.links(0, 100).get(0).x1(), 0.01, "LTR end is the right edge");
        TextLine centred = e.layout(List.of(new StyledRun("Hello", body.withLink("h"))), Direction.LTR, "en", w,
                Align.CENTER, Justification.NONE, 1.2f).lines().get(0);
        TextLine.LinkArea c = centred.links(0, 100).get(0);
        assertEquals(w - c.x1(), c.x0(), 0.01, "centred");
        assertTrue(c.y1() > 100 && c.y0() < 100, "link box spans the baseline");
    }

    @Test
    void measureIsTheNaturalWidthOfTheWidestLine() {
        float one = engine.measure(List.of(new StyledRun("مرحبا بالعالم", body)), Direction.RTL, "ar");
        float two = engine.measure(List.of(new StyledRun("مرحبا بالعالم\nمرحبا", body)), Direction.RTL, "ar");
        assertTrue(one > 40 && one < 120, "width " + one);
        assertEquals(one, two, 0.01);
        float bold = engine.measure(List.of(new StyledRun("Hello ", body), new StyledRun("world", body.withBold(true).withSize(24))),
                Direction.LTR, "en");
        assertTrue(bold > engine.measure(List.of(new StyledRun("Hello world", body)), Direction.LTR, "en") * 1.4, "styles per run");
    }

    /** The visible text of the first line, left to right, each glyph's own text reversed into visual order. */
    private static String visualText(byte[] pdf) throws IOException {
        try (PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            StringBuilder sb = new StringBuilder();
            new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
                    positions.add(text);
                }

                final List<org.apache.pdfbox.text.TextPosition> positions = new ArrayList<>();

                {
                    getText(d);
                    positions.sort(Comparator.comparingDouble(org.apache.pdfbox.text.TextPosition::getXDirAdj));
                    for (var p : positions) sb.append(p.getUnicode().replaceAll("[\\u200e\\u200f]", ""));
                }
            };
            return sb.toString();
        }
    }

    /**
     * Each document's engine clones the line breakers a run builds once per language: documents
     * in several languages laid out at once on several threads break exactly as one alone.
     */
    @Test
    void documentsLaidOutAtOnceBreakAsOneAlone() throws Exception {
        String english = "The ferry to the island leaves twice a day, and the harbour master says the evening boat "
                + "is the one to take when the wind turns west and the morning crossing is cancelled.";
        String arabic = "تغادر العبّارة إلى الجزيرة مرتين في اليوم، ويقول مدير الميناء إن رحلة المساء هي الأنسب "
                + "حين تتحول الريح غربًا وتُلغى رحلة الصباح.";
        List<Float> alone = widths(engine, english, arabic);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Float>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                boolean arabicFirst = i % 2 == 1;
                runs.add(pool.submit(() -> {
                    TextEngine own = new TextEngine(PageSetter.BUNDLED.forDocument(Diagnostics.IGNORE));
                    if (arabicFirst) widths(own, arabic, arabic);
                    return widths(own, english, arabic);
                }));
            }
            for (Future<List<Float>> run : runs) assertEquals(alone, run.get());
        } finally {
            pool.shutdown();
        }
    }

    private List<Float> widths(TextEngine e, String english, String arabic) {
        List<Float> out = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            for (TextLine line : e.layout(List.of(new StyledRun(english, body)), Direction.LTR, "en", 150, Align.START,
                    Justification.NONE, 1.5f).lines()) out.add(line.width());
            for (TextLine line : e.layout(List.of(new StyledRun(arabic, body)), Direction.RTL, "ar", 150, Align.START,
                    Justification.NONE, 1.5f).lines()) out.add(line.width());
        }
        return out;
    }
}
