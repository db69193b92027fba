package io.convert.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.ULocale;
import io.convert.model.Direction;
import org.junit.jupiter.api.Test;

class LanguageTagsTest {

    @Test
    void spellsTagsTheCanonicalWay() {
        assertEquals("en-US", LanguageTags.clean(" en_us "));
        assertEquals("ar-EG", LanguageTags.clean("AR-eg"));
        assertNull(LanguageTags.clean("und"));
        assertNull(LanguageTags.clean("not a tag"));
        assertNull(LanguageTags.clean(""));
    }

    @Test
    void knowsTheDirectionFromTheScript() {
        for (String rtl : new String[] {"ar", "ar-EG", "fa", "ur", "ps", "ckb", "sd", "ug", "he", "iw", "yi", "dv",
            "syr", "ku-Arab", "pa-PK", "az-IR"}) {
            assertEquals(Direction.RTL, LanguageTags.direction(rtl), rtl);
        }
        for (String ltr : new String[] {"en", "fr-CA", "ku", "az", "pa", "tr", "ar-Latn"}) {
            assertEquals(Direction.LTR, LanguageTags.direction(ltr), ltr);
        }
        assertNull(LanguageTags.direction(null));
    }

    @Test
    void knowsWhichLanguagesAreWrittenInArabicScript() {
        for (String arabic : new String[] {"ar", "fa", "ur", "ps", "ckb", "sd", "ug", "ku-Arab", "ar_SA"}) {
            assertTrue(LanguageTags.isArabicScript(arabic), arabic);
        }
        for (String other : new String[] {"he", "ku", "en", "ar-Latn"}) {
            assertFalse(LanguageTags.isArabicScript(other), other);
        }
        assertFalse(LanguageTags.isArabicScript(null));
    }

    @Test
    void comparesLanguagesNotRegions() {
        assertTrue(LanguageTags.sameLanguage("ar-EG", "ar"));
        assertTrue(LanguageTags.sameLanguage("iw", "he-IL"));
        assertFalse(LanguageTags.sameLanguage("en", "ar"));
        assertFalse(LanguageTags.sameLanguage(null, null));
    }

    @Test
    void twoLetterTagsAreAnsweredAsIcuAnswersThem() {
        for (char first = 'a'; first <= 'z'; first++) {
            for (char second = 'a'; second <= 'z'; second++) {
                String tag = "" + first + second;
                String clean = LanguageTags.clean(tag);
                if (clean == null) continue;
                ULocale locale = ULocale.forLanguageTag(clean);
                assertEquals(ULocale.addLikelySubtags(locale).getScript().equals("Arab"), LanguageTags.isArabicScript(tag), tag);
                assertEquals(locale.isRightToLeft() ? Direction.RTL : Direction.LTR, LanguageTags.direction(tag), tag);
            }
        }
    }
}
