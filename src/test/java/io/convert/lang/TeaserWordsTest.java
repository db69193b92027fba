package io.convert.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TeaserWordsTest {

    @Test
    void labelsAreKnownHoweverTheyAreSpelt() {
        assertTrue(TeaserWords.isLabel("اقرأ أيضاً"));
        assertTrue(TeaserWords.isLabel("إقرا ايضا:"));
        assertTrue(TeaserWords.isLabel("RELATED STORIES"));
        assertTrue(TeaserWords.isLabel("À lire aussi"));
        assertFalse(TeaserWords.isLabel("Related stories about the harbour"));
    }

    @Test
    void aLineIsMatchedByTheLongestLabelItOpensWithAsWholeWords() {
        assertEquals("related stories", TeaserWords.labelOpening(Keys.of("Related stories: the ferry")));
        assertEquals("related", TeaserWords.labelOpening(Keys.of("Related: the ferry")));
        assertNull(TeaserWords.labelOpening(Keys.of("Relatedly, the ferry will run")));
        assertNull(TeaserWords.labelOpening(Keys.of("The ferry will run")));
    }
}
