package io.convert.reader.text.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules that keep template out of the text where it leaked in: each fixture's template line is
 * gone with its rule on and kept with it off, so the rule earns its place.
 */
class ChromeLeakRulesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ar-comment-disclaimer-under-text, DISCLAIMERS, التعليقات المنشورة لا تعبر",
        "en37d-paywall-box-under-headline, PAYWALL_BOXES, Membership gives you every story",
        "fr37d-kicked-cards-under-column, KICKED_CARDS, Les vacances au bord du lac"})
    void ruleKeepsTemplateOutOfText(String fixture, Rule rule, String template) throws IOException {
        assertFalse(RuleAblation.body(fixture, rule, true).contains(template), "with " + rule);
        assertTrue(RuleAblation.body(fixture, rule, false).contains(template), "without " + rule);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The views expressed in this column are those of the author and do not necessarily reflect the paper's position.",
        "Opinions expressed by contributors are their own and do not represent the views of the magazine.",
        "المقالات المنشورة في هذا الباب لا تعبر بالضرورة عن رأي الموقع.",
        "الآراء الواردة في المقال تعبر عن رأي كاتبها.",
        "Les textes publiés dans cette rubrique n'engagent que leurs auteurs."})
    void disclaimers(String line) {
        assertTrue(Chrome.isDisclaimer(new Unit(line, 0, true, 0, false, false)), line);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The minister said the leaked memo does not reflect the government's position on the port.",
        "وقال المتحدث إن التصريحات لا تعبر عن موقف الحكومة الرسمي من الاتفاق.",
        "Le ministre a précisé que ces propos ne reflètent pas la ligne du parti."})
    void reportedDenialsAreNoDisclaimers(String line) {
        assertFalse(Chrome.isDisclaimer(new Unit(line, 0, true, 0, false, false)), line);
    }
}
