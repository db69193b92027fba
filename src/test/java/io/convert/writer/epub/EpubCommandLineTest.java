package io.convert.writer.epub;

import io.convert.fixture.EpubValidator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.convert.cli.CliRunner;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Books made by the real command line with default options pass EPUBCheck whatever the
 * timestamp: none given, SOURCE_DATE_EPOCH, and times at and beyond the edges of the zip
 * format's DOS date range, where java.util.zip would otherwise add extended-timestamp extra
 * fields (EPUBCheck PKG-005 on the mimetype entry).
 */
class EpubCommandLineTest {

    @ParameterizedTest(name = "{0} SOURCE_DATE_EPOCH={1}")
    @CsvSource(nullValues = "unset", value = {
        "examples/article-ar.txt,  unset",
        "examples/article-ar.txt,  1747526400",
        "examples/article-en.html, unset",
        "examples/article-en.html, 1747526400",
        // 1970, 1979-12-31T23:59:59Z, 1980-01-01T00:00:00Z (java.util.zip's "before 1980" marker)
        // and 00:00:01, the last DOS second 2107-12-31T23:59:58Z and the year 2108.
        "examples/article-ar.txt,  0",
        "examples/article-ar.txt,  315532799",
        "examples/article-ar.txt,  315532800",
        "examples/article-ar.txt,  315532801",
        "examples/article-ar.txt,  4354819198",
        "examples/article-ar.txt,  4354819200",
    })
    void defaultBookIsValid(String input, String sourceDateEpoch) throws Exception {
        Map<String, String> env = sourceDateEpoch == null ? Map.of() : Map.of("SOURCE_DATE_EPOCH", sourceDateEpoch);
        CliRunner.Result r = CliRunner.runWithInput(new byte[0], env, input, "--to", "epub", "-o", "-");
        assertEquals(0, r.exit(), r.stderr());

        List<String> problems = EpubValidator.problems(r.stdout(), input);
        assertTrue(problems.isEmpty(), input + ": " + String.join("\n", problems));
        assertEquals(List.of(), EpubBooks.extraFields(r.stdout()));
    }

    /** With --embed-fonts, the faces the style sheet asks for travel with the book, which stays valid. */
    @Test
    void bookWithEmbeddedFontsIsValid() throws Exception {
        assumeTrue(getClass().getClassLoader().getResource("io/convert/fonts/Amiri-Regular.ttf") != null,
                "no bundled fonts on the class path");
        String input = "examples/article-ar.html";
        CliRunner.Result r = CliRunner.runWithInput(new byte[0], Map.of(), input, "--to", "epub", "--embed-fonts", "-o", "-");
        assertEquals(0, r.exit(), r.stderr());
        List<String> problems = EpubValidator.problems(r.stdout(), input);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        List<String> fonts = EpubBooks.entries(r.stdout()).keySet().stream().filter(n -> n.startsWith("EPUB/fonts/")).sorted()
                .toList();
        assertTrue(fonts.contains("EPUB/fonts/Amiri-Regular.ttf") && fonts.contains("EPUB/fonts/Amiri-Bold.ttf"), fonts.toString());
    }
}
