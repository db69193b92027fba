package io.convert.reader.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.convert.Converter;
import io.convert.model.Article;
import io.convert.spi.ReadOptions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Chinese pages read from their bytes, as the CLI reads a saved page: legacy charsets declared
 * wrongly or not at all, then the article found in them.
 */
class ChineseFixturesTest {
    private static Article read(String name) {
        return Converter.create().read(Path.of("src/test/resources/html", name), "html", ReadOptions.defaults())
                .article();
    }

    @Test
    void gbkPageWhoseMetaSaysUtf8() {
        // The server named GBK; the template's meta says UTF-8, and the footer's © is a windows-1252 byte.
        Article a = read("zh14h-gbk-declared-utf8.html");
        assertEquals("青石镇老街改造完工 居民重回河边散步", a.metadata().title());
        List<String> texts = HtmlFixtures.texts(a);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("经过八个月的施工，青石镇老街改造工程")), String.join("\n", texts));
        assertTrue(texts.stream().anyMatch(t -> t.endsWith("让更多年轻人了解小镇的历史。")), String.join("\n", texts));
        assertFalse(HtmlFixtures.allText(a).contains("相关新闻"));
    }

    @Test
    void readAlsoLinesAmongTheParagraphsAreLeftOut() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("zh14h-read-also-lines.html"));
        String all = String.join("\n", texts);
        assertEquals(4, texts.stream().filter(t -> t.endsWith("。") || t.endsWith("”")).count(), all);
        assertFalse(all.contains("相关阅读"), all);
        assertFalse(all.contains("延伸阅读"), all);
        assertFalse(all.contains("城西老旧小区加装电梯"), all);
    }
}
