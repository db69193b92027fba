package io.convert.reader.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.convert.model.Metadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BylineModelTest {
    /** The post's date and its writer on one bar, "posted on" before the date and "by" before the name: the rules read the date only. */
    private static final String POSTED_THEN_PEN = """
            ثقافة وفنون

            حين تغني الجدات للحقول

            كتب في : الثلاثاء 9 أبريل 2024 - 8:15 مساءً بقلم : سلمى نادر الخطيب

            تعود أغاني الحصاد كل صيف إلى القرى الجبلية، حين تجتمع النساء في الحقول عند الفجر ويرددن مقاطع تعلمنها من أمهاتهن قبل عقود طويلة.
            ولا تكتب هذه الأغاني في كتاب، بل تنتقل من جيل إلى جيل بالسماع، فتتغير كلماتها قليلاً كلما رواها صوت جديد.
            """;

    /** A picture's caption names the official the story quotes: the text prints the name, so the model may not take it. */
    private static final String CAPTION_OF_SPEAKER = """
            المحافظ: مشروع الكورنيش لن يقتطع شيئاً من الشواطئ

            المهندس كريم فؤاد الشامي

            قال المهندس كريم فؤاد الشامي محافظ المدينة، إن مشروع توسيع طريق الكورنيش لن يقتطع متراً واحداً من الرمال المخصصة للمصطافين.
            وأضاف أن الأعمال ستتوقف طوال أشهر الصيف، على أن تستأنف مع بداية الخريف وفق جدول زمني أعلنته المحافظة.
            """;

    /** An opinion column whose writer the headline's line closes with, after a dash; no line of its own signs it. */
    private static final String WRITER_CLOSES_HEADLINE = """
            صوت الضفتين

            الرئيسية | رأي | اتصل بنا

            المكتبات المدرسية تنتظر من يفتح أبوابها – هشام بن عيسى

            في كل مدرسة زرتها هذا العام وجدت غرفة مغلقة كتب على بابها اسم المكتبة، وخلف الباب رفوف مغبرة وكتب لم يفتحها أحد منذ سنوات طويلة.
            والمشكلة ليست في الكتب وحدها، فالمدارس لا تملك من يشرف على هذه الغرف، والمعلمون مشغولون بالحصص والامتحانات من الصباح حتى المساء.
            ولو خصصت كل مدرسة ساعة واحدة في الأسبوع للقراءة الحرة، لتغير حال هذه الرفوف، ولوجد التلاميذ فيها ما لا يجدونه في كتب المقرر.
            """;

    /** A news story whose headline opens with the official it quotes, and whose text goes on to name him. */
    private static final String OFFICIAL_HEADS_HEADLINE = """
            الرئيسية | أخبار | اقتصاد

            سامي الحداد: أسعار الخبز لن ترتفع هذا العام

            أكد وزير التجارة سامي الحداد، اليوم الثلاثاء، أن الحكومة لن ترفع سعر الخبز المدعوم خلال العام الجاري رغم ارتفاع أسعار القمح عالمياً.
            وأوضح الحداد في مؤتمر صحفي أن مخزون القمح يكفي البلاد ستة أشهر، وأن عقود الاستيراد الجديدة وقعت بأسعار أقل من أسعار السوق.
            """;

    @Test
    void committedWeightsNameEveryFeatureInOrder() {
        BylineModel model = BylineModel.load();
        assertEquals(BylineFeatures.NAMES.size(), model.weights().length);
        assertTrue(model.threshold() > 0 && model.threshold() < 1, "threshold " + model.threshold());
        assertTrue(model.otherScriptMargin() >= 0 && model.threshold() + model.otherScriptMargin() < 1, "margin " + model.otherScriptMargin());
    }

    @Test
    void weightsForOtherFeaturesAreRefused() {
        List<String> rows = new ArrayList<>();
        for (String name : BylineFeatures.NAMES) rows.add(name + "\t0");
        rows.add("threshold\t0.7");
        rows.add("other_script_margin\t0.1");
        assertEquals(0.7, BylineModel.parse(rows).threshold());
        assertEquals(0.1, BylineModel.parse(rows).otherScriptMargin());
        assertThrows(IllegalStateException.class, () -> BylineModel.parse(rows.subList(0, rows.size() - 1)), "no margin");
        assertThrows(IllegalStateException.class, () -> BylineModel.parse(rows.subList(0, rows.size() - 2)), "no threshold");
        rows.set(1, "some_other_feature\t0");
        assertThrows(IllegalStateException.class, () -> BylineModel.parse(rows));
    }

    @Test
    void theBestLineIsTakenOnlyPastTheThreshold() {
        int d = BylineFeatures.NAMES.size(), read = BylineFeatures.NAMES.indexOf("writer_read");
        double[] w = new double[d];
        w[read] = 1;
        double[][] features = {vector(d, read, 0.5), vector(d, read, 2), vector(d, read, 1)};
        assertEquals(1, new BylineModel(w, 0.7, 0.1).best(features, true), "p(2) = 0.88 is past 0.7 and the highest");
        assertEquals(-1, new BylineModel(w, 0.9, 0.1).best(features, true), "no line is past 0.9");
        assertEquals(1, new BylineModel(w, 0.7, 0.1).best(features, false), "p(2) = 0.88 is past 0.7 + 0.1 on a page in another script");
        assertEquals(-1, new BylineModel(w, 0.8, 0.1).best(features, false), "a page in another script asks 0.9 where the threshold says 0.8");
        assertEquals(1, new BylineModel(w, 0.8, 0).best(features, false), "with no margin, every page asks the threshold");
    }

    @Test
    void theWriterIsReadOffTheLineAsABylineIs() {
        assertEquals(List.of("سلمى نادر الخطيب"), BylineFeatures.writerIn("كتب في : الثلاثاء 9 أبريل 2024 - 8:15 مساءً بقلم : سلمى نادر الخطيب", null));
        assertEquals(List.of("هالة منصور"), BylineFeatures.writerIn("د. هالة منصور – صوت المدينة", "صوت المدينة"));
        assertEquals(List.of(), BylineFeatures.writerIn("صوت المدينة", "صوت المدينة"), "the site's own name");
        assertEquals(List.of(), BylineFeatures.writerIn("الرئيسية", null));
    }

    @Test
    void aPicturesCreditNamesItsPhotographerNoWriter() {
        assertEquals(List.of(), BylineFeatures.writerIn("Photo by Marta L. Quinn", null));
        assertEquals(List.of(), BylineFeatures.writerIn("صورة بواسطة سامر الحلبي", null));
        assertEquals(List.of("Marta L. Quinn"), BylineFeatures.writerIn("Story by Marta L. Quinn", null));
    }

    @Test
    void theModelFindsTheWriterTheRulesMiss() {
        Set<Rule> withoutModel = Rule.all();
        withoutModel.remove(Rule.LEARNED_BYLINE);
        assertEquals(List.of(), new ScrapedTextParser(withoutModel).parse(POSTED_THEN_PEN).metadata().authors());
        assertEquals(List.of("سلمى نادر الخطيب"), new ScrapedTextParser(Rule.all()).parse(POSTED_THEN_PEN).metadata().authors());
    }

    @Test
    void aNameTheTextPrintsIsNoWriter() {
        String caption = "المهندس كريم فؤاد الشامي";
        assertEquals(List.of("كريم فؤاد الشامي"), BylineFeatures.writerIn(caption, null));
        BylineFeatures.Choice choice = new ScrapedTextParser(Rule.all()).bylineChoice(CAPTION_OF_SPEAKER);
        assertEquals(List.of(), choice.writers().get(choice.lines().indexOf(caption)));
    }

    @Test
    void theModelWeighsTheNameAHeadlineSetsOff() {
        Set<Rule> withoutModel = Rule.all();
        withoutModel.remove(Rule.LEARNED_BYLINE);
        assertEquals(List.of(), new ScrapedTextParser(withoutModel).parse(WRITER_CLOSES_HEADLINE).metadata().authors());
        Metadata read = new ScrapedTextParser(Rule.all()).parse(WRITER_CLOSES_HEADLINE).metadata();
        assertEquals(List.of("هشام بن عيسى"), read.authors());
        assertEquals("المكتبات المدرسية تنتظر من يفتح أبوابها", read.title(), "the name leaves the title it closed");
        // The same shape holds the official a news story quotes: a candidate too, which the text naming him sinks.
        BylineFeatures.Choice choice = new ScrapedTextParser(Rule.all()).bylineChoice(OFFICIAL_HEADS_HEADLINE);
        assertEquals(List.of("سامي الحداد"), choice.writers().get(choice.headline()));
        assertEquals(List.of(), new ScrapedTextParser(Rule.all()).parse(OFFICIAL_HEADS_HEADLINE).metadata().authors());
    }

    private static double[] vector(int d, int k, double v) {
        double[] f = new double[d];
        f[k] = v;
        return f;
    }
}
