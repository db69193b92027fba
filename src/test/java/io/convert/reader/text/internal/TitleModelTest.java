package io.convert.reader.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TitleModelTest {
    /** A headline written as a sentence alone above the text: the rules see no headline, the model reads it. */
    private static final String SENTENCE_HEADLINE = """
            محليات

            وزارة الزراعة تطلق حملة مجانية لتطعيم المواشي ضد الحمى القلاعية في قرى محافظات الشمال .

            أطلقت وزارة الزراعة صباح اليوم حملة واسعة لتطعيم المواشي في اثنتين وعشرين قرية بمحافظات الشمال، بمشاركة أربعين فريقاً بيطرياً.
            وقال مدير الثروة الحيوانية في الوزارة إن الحملة تستمر ثلاثة أسابيع، وإن اللقاحات تقدم مجاناً لصغار المربين.
            """;

    @Test
    void committedWeightsNameEveryFeatureInOrder() {
        TitleModel model = TitleModel.load();
        assertEquals(TitleFeatures.NAMES.size(), model.weights().length);
        assertTrue(model.margin() >= 0, "margin " + model.margin());
    }

    @Test
    void weightsForOtherFeaturesAreRefused() {
        List<String> rows = new ArrayList<>();
        for (String name : TitleFeatures.NAMES) rows.add(name + "\t0");
        rows.add("margin\t1");
        assertEquals(1, TitleModel.parse(rows).margin());
        rows.set(0, "some_other_feature\t0");
        assertThrows(IllegalStateException.class, () -> TitleModel.parse(rows));
        assertThrows(IllegalStateException.class, () -> TitleModel.parse(rows.subList(1, rows.size() - 1)));
    }

    @Test
    void theModelReplacesTheRulesLineOnlyBeyondTheMarginAndNeverWithProse() {
        int d = TitleFeatures.NAMES.size(), prose = TitleFeatures.NAMES.indexOf("prose"), echo = TitleFeatures.NAMES.indexOf("echo");
        double[] w = new double[d];
        w[echo] = 1;
        TitleModel model = new TitleModel(w, 0.5);
        double[][] features = {vector(d, echo, 0.2), vector(d, echo, 0.6), vector(d, echo, 0.9)};
        List<Integer> lines = List.of(3, 5, 7);
        assertEquals(7, model.choose(lines, features, 3), "0.7 over the rules' line is beyond the margin");
        assertEquals(5, model.choose(lines, features, 5), "0.3 over the rules' line is within it");
        assertEquals(-1, model.choose(lines, features, -1), "no rules' line, no title");
        features[2][prose] = 1;
        assertEquals(3, model.choose(lines, features, 3), "the best line is a paragraph");
    }

    @Test
    void aHeadlineWrittenAsASentenceIsReadWhereTheRulesSeeNone() {
        Set<Rule> withoutModel = Rule.all();
        withoutModel.remove(Rule.LEARNED_TITLE);
        assertNull(new ScrapedTextParser(withoutModel).parse(SENTENCE_HEADLINE).metadata().title());
        assertEquals("وزارة الزراعة تطلق حملة مجانية لتطعيم المواشي ضد الحمى القلاعية في قرى محافظات الشمال .",
                new ScrapedTextParser(Rule.all()).parse(SENTENCE_HEADLINE).metadata().title());
    }

    private static double[] vector(int d, int k, double v) {
        double[] f = new double[d];
        f[k] = v;
        return f;
    }
}
