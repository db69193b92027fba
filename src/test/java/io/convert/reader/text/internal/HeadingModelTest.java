package io.convert.reader.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.convert.model.Block;
import io.convert.model.PlainText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HeadingModelTest {
    /**
     * A column told in short sentences: an exclamation among them is the writer's voice, which the
     * rules head as they head a short exclamation between paragraphs; the question further down heads
     * a section.
     */
    private static final Path EXCLAMATION = Path.of("src/test/resources/text/ar-exclamation-among-short-sentences.txt");
    private static final String EXCLAIMED = "يا لها من أيام لا تعود!";
    private static final String ASKED = "ما الذي تغير في المدينة؟";

    @Test
    void committedWeightsNameEveryFeatureInOrder() {
        HeadingModel model = HeadingModel.load();
        assertEquals(HeadingFeatures.NAMES.size(), model.weights().length);
        assertTrue(model.threshold() > 0 && model.threshold() < 1, "threshold " + model.threshold());
    }

    @Test
    void weightsForOtherFeaturesAreRefused() {
        List<String> rows = new ArrayList<>();
        for (String name : HeadingFeatures.NAMES) rows.add(name + "\t0");
        rows.add("threshold\t0.15");
        rows.add("promote\t0.9");
        assertEquals(0.15, HeadingModel.parse(rows).threshold());
        rows.set(1, "some_other_feature\t0");
        assertThrows(IllegalStateException.class, () -> HeadingModel.parse(rows));
        assertThrows(IllegalStateException.class, () -> HeadingModel.parse(rows.subList(0, rows.size() - 1)));
    }

    @Test
    void aHeadingIsKeptOnlyPastTheThreshold() {
        int d = HeadingFeatures.NAMES.size(), ruled = HeadingFeatures.NAMES.indexOf("ruled");
        double[] w = new double[d];
        w[ruled] = 1;
        double[] features = new double[d];
        features[ruled] = 1;
        assertTrue(new HeadingModel(w, 0.7, 0.9).keeps(features), "p(1) = 0.73 is past 0.7");
        assertFalse(new HeadingModel(w, 0.8, 0.9).keeps(features), "nor past 0.8");
    }

    @Test
    void theModelUndoesAHeadingTheRulesMake() throws IOException {
        String text = Files.readString(EXCLAMATION, StandardCharsets.UTF_8);
        Set<Rule> withoutModel = Rule.all();
        withoutModel.remove(Rule.LEARNED_HEADING);
        assertEquals(List.of(EXCLAIMED, ASKED), headings(new ScrapedTextParser(withoutModel), text));
        assertEquals(List.of(ASKED), headings(new ScrapedTextParser(Rule.all()), text));
    }

    /**
     * A report's sections each under a dashed label closed by a colon, alone between paragraphs: the
     * rules read each as a list of one item, the model heads its section with it.
     */
    private static final Path DASHED = Path.of("src/test/resources/text/ar-dashed-labels-subheadings.txt");

    @Test
    void theModelPromotesALineTheRulesReadAsAListOfOne() throws IOException {
        String text = Files.readString(DASHED, StandardCharsets.UTF_8);
        Set<Rule> withoutModel = Rule.all();
        withoutModel.remove(Rule.LEARNED_HEADING);
        assertEquals(List.of(), headings(new ScrapedTextParser(withoutModel), text));
        assertEquals(List.of("- خزانات فارغة:", "- وعود مؤجلة:"), headings(new ScrapedTextParser(Rule.all()), text));
        HeadingFeatures.Choice choice = new ScrapedTextParser(withoutModel).headingChoice(text);
        for (double[] f : choice.features()) assertTrue(HeadingFeatures.placedAside(f));
    }

    @Test
    void theTrainerSeesEveryShortKeptLineWithTheRulesDecision() throws IOException {
        Set<Rule> withoutModel = Rule.all();
        withoutModel.remove(Rule.LEARNED_HEADING);
        HeadingFeatures.Choice choice = new ScrapedTextParser(withoutModel).headingChoice(Files.readString(EXCLAMATION, StandardCharsets.UTF_8));
        assertEquals(List.of("كان الحي صغيراً.", EXCLAIMED, "كنا نعرف أسماء الجميع.", ASKED), choice.lines());
        assertEquals(List.of(false, true, false, true), choice.ruled());
        assertEquals(List.of(EXCLAIMED, ASKED), choice.headings());
        for (double[] f : choice.features()) assertEquals(HeadingFeatures.NAMES.size(), f.length);
    }

    private static List<String> headings(ScrapedTextParser parser, String text) {
        return parser.parse(text).blocks().stream().filter(b -> b instanceof Block.Heading).map(PlainText::of).toList();
    }
}
