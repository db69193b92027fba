package io.convert.pdf.text;

import io.convert.spi.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the seed article as a PDF: {@code SeedPdfMain SEED.txt OUT.pdf [inter-word|kashida|none]}. */
public final class SeedPdfMain {
    private SeedPdfMain() {
    }

    public static void main(String[] args) throws Exception {
        String seed = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        Justification j = Justification.parse(args.length > 2 ? args[2] : "inter-word");
        PageSetter setter = new PageSetter(FontLibrary.bundled(), j, 1.6f);
        byte[] pdf = setter.set(PageSetter.seedParagraphs(seed), new Diagnostics() {
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
