package io.convert.writer.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.convert.lang.Numerals;
import io.convert.lang.Wording;
import io.convert.model.Block;
import io.convert.model.Direction;
import io.convert.model.Inline;
import io.convert.model.Language;
import io.convert.spi.Diagnostics;
import io.convert.spi.ResourceLoader;
import io.convert.typeset.FontFamily;
import io.convert.typeset.FontLibrary;
import io.convert.typeset.Justification;
import io.convert.typeset.StyledRun;
import io.convert.typeset.TextEngine;
import io.convert.typeset.TextStyle;
import io.convert.writer.pdf.PageSize;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Keep rules and insets of the flow, with the real text engine and bundled fonts. */
class FlowBuilderTest {
    private static final String SENTENCE = "The committee met again on Tuesday to weigh the evidence it had gathered. ";
    private static final FontLibrary FONTS = FontLibrary.bundled(null);

    private PDDocument doc;
    private FlowBuilder flow;
    private PageGeometry geometry;

    @BeforeEach
    void setUp() {
        doc = new PDDocument();
        TextEngine engine = new TextEngine(FONTS.forDocument(Diagnostics.IGNORE));
        geometry = new PageGeometry(PageSize.A4, Direction.LTR);
        Theme theme = new Theme(geometry.contentWidth());
        Wording wording = Wording.of("en", Numerals.LATIN);
        InlineRuns runs = new InlineRuns(null);
        flow = new FlowBuilder(engine, geometry, theme, Justification.INTER_WORD,
                new Images(doc, ResourceLoader.NONE, Diagnostics.IGNORE, 1_000_000, geometry.contentWidth()), runs,
                wording, new Tables(engine, theme, runs, 1000, Diagnostics.IGNORE), 100);
    }

    @AfterEach
    void tearDown() throws IOException {
        doc.close();
    }

    private static Block.Paragraph paragraph(int sentences) {
        return new Block.Paragraph(List.of(new Inline.Text(SENTENCE.repeat(sentences).strip())));
    }

    private List<Boolean> keeps() {
        List<Boolean> out = new ArrayList<>();
        for (FlowItem item : flow.items()) out.add(item.keepWithPrevious());
        return out;
    }

    @Test
    void paragraphsKeepTwoLinesTogetherAtEachEnd() {
        flow.blocks(List.of(paragraph(8)), flow.page(new Language("en", Direction.LTR)));
        List<Boolean> keeps = keeps();
        int n = keeps.size();
        assertTrue(n >= 5, "lines: " + n);
        for (int k = 0; k < n; k++) {
            assertEquals(k == 1 || k == n - 1, keeps.get(k), "line " + k + " of " + n);
        }
    }

    @Test
    void aHeadingKeepsWithTheFirstLinesOfWhatFollows() {
        flow.blocks(List.of(paragraph(1), new Block.Heading(2, List.of(new Inline.Text("Findings"))), paragraph(8)),
                flow.page(new Language("en", Direction.LTR)));
        List<Boolean> keeps = keeps();
        // paragraph (1 line), heading (1 line), then the paragraph's first two lines keep with it
        assertEquals(List.of(false, false, true, true, false), keeps.subList(0, 5));
        assertTrue(flow.items().get(1).spaceBefore() > flow.items().get(2).spaceBefore());
    }

    @Test
    void quotesAndListsIndentOnTheStartSideOfTheirDirection() {
        Block quote = new Block.Quote(List.of(paragraph(1)), List.of(), Language.INHERIT);
        flow.blocks(List.of(quote), flow.page(new Language("en", Direction.LTR)));
        flow.blocks(List.of(quote), flow.page(new Language("ar", Direction.RTL)));
        Decoration ltrBar = flow.items().get(0).decorations().get(0);
        Decoration rtlBar = flow.items().get(1).decorations().get(0);
        float middle = geometry.contentLeft() + geometry.contentWidth() / 2;
        assertTrue(ltrBar.x() < middle && rtlBar.x() > middle, ltrBar + " / " + rtlBar);
        assertTrue(!ltrBar.coversSpaceBefore(), "the first line's space separates the quote from the text above");
    }

    @Test
    void aParagraphOfTenMegabytesIsCutIntoPiecesInLinearTime() {
        TextStyle style = TextStyle.of(FontFamily.SERIF, 10);
        String words = "word ".repeat(2_000_000);
        long start = System.nanoTime();
        List<List<StyledRun>> pieces = FlowBuilder.pieces(List.of(new StyledRun(words, style),
                new StyledRun("x".repeat(9_000), style.withBold(true))));
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "pieces took too long");
        StringBuilder joined = new StringBuilder();
        for (List<StyledRun> piece : pieces) {
            int size = 0;
            for (StyledRun r : piece) {
                size += r.text().length();
                joined.append(r.text()).append(r.text().endsWith("word") ? " " : "");
            }
            assertTrue(size <= 4000, "piece of " + size);
        }
        assertEquals(words.replace(" ", "") + "x".repeat(9_000), joined.toString().replace(" ", ""));
    }
}
