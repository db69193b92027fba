package io.convert.reader.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Direction;
import io.convert.model.Inline;
import io.convert.model.Language;
import io.convert.model.Metadata;
import io.convert.model.PlainText;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example pages shipped in {@code examples/}, read as the CLI reads them. */
class ExamplesTest {
    @Test
    void arabicNewsPageGivesTheArticleAndItsMetadata() {
        Article a = HtmlFixtures.read(Path.of("examples/article-ar.html"));
        Metadata m = a.metadata();
        assertEquals("روسيا وأمريكا تبحثان نتائج محادثات إسطنبول", m.title());
        assertEquals(List.of("إسلام عيسى"), m.authors());
        assertEquals("القاهرة الاخبارية", m.site());
        assertEquals("2025-05-17T14:32:00+03:00", m.published());
        assertEquals("ar", m.language());
        assertEquals(Direction.RTL, m.direction());
        assertTrue(m.leadImage().image().source().endsWith("examples/images/lead-ar.jpg"));
        assertEquals("", m.leadImage().image().alt(), "the CMS placeholder alt 'post-title' describes nothing");
        assertEquals("لقاء سابق بين وزير الخارجية الروسي سيرجي لافروف ونظيره الأمريكي ماركو روبيو",
                PlainText.of(m.leadImage().caption()));

        List<String> texts = HtmlFixtures.texts(a);
        assertTrue(texts.get(0).startsWith("بحث وزير الخارجية الروسي سيرجي لافروف"), texts.get(0));
        assertTrue(texts.get(texts.size() - 1).startsWith("تتعرض كل من أوكرانيا وروسيا لضغوط"));
        assertEquals(List.of("وقف فوري وغير مشروط لإطلاق النار", "مطالب أوكرانية", "ضغوط من ترامب"),
                HtmlFixtures.blocks(a, Block.Heading.class).stream().map(h -> PlainText.of(h.content())).toList());
        assertEquals(11, HtmlFixtures.blocks(a, Block.Paragraph.class).size());
        assertTrue(HtmlFixtures.blocks(a, Block.Figure.class).isEmpty(), "lead image not repeated in the body");
        String all = HtmlFixtures.allText(a);
        for (String chrome : List.of("اقرأ أيضًا", "زيلينسكي: مستعدون", "الأكثر قراءة", "أخبار ذات صلة", "مشاركة",
                "واتساب", "الكلمات المفتاحية", "التعليقات", "ملفات تعريف الارتباط", "من نحن", "الرئيسية",
                "القاهرة الإخبارية - إسلام عيسى")) {
            assertFalse(all.contains(chrome), "chrome kept: " + chrome);
        }
    }

    @Test
    void englishNewsPageKeepsStructureAndDropsChrome() {
        Article a = HtmlFixtures.read(Path.of("examples/article-en.html"));
        Metadata m = a.metadata();
        assertEquals("City library opens a century of local newspapers to the public", m.title());
        assertEquals("Four years of scanning put 1.2 million pages online, free to search", m.subtitle());
        assertEquals(List.of("Maya Lindqvist", "Tomás Ferreira"), m.authors());
        assertEquals("The Harbour Courier", m.site());
        assertEquals("2025-03-04T08:15:00Z", m.published());
        assertEquals("en", m.language());
        assertEquals(List.of("libraries", "archives", "local history"), m.tags());
        assertTrue(m.leadImage().image().source().endsWith("examples/images/lead-en.jpg"));
        assertEquals("A scanning station in the basement of the central library.",
                PlainText.of(m.leadImage().caption()).strip());
        assertEquals("Photo: Ana Ruiz / The Harbour Courier", m.leadImage().credit());

        assertTrue(PlainText.of(a.blocks().get(0)).startsWith("The central library has put 1.2 million pages"));
        Block.Paragraph first = (Block.Paragraph) a.blocks().get(0);
        assertTrue(first.content().stream().anyMatch(i -> i instanceof Inline.Strong));
        assertTrue(first.content().stream().anyMatch(i -> i instanceof Inline.Emphasis));
        Block.Quote quote = HtmlFixtures.blocks(a, Block.Quote.class).get(0);
        assertEquals("Helen Okafor, chief archivist", PlainText.of(quote.attribution()));
        Block.Table table = HtmlFixtures.blocks(a, Block.Table.class).get(0);
        assertEquals("Titles in the digital archive", PlainText.of(table.caption()));
        assertEquals(4, table.body().size());
        Block.ListBlock list = HtmlFixtures.blocks(a, Block.ListBlock.class).get(0);
        assertTrue(list.ordered());
        assertEquals(3, list.items().size());
        Block.Figure figure = HtmlFixtures.blocks(a, Block.Figure.class).get(0);
        assertTrue(figure.image().source().endsWith("examples/images/lead-ar.jpg"));
        assertTrue(a.toString().contains("Span[language=" + new Language("ar", Direction.RTL)));
        String all = HtmlFixtures.allText(a);
        for (String chrome : List.of("Read more", "Museum roof", "Most read", "Share on", "Comments", "cookies",
                "Subscribe", "Topics:", "Get the Courier", "All rights reserved", "By Maya")) {
            assertFalse(all.contains(chrome), "chrome kept: " + chrome);
        }
    }
}
