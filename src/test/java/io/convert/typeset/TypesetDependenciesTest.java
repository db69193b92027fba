package io.convert.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine's boundaries, read from its sources: layout holds no PDF document, so only
 * {@code typeset.emit} names PDFBox's document model, and the engine knows nothing of the
 * program around it (command line, readers, writers).
 */
class TypesetDependenciesTest {
    private static final Path ENGINE = Path.of("src/main/java/io/convert/typeset");
    private static final Pattern PDF_DOCUMENT = Pattern.compile("\\borg\\.apache\\.pdfbox\\.(pdmodel|cos)\\b|\\bTTFSubsetter\\b");
    private static final Pattern PROGRAM = Pattern.compile("\\bio\\.convert\\.(cli|reader|writer)\\b");

    @Test
    void onlyEmissionUsesPdfDocumentClasses() {
        List<Path> outside = sources().filter(f -> !f.startsWith(ENGINE.resolve("emit")))
                .filter(f -> PDF_DOCUMENT.matcher(read(f)).find()).toList();
        assertEquals(List.of(), outside);
        assertTrue(sources().anyMatch(f -> PDF_DOCUMENT.matcher(read(f)).find()), "the pattern finds emission's imports");
    }

    @Test
    void theEngineDependsOnNoFrontEndReaderOrWriter() {
        assertEquals(List.of(), sources().filter(f -> PROGRAM.matcher(read(f)).find()).toList());
    }

    private static Stream<Path> sources() {
        try (Stream<Path> files = Files.walk(ENGINE)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
