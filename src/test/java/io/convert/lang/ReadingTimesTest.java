package io.convert.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReadingTimesTest {
    @Test
    void aReadingTimeInTheLanguagesThePagesUse() {
        assertTrue(ReadingTimes.mentions("4 min read"));
        assertTrue(ReadingTimes.mentions("July 12, 2025 • 9 min read"));
        assertTrue(ReadingTimes.mentions("5 min de lecture"));
        assertTrue(ReadingTimes.mentions("Lesezeit: 4 Minuten"));
        assertTrue(ReadingTimes.mentions("3 دقائق قراءة"));
        assertTrue(ReadingTimes.mentions("وقت القراءة: 3 دقائق"));
        assertTrue(ReadingTimes.mentions("قراءة دقيقتين"));
        assertTrue(ReadingTimes.mentions("2 دقيقة وقت القراءة ( 319 كلمة )"));
        assertFalse(ReadingTimes.mentions("Bake for 25 minutes"));
        assertFalse(ReadingTimes.mentions("قراءة في كتاب جديد"));
    }

    @Test
    void aReadingTimeClosingTheBylineIsToldFromTheName() {
        String line = "Hannah Cole · 4 min read";
        assertTrue(ReadingTimes.closes(line));
        assertEquals("Hannah Cole", line.substring(0, ReadingTimes.tailStart(line)));
        String arabic = "كريم منصور | 3 دقائق قراءة";
        assertEquals("كريم منصور", arabic.substring(0, ReadingTimes.tailStart(arabic)));
        assertEquals(0, ReadingTimes.tailStart("6 min read"));
        assertEquals(-1, ReadingTimes.tailStart("This 5 min read explains the vote"), "in a sentence, not closing it");
        assertFalse(ReadingTimes.closes("The interview lasted 40 minutes"));
        assertTrue(ReadingTimes.isWhole("6 min read"));
        assertFalse(ReadingTimes.isWhole("6 minutes of silence"));
        assertFalse(ReadingTimes.isWhole("Hannah Cole · 4 min read"), "a name before it");
    }

    @Test
    void aLabelledReadingTimeMayStandAnywhereOnTheLine() {
        assertTrue(ReadingTimes.labelled("Von Anna Berg · Lesezeit: 4 Minuten · Teilen"));
        assertFalse(ReadingTimes.labelled("Reading time matters"));
    }
}
