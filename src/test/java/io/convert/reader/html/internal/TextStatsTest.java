package io.convert.reader.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TextStatsTest {
    @Test
    void theQuickLetterTestAgreesWithTheUnicodeTablesOnEveryCharacter() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertEquals(Character.isLetterOrDigit(c), TextStats.isLetterOrDigit(c), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void lettersAndDigitsAreCountedInEveryScriptAndLinksApart() {
        Element body = Jsoup.parse("<p id=a>Ferry 12, <a href=x>late</a>! قارب ١٢ — 渡船。</p>").body();
        TextStats.Stat s = TextStats.of(body).get(body.getElementById("a"));
        // "Ferry12late" 11, "قارب١٢" 6, "渡船" 2; punctuation: ",", "!", "。".
        assertEquals(19, s.chars);
        assertEquals(4, s.linkChars);
        assertEquals(3, s.punctuation);
        assertEquals(19, TextStats.letters(body));
    }

    @Test
    void theMeasuresLeftAfterARemovalAreThoseOfTheTreeWithoutIt() {
        Element body = Jsoup.parse("<div id=page><div id=story><p>The ferry left at noon, late.</p>"
                + "<ul><li><a href=/a>Timetable</a></li><li><a href=/b>Fares</a></li></ul><img src=f.jpg></div>"
                + "<aside id=side><p>Related: <a href=/c>The new pier opens!</a></p><img src=p.jpg></aside></div>").body();
        TextStats kept = TextStats.of(body);
        Element side = body.getElementById("side");
        Element list = body.selectFirst("ul");
        for (Element gone : new Element[] {side, list}) {
            kept.removing(gone);
            gone.remove();
        }
        TextStats fresh = TextStats.of(body);
        for (Element e : body.getAllElements()) {
            TextStats.Stat a = kept.get(e), b = fresh.get(e);
            String where = e.tagName() + "#" + e.id();
            assertEquals(b.chars, a.chars, where);
            assertEquals(b.linkChars, a.linkChars, where);
            assertEquals(b.punctuation, a.punctuation, where);
            assertEquals(b.paragraphs, a.paragraphs, where);
            assertEquals(b.images, a.images, where);
            assertEquals(b.listItems, a.listItems, where);
        }
        assertEquals(22, kept.get(body.getElementById("page")).chars);
    }
}
