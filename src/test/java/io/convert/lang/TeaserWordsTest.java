package io.convert.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TeaserWordsTest {

    @Test
    void labelsAreKnownHoweverTheyAreSpelt() {
        assertTrue(TeaserWords.isLabel("اقرأ أيضاً"));
        assertTrue(TeaserWords.isLabel("إقرا ايضا:"));
        assertTrue(TeaserWords.isLabel("RELATED STORIES"));
        assertTrue(TeaserWords.isLabel("À lire aussi"));
        assertTrue(TeaserWords.isLabel("เรื่องที่เกี่ยวข้อง"));
        assertFalse(TeaserWords.isLabel("Related stories about the harbour"));
    }

    @Test
    void aLineOpensWithEveryLabelItsWordsBeginWithLongestFirst() {
        assertEquals(List.of("related stories", "related"), TeaserWords.labelsOpening(Keys.of("Related stories: the ferry")));
        // The key has lost the colon: "Related: News from …" opens with "related news" as well as with "related".
        assertEquals(List.of("related news", "related"), TeaserWords.labelsOpening(Keys.of("Related: News from the harbour")));
        assertEquals(List.of(), TeaserWords.labelsOpening(Keys.of("Relatedly, the ferry will run")));
        assertEquals(List.of(), TeaserWords.labelsOpening(Keys.of("The ferry will run")));
    }
}
