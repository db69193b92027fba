package io.convert.reader.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EchoTest {
    private static final Echo OPENING = new Echo(
            "أعلنت وزارة الصحة أمس افتتاح مستشفى جديد في المدينة، وقال وزير الصحة إن المستشفى سيستقبل المرضى "
                    + "من القرى المجاورة. The ministry said the hospital opens in May.");

    @Test
    void wordsMeetWithTheirArticleAndProcliticsStripped() {
        assertEquals(1.0, OPENING.of("وللمستشفى الجديد والمدينة"), 1e-9);
        assertEquals(1.0, OPENING.of("Ministry opens hospital"), 1e-9);
    }

    @Test
    void aLineAboutSomethingElseSharesNothing() {
        assertEquals(0.0, OPENING.of("منتخب الشباب يفوز بكأس البطولة"), 1e-9);
        assertEquals(0.0, OPENING.of("ok"), 1e-9);
    }

    @Test
    void functionWordsAndNumbersDoNotCount() {
        assertEquals(List.of("مستشفي", "جديد"), Echo.contentWords("في مستشفى جديد منذ 2024 على"));
        assertEquals(1.0, OPENING.of("في من على مستشفى"), 1e-9);
    }

    @Test
    void aRunOfWordsMayHaveAPrepositionGluedToItsFirstWord() {
        assertTrue(Echo.containsWords("امسيه شعريه بنادي ادب كفر الشيخ", "نادي ادب كفر الشيخ"));
        assertTrue(Echo.containsWords("زياره وللمركز الجديد اليوم", "للمركز الجديد"));
        assertTrue(Echo.containsWords("وزير التربيه الجديد يتسلم", "التربيه الجديد"));
        // A word that merely ends with the run's first word, or a run cut inside a word, is no match.
        assertFalse(Echo.containsWords("اخبارنادي ادب كفر الشيخ", "نادي ادب كفر الشيخ"));
        assertFalse(Echo.containsWords("امسيه بنادي ادب كفر الشيخين", "نادي ادب كفر الشيخ"));
        assertFalse(Echo.isGluedPrefix(""));
        assertFalse(Echo.isGluedPrefix("اخبار"));
    }
}
