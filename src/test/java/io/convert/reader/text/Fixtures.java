package io.convert.reader.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The text fixtures under {@code src/test/resources/text/}: each {@code NAME.txt} with its
 * {@code NAME.expected}, or, for several dumps of one page ({@code en-council-lynx.txt},
 * {@code en-council-w3m.txt}), the page's {@code en-council.expected}. The canonical seed
 * {@code examples/article-ar.txt} is one of them.
 */
record Fixtures(String name, Path text, Path expected) {
    static final Path DIR = Path.of("src/test/resources/text");
    static final Path SEED = Path.of("examples/article-ar.txt");

    static List<Fixtures> all() {
        List<Fixtures> out = new ArrayList<>();
        out.add(new Fixtures("seed article-ar", SEED, DIR.resolve("article-ar.expected")));
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String base = txt.getFileName().toString().replaceFirst("\\.txt$", "");
                Path expected = DIR.resolve(base + ".expected");
                if (!Files.exists(expected)) expected = DIR.resolve(base.replaceFirst("-[a-z0-9]+$", "") + ".expected");
                if (!Files.exists(expected)) throw new IllegalStateException("no expected structure for " + txt);
                out.add(new Fixtures(base, txt, expected));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    String read() throws IOException {
        return Files.readString(text, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return name;
    }
}
