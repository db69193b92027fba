package io.convert.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Output names made from page URIs: safe on any file system, bounded, and unique in an archive. */
class WebArchiveNamesTest {

    @Test
    void aNameKeepsHostAndPathWithoutTheExtension() {
        assertEquals("news.example_2024_05_ferry", WebArchive.safeName("https://news.example/2024/05/ferry.html"));
        assertEquals("news.example", WebArchive.safeName("https://news.example/"));
        assertEquals("news.example_story_id-7-page-2", WebArchive.safeName("https://news.example/story?id=7&page=2"));
    }

    @Test
    void noNameClimbsOutOfTheOutputFolderOrUsesReservedCharacters() {
        for (String uri : List.of("https://x.example/../../etc/passwd", "https://x.example/%2e%2e/%2e%2e/secret",
                "https://x.example/a%2Fb%5Cc:d*e?f=%3C%3E|", "file:///../../../etc/shadow", "urn:..:..", "https://x.example/..")) {
            String name = WebArchive.safeName(uri);
            assertFalse(name.isEmpty() || name.startsWith(".") || name.contains("/") || name.contains("\\"), uri + " -> " + name);
            assertTrue(name.matches("[\\p{L}\\p{N}._-]+"), uri + " -> " + name);
            assertFalse(name.contains(".."), uri + " -> " + name);
        }
    }

    @Test
    void aNameIsBoundedAndNeverADeviceName() {
        String name = WebArchive.safeName("https://x.example/" + "وثيقة-".repeat(100));
        assertTrue(name.codePointCount(0, name.length()) <= 120, name);
        assertEquals("nul_", WebArchive.safeName("urn:nul"));
    }

    @Test
    void namesThatDifferOnlyInCaseOrNotAtAllGetACounterInRecordOrder() {
        Set<String> taken = new HashSet<>();
        assertEquals("x.example_story", WebArchive.uniqueName("https://x.example/story.html", taken));
        assertEquals("x.example_Story-2", WebArchive.uniqueName("https://x.example/Story.htm", taken));
        assertEquals("x.example_story-3", WebArchive.uniqueName("https://x.example/story#comments", taken));
    }
}
