package io.convert.reader.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
