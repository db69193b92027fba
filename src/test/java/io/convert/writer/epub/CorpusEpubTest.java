package io.convert.writer.epub;

import io.convert.fixture.EpubValidator;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.convert.fixture.Examples;
import io.convert.fixture.Outputs;
import io.convert.model.Article;
import io.convert.reader.html.ReadabilityCorpus;
import io.convert.spi.WriteOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every page of the readability corpus, read in place, becomes a book EPUBCheck accepts without a warning. */
class CorpusEpubTest {

    static Stream<String> pages() throws IOException {
        try (Stream<Path> dirs = Files.list(ReadabilityCorpus.root())) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("source.html")))
                    .map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageBecomesAValidBook(String name) throws IOException {
        Path page = ReadabilityCorpus.root().resolve(name);
        Article article = Examples.read(page.resolve("source.html"));
        Outputs.Warnings warnings = new Outputs.Warnings();
        WriteOptions options = WriteOptions.builder().resources(Outputs.resources(page)).diagnostics(warnings)
                .timestamp(Instant.parse("2026-01-01T00:00:00Z")).build();
        byte[] epub = EpubBooks.write(article, options);
        var problems = EpubValidator.problems(epub, name);
        assertTrue(problems.isEmpty(), name + ": " + String.join("\n", problems));
        String content = EpubBooks.text(EpubBooks.entries(epub), "EPUB/content.xhtml");
        String dir = article.language().direction().code();
        assertTrue(content.contains(" dir=\"" + dir + "\">"), "book direction " + dir);
    }
}
