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
    void chineseAndJapaneseByTheirKana() {
        assertEquals("zh", LanguageDetector.detect("城市图书馆把一百年来的地方报纸放到了网上，市民在家就能查阅。").tag());
        assertEquals("ja", LanguageDetector.detect("市の図書館が百年分の地元新聞をインターネットで公開した。").tag());
        assertEquals(Direction.LTR, LanguageDetector.detect("城市图书馆把报纸放到了网上").direction());
        // A short heading all in kanji could be either.
        assertNull(LanguageDetector.detect("東京都知事選挙").tag());
    }

    @Test
    void aScriptWithOneLanguageNamesIt() {
        assertEquals("ko", LanguageDetector.detect("시립 도서관이 지난 100년 동안의 지역 신문을 공개했다.").tag());
        assertEquals("th", LanguageDetector.detect("ห้องสมุดของเมืองได้นำหนังสือพิมพ์ท้องถิ่นขึ้นออนไลน์แล้ว").tag());
        assertEquals("ta", LanguageDetector.detect("நகர நூலகம் செய்தித்தாள்களை இணையத்தில் வெளியிட்டுள்ளது.").tag());
        assertEquals("am", LanguageDetector.detect("የከተማው ቤተ መጻሕፍት ጋዜጦች በመስመር ላይ አቅርቧል።").tag());
        // Several large languages write in Devanagari or Cyrillic: their letters alone name none.
        assertNull(LanguageDetector.detect("शहर के पुस्तकालय ने अख़बारों को ऑनलाइन कर दिया है।").tag());
        assertNull(LanguageDetector.detect("Городская библиотека выложила газеты в интернет.").tag());
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

    @Test
    void theDirectionAloneIsTheOneTheFullGuessGives() {
        // Asked of every block by the HTML reader, which names a block's language only when its direction differs.
        for (String text : new String[] {"أعلنت البلدية افتتاح مكتبة جديدة في الحي", "הספרייה העירונית נפתחה מחדש",
                "The library opened again on Monday.", "Le musée rouvre ses portes demain", "図書館が新しく開いた",
                "Le رئيس said نعم اليوم", "ab", "", "12 345 ؟"}) {
            assertEquals(LanguageDetector.detect(text).direction(), LanguageDetector.direction(text), text);
        }
        assertEquals(Direction.RTL, LanguageDetector.direction("أعلنت البلدية افتتاح مكتبة جديدة"));
        assertEquals(Direction.LTR, LanguageDetector.direction("The library opened again"));
        assertNull(LanguageDetector.direction("ab"));
    }
}
