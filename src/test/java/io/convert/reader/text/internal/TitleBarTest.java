package io.convert.reader.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleBarTest {
    @Test
    void theShorterSideOfABarIsTheSite() {
        assertEquals(new TitleBar("صدى الوادي", "افتتاح جسر جديد على النهر"),
                TitleBar.parse("افتتاح جسر جديد على النهر | صدى الوادي", List.of()));
    }

    @Test
    void aSideInFiguresMakesTheLineADateBar() {
        assertNull(TitleBar.parse("2021-12-10 | 14:24 الكرة المحلية", List.of()));
        assertNull(TitleBar.parse("أخبار الرياضة | 10/12/2021", List.of()));
    }
}
