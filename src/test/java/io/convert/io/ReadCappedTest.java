package io.convert.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Reading a stream whose length was told beforehand (a file's size taken before it is opened):
 * the bytes it holds are what is read, whatever it was told, under the same limit.
 */
class ReadCappedTest {
    private static final byte[] PAGE = "<p>The ferry left at noon.</p>".getBytes(StandardCharsets.UTF_8);

    private static byte[] read(byte[] bytes, long max, long length) throws IOException {
        return HttpFetcher.readCapped(new ByteArrayInputStream(bytes), max, length, "page.html");
    }

    @Test
    void aStreamOfTheToldLengthIsReadWhole() throws IOException {
        assertArrayEquals(PAGE, read(PAGE, 1000, PAGE.length));
        assertArrayEquals(PAGE, read(PAGE, PAGE.length, PAGE.length));
    }

    @Test
    void aStreamThatShrankGivesWhatItHolds() throws IOException {
        assertArrayEquals(PAGE, read(PAGE, 1000, PAGE.length + 50));
    }

    @Test
    void aStreamThatGrewIsReadOnUnderTheLimit() throws IOException {
        assertArrayEquals(PAGE, read(PAGE, 1000, 4));
        assertArrayEquals(PAGE, read(PAGE, 1000, PAGE.length - 1));
        IOException e = assertThrows(IOException.class, () -> read(PAGE, PAGE.length - 1, 4));
        assertEquals("page.html: larger than " + (PAGE.length - 1) + " bytes", e.getMessage());
    }

    @Test
    void aStreamOfNoToldLengthIsReadUnderTheLimit() throws IOException {
        // A special file (a pipe, a device) tells a size of 0.
        assertArrayEquals(PAGE, read(PAGE, 1000, 0));
        assertThrows(IOException.class, () -> read(PAGE, 10, 0));
    }
}
