package io.convert.typeset;

import io.convert.spi.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a text file as a PDF: {@code SeedPdfMain TEXT.txt OUT.pdf [inter-word|kashida|none] [lines]}; blank-line
 * separated paragraphs (the first one a heading), or with {@code lines} one paragraph per line.
 */
public final class SeedPdfMain {
    private SeedPdfMain() {
    }

    public static void main(String[] args) throws Exception {
        String seed = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        Justification j = Justification.parse(args.length > 2 ? args[2] : "inter-word");
        PageSetter setter = new PageSetter(PageSetter.BUNDLED, j, 1.6f);
        List<PageSetter.Para> paras = args.length > 3 && args[3].equals("lines")
                ? PageSetter.lineParagraphs(seed.lines().filter(l -> !l.isBlank()).toList(), 11)
                : PageSetter.seedParagraphs(seed);
        byte[] pdf = setter.set(paras, new Diagnostics() {
            @Override
            public void warn(String message) {
                System.err.println("warn: " + message);
            }

            @Override
            public void debug(String message) {
            }
        });
        PageSetter.write(pdf, Path.of(args[1]));
        System.err.println("missing=" + setter.missing + " lines=" + setter.linesSet.size());
    }
}
