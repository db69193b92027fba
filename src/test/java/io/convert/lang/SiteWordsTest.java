package io.convert.lang;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SiteWordsTest {

    @Test
    void aNameClosingWithABorrowedMediaWordNamesAPublication() {
        assertTrue(SiteWords.namesPublication("الضفة نيوز"));
        assertTrue(SiteWords.namesPublication("کرانه آنلاین"));
        assertTrue(SiteWords.namesPublication("پہاڑ ٹی وی"));
        assertTrue(SiteWords.namesPublication("الضفة الإخباري"));
        assertFalse(SiteWords.namesPublication("انقطاع خدمة الإنترنت"));
        assertFalse(SiteWords.namesPublication("سبعة أشياء يجب أن تعرفها عن الأسواق قبل افتتاح نيوز"));
    }

    @Test
    void anArabicScriptNameIsTheLatinNameWithTheSameConsonants() {
        assertTrue(SiteWords.spellsLatinName("الساحل", "alsahil"));
        assertTrue(SiteWords.spellsLatinName("الساحل", "Al Sahil"));
        // The article may be left out and the host may go on after the name.
        assertTrue(SiteWords.spellsLatinName("الساحل", "sahilnews"));
        // A doubled consonant is written once; a final teh marbuta may be spelt or not.
        assertTrue(SiteWords.spellsLatinName("نجمة الشمال", "najmatalshammal"));
        assertTrue(SiteWords.spellsLatinName("نجمة الشمال", "Najma Al Shamal"));
        // Persian and Urdu letters, a final heh left unspelt.
        assertTrue(SiteWords.spellsLatinName("چشمه", "cheshme"));
        assertTrue(SiteWords.spellsLatinName("پہاڑی آواز", "paharyawaz"));
    }

    @Test
    void otherWordsAndOtherScriptsAreNotTheName() {
        assertFalse(SiteWords.spellsLatinName("عاجل", "alsahil"));
        assertFalse(SiteWords.spellsLatinName("الرياضة", "alsahil"));
        assertFalse(SiteWords.spellsLatinName("أخبار المدينة", "example"));
        // Two consonants only name a site they are all of, not one they open.
        assertFalse(SiteWords.spellsLatinName("وطن", "watanabe"));
        assertTrue(SiteWords.spellsLatinName("وطن", "watan"));
        assertFalse(SiteWords.spellsLatinName("Sahil", "alsahil"));
        assertFalse(SiteWords.spellsLatinName("الساحل", "الساحل"));
    }
}
