package io.convert.writer.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.convert.fixture.Examples;
import io.convert.fixture.Outputs;
import io.convert.reader.html.ReadabilityCorpus;
import io.convert.spi.Diagnostics;
import io.convert.spi.WriteOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Pages nobody wrote for the tests: every tenth page of the readability corpus (real sites,
 * figures, tables, lists, code, many scripts), read in place and written with default options,
 * passes PDF/UA-1 and PDF/A-2a with no failed check.
 */
class CorpusPdfStandardsTest {

    static Stream<String> sample() throws IOException {
        List<String> names;
        try (Stream<Path> dirs = Files.list(ReadabilityCorpus.root())) {
            names = dirs.filter(d -> Files.isRegularFile(d.resolve("source.html")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
        }
        return IntStream.range(0, names.size()).filter(i -> i % 10 == 0).mapToObj(names::get);
    }

    /** The sample, and pages in Chinese and Japanese, whose characters only the bundled CJK font has. */
    static Stream<String> pages() throws IOException {
        return Stream.concat(sample(), Stream.of("qq", "hukumusume"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pagePassesBothProfiles(String name) throws Exception {
        Path page = ReadabilityCorpus.root().resolve(name);
        WriteOptions options = WriteOptions.builder().resources(Outputs.resources(page)).diagnostics(Diagnostics.IGNORE)
                .timestamp(Instant.parse("2026-01-01T00:00:00Z")).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfWriter().write(Examples.read(page.resolve("source.html")), out, options);
        for (PDFAFlavour profile : List.of(VeraPdf.UA1, VeraPdf.A2A)) {
            assertEquals(Map.of(), VeraPdf.failures(out.toByteArray(), profile), name + " against " + profile.getId());
        }
    }
}
