package io.convert.reader.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DoubledLineTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The restored sluice gateThe restored sluice gate", "Volunteers clearing the race Volunteers clearing the race",
        "صورة الجسر القديم صورة الجسر القديم"})
    void doubled(String line) {
        assertEquals(line.substring(0, line.length() / 2).strip(), DoubledLine.phrase(line), line);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Home Home", "Bye, bye, bye.", "The gate opened and the gate closed", "━━━━━━━━━━━━━━━━━━━━",
        "It rained. It rained again."})
    void notDoubled(String line) {
        assertNull(DoubledLine.phrase(line), line);
    }
}
