package io.convert.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BylineWordsTest {

    @Test
    void findsTheNamesAfterTheWordsBothReadersKnow() {
        assertEquals("Maya Lindqvist and Tomás Ferreira", BylineWords.after("By Maya Lindqvist and Tomás Ferreira"));
        assertEquals("Jane Doe", BylineWords.after("Written by: Jane Doe"));
        assertEquals("أحمد علي", BylineWords.after("بقلم: أحمد علي"));
        assertEquals("سارة محمود", BylineWords.after("كتبت - سارة محمود"));
        assertEquals("منى حسن", BylineWords.after("إعداد منى حسن"));
        assertEquals("أحمد", BylineWords.after("بقلم:أحمد"));
    }

    @Test
    void leavesWordsThatOnlyStartWithOne() {
        assertNull(BylineWords.after("Bystanders watched the fire"));
        assertNull(BylineWords.after("كتبهم التاريخ"));
        assertNull(BylineWords.after("Reporting by Jane Doe; Editing by John Roe"));
        assertFalse(BylineWords.opens("Byzantine walls"));
        assertTrue(BylineWords.opens("  by the desk"));
    }
}
