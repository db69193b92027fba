package io.convert.typeset;

import java.nio.file.Files;
import java.nio.file.Path;

/** Prints PDFBox's text of a PDF and the source words it misses: {@code ExtractMain PDF SOURCE.txt}. */
public final class ExtractMain {
    private ExtractMain() {
    }

    public static void main(String[] args) throws Exception {
        String text = Extraction.pdfbox(Files.readAllBytes(Path.of(args[0])));
        String source = Files.readString(Path.of(args[1]));
        System.out.println(text);
        System.out.println("recall=" + Extraction.recall(source, text) + " missing=" + Extraction.missing(source, text));
    }
}
