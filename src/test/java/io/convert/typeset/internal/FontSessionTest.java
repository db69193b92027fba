package io.convert.typeset.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.convert.spi.Diagnostics;
import io.convert.typeset.FontFamily;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A document's shaping is remembered per run and context, and gives what shaping afresh gives. */
class FontSessionTest {
    private final FontCatalog catalog = new FontCatalog(List.of(), new BundledFonts(null));
    private final FontSession session = new FontSession(catalog, Diagnostics.IGNORE);

    private FontFace face(boolean arabic) {
        return catalog.stack(FontFamily.SERIF, false, false, arabic).get(0);
    }

    private static void assertSame(Shaped expected, Shaped actual) {
        assertArrayEquals(expected.gids, actual.gids);
        assertArrayEquals(expected.x, actual.x);
        assertArrayEquals(expected.y, actual.y);
        assertArrayEquals(expected.cluster, actual.cluster);
        assertEquals(expected.advance, actual.advance);
    }

    @Test
    void aRepeatedRunIsPlacedWhereItStandsNow() {
        // the same ten characters before the run, which is what is remembered with it
        char[] first = "Shopping: Items are 1. Tea".toCharArray(), second = "Items are 1. Tea".toCharArray();
        session.shape(face(false), first, 20, 22, false);
        assertSame(Shaped.shape(face(false), second, 10, 12, false), session.shape(face(false), second, 10, 12, false));
    }

    @Test
    void theLettersAroundARunTellItsForms() {
        char[] alone = "ب".toCharArray(), joined = "بب".toCharArray();
        Shaped isolated = session.shape(face(true), alone, 0, 1, true);
        Shaped last = session.shape(face(true), joined, 1, 2, true);
        assertSame(Shaped.shape(face(true), joined, 1, 2, true), last);
        assertNotEquals(isolated.gids[0], last.gids[0], "a beh after a beh takes its final form");
    }

    @Test
    void eachCallerGetsGlyphsItMayMove() {
        char[] text = "Tea for two".toCharArray();
        Shaped justified = session.shape(face(false), text, 0, 3, false);
        float before = justified.x[1];
        justified.x[1] += 50;
        assertEquals(before, session.shape(face(false), text, 0, 3, false).x[1]);
    }
}
