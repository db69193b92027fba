package io.convert.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class KeysTest {

    @Test
    void aKeyFoldsArabicLetterVariantsMarksCaseDigitsAndPunctuation() {
        assertEquals("اقرا ايضا", Keys.of("إقرأ أيضاً:"));
        assertEquals("مقالات ذات صله", Keys.of("مقالاتٌ ذات صلـة"));
        assertEquals("don t miss 2024", Keys.of("» DON'T MISS — ٢٠٢٤"));
    }

    @Test
    void persianYehAndKafFoldAsArabicOnesAndFoldingLettersLeavesTheRestAsItIs() {
        assertEquals(Keys.of("خبرهای کشور"), Keys.of("خبرهاي كشور"));
        assertEquals("Café خبرهاي كشور", Keys.foldLetters("Café خبرهای کشور"));
        String plain = "Plain words";
        assertSame(plain, Keys.foldLetters(plain));
    }

    @Test
    void theSwashKafFoldsAsKafSoANameSetWithItIsTheSameName() {
        assertEquals(Keys.of("أبوبكر المشهور"), Keys.of("أبوبڪر المشهور"));
    }

    @Test
    void theEndOfAKeysOpeningIsFoundInTheTextItCameFrom() {
        String line = "» Related Reading: A winter timetable";
        assertEquals(line.indexOf(':'), Keys.endOf(line, "related reading"));
        String arabic = "اقرأ أيضاً: العبارة تعود";
        assertEquals(arabic.indexOf(':'), Keys.endOf(arabic, "اقرا ايضا"));
        assertEquals(arabic.length(), Keys.endOf(arabic, Keys.of(arabic)));
    }

    @Test
    void aTextThatDoesNotOpenWithTheKeyHasNoEnd() {
        assertEquals(-1, Keys.endOf("Ready also: a headline", "read also"));
        assertEquals(-1, Keys.endOf("Read", "read also"));
        assertEquals(-1, Keys.endOf("Readalso", "read also"));
    }

    @Test
    void lettersBeyondTheBasicPlaneStayInTheKeyAndItsEndIsFound() {
        String styled = "\uD835\uDCA9\uD835\uDCEE\uD835\uDCCC\uD835\uDCC8 \uD835\uDCAF: extra";
        String name = "\uD835\uDCA9\uD835\uDCEE\uD835\uDCCC\uD835\uDCC8 \uD835\uDCAF";
        assertEquals(name + " extra", Keys.of(styled));
        assertEquals(styled.indexOf(':'), Keys.endOf(styled, name));
        assertEquals(-1, Keys.endOf(styled, "news"));
    }
}
