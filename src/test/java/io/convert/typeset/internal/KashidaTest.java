package io.convert.typeset.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.convert.typeset.FontFamily;
import io.convert.typeset.StyledRun;
import io.convert.typeset.TextStyle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where kashida may go: only between letters that join, never inside lam-alef or Allah, best places first. */
class KashidaTest {
    private final FontCatalog catalog = new FontCatalog(List.of(), new BundledFonts(null));

    private Paragraph paragraph(String text) {
        FontSession session = new FontSession(catalog, io.convert.spi.Diagnostics.IGNORE);
        return Paragraph.of(List.of(new StyledRun(text, TextStyle.of(FontFamily.SERIF, 12))), true, session);
    }

    private List<Kashida.Opportunity> of(String text) {
        Paragraph p = paragraph(text);
        return Kashida.opportunities(p, 0, p.length());
    }

    @Test
    void ligaturesAndNonJoiningLettersOfferNothing() {
        assertEquals(List.of(), of("الله لا ورد دار"), "Allah, lam-alef, and letters that do not join to the left");
    }

    @Test
    void seenAndSadComeFirstThenFinalLetters() {
        List<Kashida.Opportunity> o = of("سلام كتابة");
        assertEquals(new Kashida.Opportunity(1, 1), o.get(0), "after the seen of سلام");
        assertEquals(2, o.get(1).rank(), "before the final teh marbuta of كتابة");
        assertEquals(9, o.get(1).position());
    }

    @Test
    void insertsAfterMarksOfTheLetter() {
        Paragraph p = paragraph("سَلام");
        assertEquals(2, Kashida.opportunities(p, 0, p.length()).get(0).position(), "the tatweel goes after the fatha");
    }

    @Test
    void stretchingWidensTheLineWithTatweelsThatCopyBackAsNothing() {
        Paragraph p = paragraph("تتعرض كل من أوكرانيا وروسيا لضغوط من الرئيس الأمريكي");
        ShapedLine line = ShapedLine.of(p, 0, p.length());
        ShapedLine stretched = Kashida.stretch(line, line.width() + 15);
        assertTrue(stretched.width() > line.width() + 5 && stretched.width() <= line.width() + 15.01f,
                line.width() + " -> " + stretched.width());
        StringBuilder text = new StringBuilder();
        for (Segment s : stretched.segments) {
            for (String t : s.text) {
                if (t != null) text.append(t);
            }
        }
        assertTrue(text.indexOf("\u0640") < 0, "inserted tatweels carry no text: " + text);
    }
}
