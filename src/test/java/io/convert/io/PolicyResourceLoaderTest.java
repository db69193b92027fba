package io.convert.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyResourceLoaderTest {
    @TempDir
    Path dir;

    @Test
    void namesTheFileARelativeOrFileSourceStandsFor() throws IOException {
        Path pages = Files.createDirectory(dir.resolve("saved pages"));
        var loader = new PolicyResourceLoader(pages.toUri(), List.of(pages), NetworkPolicy.OFF, 1 << 20, 1 << 20);
        assertEquals(Optional.of(pages.resolve("img/a b.png")), loader.file("img/a%20b.png"));
        assertEquals(Optional.of(dir.resolve("shared/c.png")), loader.file("../shared/c.png"),
                "named even where the policy would not read it");
        assertEquals(Optional.of(dir.resolve("d.png")), loader.file(dir.resolve("d.png").toUri().toString()));
        assertTrue(loader.file("https://example.org/e.png").isEmpty());
        assertTrue(loader.file("data:image/png;base64,AAAA").isEmpty());
    }

    @Test
    void namesNothingWithoutABase() {
        var loader = new PolicyResourceLoader(null, List.of(), NetworkPolicy.OFF, 1 << 20, 1 << 20);
        assertTrue(loader.file("img/a.png").isEmpty());
    }
}
