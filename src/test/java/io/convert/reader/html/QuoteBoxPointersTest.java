package io.convert.reader.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Pointers to other articles that sites set in a quote box among the paragraphs. */
class QuoteBoxPointersTest {
    @Test
    void aReadAlsoLineInAQuoteBoxIsLeftOutAndARealQuoteKept() {
        String text = HtmlFixtures.allText(HtmlFixtures.resource("ml14h-read-also-in-quote-box.html"));
        assertFalse(text.contains("PUEDES VER"), text);
        assertFalse(text.contains("¿Qué rutas de buses cambian"), text);
        assertTrue(text.contains("“Queremos que nadie tenga que estudiar en la calle"), text);
        assertTrue(text.contains("Las salas de lectura infantil mantendrán su horario actual"), text);
    }
}
