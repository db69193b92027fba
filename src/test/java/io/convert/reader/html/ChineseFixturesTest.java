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
    void anArticleOfShortChineseSentencesOutweighsTheTeasersBesideIt() {
        // Each paragraph is one short sentence, fewer characters than an English sentence has
        // letters; each teaser in the column beside it has a longer summary.
        String page = "<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>石桥村老桥修缮后重新通行</title></head>"
                + "<body><div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/local\">本地</a></div><div class=\"wrap\">"
                + "<div class=\"main\"><h1>石桥村老桥修缮后重新通行</h1><p>石桥村的老石桥昨天重新通行。</p>"
                + "<p>这座桥已有一百二十多年历史。</p><p>去年夏天的洪水冲坏了两个桥墩。</p><p>村里请来老石匠，按原样修补。</p>"
                + "<p>新换的石料都来自附近的山上。</p><p>工程前后用了将近五个月。</p><p>通行当天，不少村民早早来到桥头。</p>"
                + "<p>八十岁的王大爷第一个走过石桥。</p><p>他说，小时候天天走这座桥上学。</p>"
                + "<p>村委会表示，今后每年都会检查一次。</p></div></div><div class=\"side\"><h3>编辑推荐</h3>"
                + "<div class=\"item\"><a href=\"/a1\">河边新建了一条健身步道</a><p>步道全长三公里，沿途设置了座椅和路灯，"
                + "晚上十点前都有照明，附近居民可以放心散步。</p></div><div class=\"item\"><a href=\"/a2\">镇上的菜市场完成改造</a>"
                + "<p>改造后的市场增加了停车位和冷藏区，摊位重新编号，顾客可以按照指示牌快速找到想买的东西。</p></div>"
                + "<div class=\"item\"><a href=\"/a3\">乡村图书室开始借阅电子书</a><p>读者用借书证登录平台，就能借阅两千多种"
                + "电子书，每次最多借五本，借期为三十天。</p></div></div><div class=\"footer\"><p>版权所有，未经许可不得转载。</p>"
                + "</div></body></html>";
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.html(page));
        String all = String.join("\n", texts);
        assertTrue(texts.contains("石桥村的老石桥昨天重新通行。"), all);
        assertTrue(texts.contains("村委会表示，今后每年都会检查一次。"), all);
        assertFalse(all.contains("编辑推荐"), all);
        assertFalse(all.contains("健身步道"), all);
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
