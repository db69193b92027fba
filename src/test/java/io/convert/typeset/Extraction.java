package io.convert.typeset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Text extraction oracles (PDFBox, pdftotext) and the word-recall score used by pdfcheck: the
 * share of source words found, in order, in the extracted text (longest common subsequence),
 * after NFKC, removal of bidi controls, zero-width characters and soft hyphens.
 */
public final class Extraction {
    private Extraction() {
    }

    public static String pdfbox(byte[] pdf) throws IOException {
        return pdfbox(pdf, true);
    }

    /** PDFBox's text, its characters sorted by position or in the order the page draws them. */
    public static String pdfbox(byte[] pdf, boolean sortByPosition) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(sortByPosition);
            return stripper.getText(doc);
        }
    }

    /** pdftotext's text, or null when the binary is not installed. */
    public static String pdftotext(byte[] pdf) throws IOException, InterruptedException {
        if (!onPath("pdftotext")) return null;
        Path in = Files.createTempFile("extract", ".pdf");
        Path out = Files.createTempFile("extract", ".txt");
        try {
            Files.write(in, pdf);
            Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", in.toString(), out.toString())
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IOException("pdftotext failed");
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
        }
    }

    static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) return true;
        }
        return false;
    }

    public static List<String> words(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\u00AD\\uFEFF\\u061C]", "");
        List<String> words = new ArrayList<>();
        for (String w : t.trim().split("\\s+")) {
            if (!w.isEmpty()) words.add(w);
        }
        return words;
    }

    /** LCS(source words, extracted words) / number of source words. */
    public static double recall(String source, String extracted) {
        List<String> a = words(source), b = words(extracted);
        int[] prev = new int[b.size() + 1], cur = new int[b.size() + 1];
        for (String w : a) {
            for (int j = 1; j <= b.size(); j++) {
                cur[j] = w.equals(b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return a.isEmpty() ? 1 : (double) prev[b.size()] / a.size();
    }

    /** Source words missing from the extracted text (as a set), for failure messages. */
    public static List<String> missing(String source, String extracted) {
        java.util.Set<String> got = new java.util.HashSet<>(words(extracted));
        return words(source).stream().filter(w -> !got.contains(w)).toList();
    }
}
