package io.convert.reader.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The corpus test's title match: a site's name the reader cut is no miss, a word's part is. */
class ReadabilityCorpusTitleTest {
    @Test
    void aSiteNameSetOffBySpacedPunctuationMayBeCut() {
        assertTrue(ReadabilityCorpus.sameTitleBesidesAffix("Tide tables for the spring | Harbour Notes",
                "Tide tables for the spring"));
        assertTrue(ReadabilityCorpus.sameTitleBesidesAffix("Harbour Notes - Tide tables for the spring",
                "Tide tables for the spring"));
        assertFalse(ReadabilityCorpus.sameTitleBesidesAffix("Tide tables for the spring-time", "Tide tables for the"
                + " spring"));
    }

    @Test
    void typographicQuotesAndFullWidthMarksMatchTheirPlainForms() {
        assertEquals("A ferryman's \"last crossing\": will the pier open by spring?",
                ReadabilityCorpus.typographyFolded("A ferryman\u2019s \u201clast crossing\u201d: will the pier open by spring\uff1f"));
        assertTrue(ReadabilityCorpus.sameTitleBesidesAffix("Will the pier open by spring? | Harbour Notes",
                "Will the pier open by spring\uff1f"));
        assertFalse(ReadabilityCorpus.sameTitleBesidesAffix("A ferryman's last crossing", "A ferrymen\u2019s last crossing"));
    }

    @Test
    void inAScriptWithoutSpacesTheSeparatorTouchesTheTitle() {
        assertTrue(ReadabilityCorpus.sameTitleBesidesAffix("港口新建灯塔今晚首次点亮_本地_海港网", "港口新建灯塔今晚首次点亮"));
        assertTrue(ReadabilityCorpus.sameTitleBesidesAffix("港の灯台が今夜初めて点灯「新しい光」（海港新聞） - 海港ニュース",
                "港の灯台が今夜初めて点灯「新しい光」"));
        assertFalse(ReadabilityCorpus.sameTitleBesidesAffix("港口新建灯塔今晚首次点亮仪式", "港口新建灯塔今晚首次点亮"));
    }
}
