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
}
