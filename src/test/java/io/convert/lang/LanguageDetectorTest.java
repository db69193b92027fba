package io.convert.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.convert.model.Direction;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    @Test
    void scriptsAndTheirLanguages() {
        assertEquals("ar", LanguageDetector.detect("أعلنت وزارة الزراعة اليوم أن الصادرات ارتفعت").tag());
        assertEquals(Direction.RTL, LanguageDetector.detect("أعلنت وزارة الزراعة اليوم").direction());
        assertEquals("fa", LanguageDetector.detect("وزارت کشاورزی اعلام کرد که صادرات پسته افزایش یافت").tag());
        assertEquals("en", LanguageDetector.detect("The ministry said exports of olive oil rose by a quarter this season.").tag());
    }

    @Test
    void frenchByItsOwnCommonWords() {
        assertEquals("fr", LanguageDetector.detect(
                "La récolte des oranges a commencé la semaine dernière dans les vergers de la plaine, selon la direction agricole.").tag());
        assertEquals("fr", LanguageDetector.detect("L'économie marocaine est sortie d'une longue convalescence").tag());
        assertEquals(Direction.LTR, LanguageDetector.detect("La récolte des oranges a commencé").direction());
    }

    @Test
    void neighboursOfFrenchAreToldApart() {
        // Spanish and Italian share "de", "la", "que", "il" with French, not the words the guess counts.
        assertEquals("es", LanguageDetector.detect("El gobierno anunció que los precios de la energía bajarán en las próximas semanas.").tag());
        assertEquals("it", LanguageDetector.detect("Il governo ha annunciato che i prezzi dell'energia scenderanno nelle prossime settimane.").tag());
        assertEquals("pt", LanguageDetector.detect("O governo anunciou que os preços da energia vão cair nas próximas semanas, mas não disse quanto.").tag());
        assertEquals("de", LanguageDetector.detect("Die Regierung hat angekündigt, dass die Energiepreise in den nächsten Wochen sinken und nicht steigen.").tag());
        assertEquals("en", LanguageDetector.detect("The government said energy prices would fall over the coming weeks, as the talks go on.").tag());
        assertNull(LanguageDetector.detect("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.").tag());
    }
}
