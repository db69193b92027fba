package io.convert.writer.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageSizeTest {
    private static final float TOLERANCE = 0.01f;

    @Test
    void namedSizesAreTheStandardOnesInPoints() {
        assertSize(595.28f, 841.89f, PageSize.parse("A4"));
        assertSize(595.28f, 841.89f, PageSize.parse(" a4 "));
        assertSize(419.53f, 595.28f, PageSize.parse("A5"));
        assertSize(612f, 792f, PageSize.parse("Letter"));
        assertSize(595.28f, 841.89f, PageSize.parse(null));
    }

    @Test
    void dimensionsTakeUnitsAndShareASingleOne() {
        assertSize(432f, 648f, PageSize.parse("6inx9in"));
        assertSize(425.20f, 623.62f, PageSize.parse("150mm x 220mm"));
        assertSize(425.20f, 623.62f, PageSize.parse("150x220mm"));
        assertSize(595.28f, 841.89f, PageSize.parse("21cmx29.7cm"));
        assertSize(500f, 700f, PageSize.parse("500ptx700pt"));
        assertSize(72f * 5.5f, 72f * 8.5f, PageSize.parse("5.5 × 8.5 in"));
    }

    @Test
    void nonsenseIsAUsageErrorWithAOneLineReason() {
        for (String bad : new String[] {"B7", "100x200", "0mmx0mm", "300inx300in", "axb"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> PdfSettings.PAGE_SIZE.parse(List.of(bad)), bad);
            assertTrue(e.getMessage().startsWith("--page-size: "), e.getMessage());
            assertTrue(e.getMessage().contains(bad) && !e.getMessage().contains("\n"), e.getMessage());
        }
    }

    private static void assertSize(float w, float h, PageSize size) {
        assertEquals(w, size.width(), TOLERANCE);
        assertEquals(h, size.height(), TOLERANCE);
    }
}
