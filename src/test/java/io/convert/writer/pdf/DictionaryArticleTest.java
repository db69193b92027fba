package io.convert.writer.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.convert.cli.CliRunner;
import io.convert.typeset.Extraction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long Arabic article of real word forms copies back out of its PDF: 1,200 distinct words of
 * Debian's hunspell-ar dictionary in 40-word sentences, with a few numbers and Latin names,
 * converted with the default options, extract in order with PDFBox and with pdftotext for at
 * least 99.5 % of the words. The seed article repeats its words; a dictionary sample meets
 * letter sequences (and lam-alef, hamza and taa marbuta forms) no news page was chosen for.
 * The PDF also conforms to PDF/UA-1 and PDF/A-2a, as every PDF the suite makes does (issue 15):
 * two of its connectors share their outline with other glyphs and were left without text before
 * they were anchored.
 */
class DictionaryArticleTest {
    private static final Path DICTIONARY = Path.of("/usr/share/hunspell/ar.dic");
    private static final String[] NAMES = {"Reuters", "Geneva", "UNESCO", "Oslo", "Maria"};

    @TempDir
    Path dir;

    @Test
    void twelveHundredDictionaryWordsExtractWithBothTools() throws Exception {
        if (!Files.isRegularFile(DICTIONARY)) {
            System.out.println("SKIPPED: " + DICTIONARY + " not found: install hunspell-ar (.ci/run does)");
            assumeTrue(false);
        }
        String article = article(words(1200));
        Path text = Files.writeString(dir.resolve("dictionary.txt"), article, StandardCharsets.UTF_8);
        Path pdf = dir.resolve("dictionary.pdf");
        CliRunner.Result r = CliRunner.run(text.toString(), "--to", "pdf", "-o", pdf.toString());
        assertEquals(0, r.exit(), r.stderr());
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals(Map.of(), VeraPdf.claimedFailures(bytes));
        String body = article.substring(article.indexOf('\n') + 1);
        assertRecall(body, Extraction.pdfbox(bytes), "PDFBox");
        String poppler = Extraction.pdftotext(bytes);
        assumeTrue(poppler != null, "pdftotext is not installed");
        assertRecall(body, poppler, "pdftotext");
    }

    private static void assertRecall(String source, String extracted, String tool) {
        double recall = Extraction.recall(source, extracted);
        assertTrue(recall >= 0.995, tool + " word recall " + recall + "; missing: " + Extraction.missing(source, extracted));
    }

    /** Distinct dictionary words of two letters or more, letters only, a fixed sample. */
    private static List<String> words(int count) throws IOException {
        TreeSet<String> all = new TreeSet<>();
        for (String line : Files.readAllLines(DICTIONARY, StandardCharsets.UTF_8)) {
            String word = line.split("/", 2)[0].strip();
            if (word.length() >= 2 && word.chars().allMatch(c -> c >= 0x0621 && c <= 0x064A)) all.add(word);
        }
        List<String> sample = new ArrayList<>(all);
        Collections.shuffle(sample, new Random(15));
        return sample.subList(0, count);
    }

    /** A title line, then paragraphs of three 40-word sentences, some with a number or a Latin name. */
    private static String article(List<String> words) {
        Random random = new Random(1200);
        StringBuilder out = new StringBuilder("مقال طويل من كلمات القاموس\n\n");
        for (int s = 0; s < words.size(); s += 40) {
            List<String> sentence = new ArrayList<>(words.subList(s, Math.min(words.size(), s + 40)));
            if (random.nextBoolean()) sentence.add(random.nextInt(sentence.size()), String.valueOf(2 + random.nextInt(2024)));
            if (random.nextInt(5) < 2) sentence.add(random.nextInt(sentence.size()), NAMES[random.nextInt(NAMES.length)]);
            out.append(String.join(" ", sentence)).append(s / 40 % 3 == 2 ? ".\n\n" : ". ");
        }
        return out.toString().strip() + "\n";
    }
}
