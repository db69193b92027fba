package io.convert.reader.text.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.PlainText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
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
        "ar-unpunctuated-prose-between-paragraphs, PROSE_AMONG_PARAGRAPHS, ويضيف المزارعون أن أسعار البذور"})
    void ruleKeepsTextInRegion(String fixture, Rule rule, String text) throws IOException {
        String page = Files.readString(Path.of("src/test/resources/text", fixture + ".txt"));
        Set<Rule> without = Rule.all();
        without.remove(rule);
        assertTrue(body(new ScrapedTextParser(Rule.all()).parse(page)).contains(text), "with " + rule);
        assertFalse(body(new ScrapedTextParser(without).parse(page)).contains(text), "without " + rule);
    }

    private static String body(Article article) {
        StringBuilder out = new StringBuilder();
        for (Block b : article.blocks()) out.append(PlainText.of(b)).append('\n');
        return out.toString();
    }
}
