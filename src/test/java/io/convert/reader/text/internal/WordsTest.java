package io.convert.reader.text.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WordsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Is This The Most Shocking Finale In Television History?",
        "Reality Star Welcomes First Child With Longtime Partner — a Baby Girl!", "COUNCIL VOTES TO BUILD BARRIER"})
    void titleCase(String line) {
        assertTrue(Words.isTitleCase(line), line);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Law enforcement sources tell TMZ the dress was taken out of her room at The London Hotel.",
        "What the plan includes", "Officials in Berlin said the visit by Barack Obama went well.", "روسيا وأمريكا تبحثان نتائج محادثات إسطنبول",
        "稚内でケーキ2400個誤発注 BUSINESS INSIDER JAPAN"})
    void notTitleCase(String line) {
        assertFalse(Words.isTitleCase(line), line);
    }
}
