package io.convert.writer.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.util.DateConverter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentInfoTest {
    /** The information dictionary's dates read as PDFBox wrote them from a UTC calendar. */
    @ParameterizedTest
    @ValueSource(longs = {0, 1_700_000_000_999L, 951_782_400_000L, 1_234_567_890_123L, 4_102_444_799_000L, 253_402_300_799_000L,
            -86_400_001L})
    void writesDatesAsPdfboxWritesACalendar(long millis) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(millis);
        assertEquals(DateConverter.toString(calendar), DocumentInfo.pdfDate(Instant.ofEpochMilli(millis)));
    }
}
