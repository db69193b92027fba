package io.convert.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
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
    void theLabelLeftWithoutItsMinutesClosesTheBylineToo() {
        String line = "Julie MARCHAL - 14 mars 2024 à 06:12 - Temps de lecture :";
        assertEquals("Julie MARCHAL - 14 mars 2024 à 06:12", line.substring(0, ReadingTimes.tailStart(line)));
        assertEquals(-1, ReadingTimes.tailStart("Le temps de lecture : un enjeu pour les 12 éditeurs"), "the label opening a sentence");
    }

    @Test
    void aLabelledReadingTimeMayStandAnywhereOnTheLine() {
        assertTrue(ReadingTimes.labelled("Von Anna Berg · Lesezeit: 4 Minuten · Teilen"));
        assertFalse(ReadingTimes.labelled("Reading time matters"));
    }

    @Test
    void aLongRunOfSpacesCostsLinearTime() {
        // A table flattened into one line pads its cells with spaces: 3,000 of them after a number
        // took minutes, each start in the run trying each way to split it.
        String padded = "Seats 12" + " ".repeat(3_000) + "of 40";
        String timed = "Mara Quint" + " ".repeat(3_000) + "· 6 min read";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertFalse(ReadingTimes.closes(padded));
            assertEquals(-1, ReadingTimes.tailStart(padded));
            assertFalse(ReadingTimes.labelled("Lesezeit" + " ".repeat(3_000) + "lang, 4 Seiten"));
            assertEquals(10, ReadingTimes.tailStart(timed), "the run before the mark goes with the reading time");
        });
    }
}
