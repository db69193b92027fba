package io.convert.reader.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Direction;
import io.convert.model.Inline;
import io.convert.model.Language;
import io.convert.model.Metadata;
import io.convert.model.PlainText;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Pages in the shapes Arabic news sites serve: transliterated class names, "SOURCE - AUTHOR"
 * bylines, Arabic-Indic and Levantine dates, share boxes labelled مشاركة, "اقرأ أيضا" and
 * "الأكثر قراءة" lists, table layouts of old CMSs.
 */
class ArabicFixturesTest {
    private static final List<String> CHROME = List.of("اقرأ أيضا", "أخبار ذات صلة", "الأكثر قراءة", "مشاركة",
            "فيسبوك", "تويتر", "ملفات تعريف الارتباط", "جميع الحقوق محفوظة", "التعليقات", "مواضيع ذات صلة", "شارك الخبر", "غرد",
            "الرئيسية", "نص مخفي", "أيقونات زخرفية", "اترك تعليقا");

    private static void assertNoChrome(Article article) {
        String text = HtmlFixtures.allText(article);
        for (String chrome : CHROME) {
            // Whole words: "مشاركة" the share label, not "بمشاركة" in a sentence.
            boolean kept = Pattern.compile("(?<!\\p{L})" + Pattern.quote(chrome) + "(?!\\p{L})").matcher(text).find();
            assertFalse(kept, "page chrome kept: " + chrome + "\n" + text);
        }
    }

    @Test
    void sourceDashAuthorBylineArabicIndicDateAndShareBox() {
        Article a = HtmlFixtures.resource("ar-source-author.html");
        Metadata m = a.metadata();
        assertEquals("الحكومة تعلن خطة لتطوير شبكة النقل العام في المحافظات", m.title());
        assertEquals(List.of("محمد عبد الرحمن"), m.authors());
        assertEquals("بوابة النيل", m.site());
        assertEquals("2025-03-16", m.published());
        assertEquals("ar", m.language());
        assertEquals(Direction.RTL, m.direction());
        List<String> texts = HtmlFixtures.texts(a);
        assertEquals(4, texts.size(), String.join("\n", texts));
        assertTrue(texts.get(0).startsWith("أعلنت الحكومة، اليوم الأحد، عن خطة شاملة"));
        assertTrue(texts.get(3).endsWith("توقفت في منتصفها."));
        assertNoChrome(a);
    }

    @Test
    void jsonLdGraphLazyLeadImageEnglishQuoteAndDataTable() {
        Article a = HtmlFixtures.resource("ar-levant-jsonld.html");
        Metadata m = a.metadata();
        assertEquals("مهرجان الكتاب يعود إلى بيروت بعد غياب ثلاث سنوات", m.title());
        assertEquals(List.of("سامر خليل", "ريم حداد"), m.authors());
        assertEquals("صحيفة المدينة", m.site());
        assertEquals("2024-05-12T09:00:00+03:00", m.published());
        assertNotNull(m.leadImage());
        assertTrue(m.leadImage().image().source().endsWith("/media/2024/05/book-fair-1200x675.jpg"));
        assertTrue(m.leadImage().image().source().startsWith("file:"), "resolved against the page's folder");
        assertEquals("زوار يتجولون بين أجنحة المعرض", PlainText.of(m.leadImage().caption()));
        assertEquals("تصوير: نادر سليمان", m.leadImage().credit());

        assertTrue(a.blocks().get(0) instanceof Block.Paragraph, "the lead figure is not repeated in the body");
        Block.Quote quote = HtmlFixtures.blocks(a, Block.Quote.class).get(0);
        assertEquals(new Language("en", Direction.LTR), quote.language());
        assertEquals("A visiting publisher from London", PlainText.of(quote.attribution()));
        Block.Table table = HtmlFixtures.blocks(a, Block.Table.class).get(0);
        assertEquals("البند", PlainText.of(table.header().get(0).cells().get(0).content()));
        assertEquals(2, table.body().size());
        Block.Figure hall = HtmlFixtures.blocks(a, Block.Figure.class).get(0);
        assertTrue(hall.image().source().endsWith("/media/2024/05/hall-1200.jpg"), "srcset candidate fit for reading");
        assertEquals("قاعة العرض الكبرى في يوم الافتتاح", PlainText.of(hall.caption()));
        assertEquals(1, HtmlFixtures.blocks(a, Block.Heading.class).size());
        assertNoChrome(a);
    }

    @Test
    void oldTableLayoutWithBaseHrefNoscriptImageAndBodyByline() {
        Article a = HtmlFixtures.resource("ar-table-layout.html");
        Metadata m = a.metadata();
        assertEquals("افتتاح أكبر محطة لتحلية المياه في المنطقة", m.title());
        assertEquals(List.of("سارة محمود"), m.authors());
        assertEquals("2024-11-05", m.published());
        assertEquals(Direction.RTL, m.direction());
        List<String> texts = HtmlFixtures.texts(a);
        assertTrue(texts.get(0).startsWith("افتتحت الحكومة صباح اليوم"), "title line and byline dropped: " + texts);
        Block.Figure plant = HtmlFixtures.blocks(a, Block.Figure.class).get(0);
        assertEquals("https://oldnews.example/archive/2024/images/plant.jpg", plant.image().source());
        assertEquals("محطة التحلية", plant.image().alt());
        assertEquals(3, HtmlFixtures.blocks(a, Block.Paragraph.class).size());
        assertNoChrome(a);
    }

    @Test
    void blogWithMixedDirectionsCodeNestedListAndScriptLinks() {
        Article a = HtmlFixtures.resource("ar-blog-mixed.html");
        Metadata m = a.metadata();
        assertEquals("دليل مبسط لتعلم البرمجة للمبتدئين", m.title());
        assertEquals(List.of("أحمد يوسف"), m.authors());
        assertEquals("مدونة التقنية", m.site());
        assertEquals("2023-09-18T08:00:00Z", m.published());
        assertEquals("ar-EG", m.language());
        assertEquals("https://tech.example/uploads/code-cover.png", m.leadImage().image().source());
        assertTrue(HtmlFixtures.blocks(a, Block.Heading.class).stream()
                .noneMatch(h -> PlainText.of(h.content()).equals(m.title())), "repeated title dropped");

        Block.ListBlock steps = HtmlFixtures.blocks(a, Block.ListBlock.class).get(0);
        assertTrue(steps.ordered());
        assertEquals(3, steps.items().size());
        assertTrue(steps.items().get(1).content().get(1) instanceof Block.ListBlock nested && nested.items().size() == 2);
        Block.Paragraph first = (Block.Paragraph) steps.items().get(0).content().get(0);
        assertTrue(first.content().stream().anyMatch(i -> i instanceof Inline.Span s
                && s.language().equals(new Language("en", Direction.LTR))), "inline English keeps its language");

        Block.CodeBlock code = HtmlFixtures.blocks(a, Block.CodeBlock.class).get(0);
        assertEquals("python", code.syntax());
        assertEquals("print(\"مرحبا بالعالم\")", code.text());

        String links = a.blocks().toString();
        assertFalse(links.contains("javascript:"), "script links never reach the model");
        assertTrue(HtmlFixtures.texts(a).contains(
                "لا تنس أن التدريب اليومي أهم من قراءة الكتب، وأن المصطلحات تأتي مع الوقت، وأن الأخطاء جزء من التعلم."));
        Block english = a.blocks().stream().filter(b -> PlainText.of(b).startsWith("Programs must")).findFirst().orElseThrow();
        assertEquals(new Language("en", Direction.LTR), english.language());
        assertNoChrome(a);
    }
}
