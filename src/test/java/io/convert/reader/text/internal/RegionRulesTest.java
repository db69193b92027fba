package io.convert.reader.text.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules that move where the article's region starts or stops: each fixture's line of the text is
 * kept with its rule on and lost with it off, so the rule earns its place.
 */
class RegionRulesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ar-unpunctuated-opening-under-byline, UNPUNCTUATED_OPENING, نراقب أسراب الطيور وهي تهبط على الماء",
        "ar-unpunctuated-prose-between-paragraphs, PROSE_AMONG_PARAGRAPHS, ويضيف المزارعون أن أسعار البذور",
        "ar-unpunctuated-lede-over-paragraph, PROSE_AMONG_PARAGRAPHS, أعرف سوق الخضار القديم منذ طفولتي",
        "ar-unpunctuated-lede-under-byline, PROSE_UNDER_HEADER, افتتح رئيس بلدية المدينة صباح اليوم",
        "ar-cut-lede-under-header, LEDE_UNDER_HEADER, قضت فرق البلدية ليلتها",
        "ar-cut-last-words, CUT_LAST_WORDS, أما الدور الصغيرة فقد"})
    void ruleKeepsTextInRegion(String fixture, Rule rule, String text) throws IOException {
        assertTrue(RuleAblation.body(fixture, rule, true).contains(text), "with " + rule);
        assertFalse(RuleAblation.body(fixture, rule, false).contains(text), "without " + rule);
    }
}
