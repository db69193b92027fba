package io.convert.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {

    @Test
    void aNewFileIsWrittenWhole(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("sub/article.md");
        AtomicOutput.write(out, o -> o.write("# Title\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("# Title\n", Files.readString(out));
        try (var left = Files.list(out.getParent())) {
            assertEquals(1, left.count(), "no temporary file left beside it");
        }
    }

    @Test
    void aLinkIsWrittenThroughAndStaysALink(@TempDir Path dir) throws Exception {
        Path real = Files.writeString(dir.resolve("kept-elsewhere.txt"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("article.txt"), real);
        AtomicOutput.write(link, o -> o.write("new".getBytes(StandardCharsets.UTF_8)));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
    }

    @Test
    void aPipeIsWrittenIntoNotReplacedByAFile(@TempDir Path dir) throws Exception {
        // As "/dev/null" or "/dev/stdout" is: a file moved over /dev/null, run as root, would replace
        // the device for every program on the machine.
        Path pipe = dir.resolve("article.pdf");
        assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "no mkfifo here");
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(pipe);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        byte[] pdf = "%PDF-1.7 …".getBytes(StandardCharsets.UTF_8);
        AtomicOutput.write(pipe, o -> o.write(pdf));
        assertArrayEquals(pdf, read.get(10, TimeUnit.SECONDS));
        assertFalse(Files.isRegularFile(pipe));
    }
}
