package io.convert.reader.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.convert.bench.ExtractionBench;
import io.convert.reader.html.ReadabilityCorpus;
import io.convert.reader.text.internal.Rule;
import io.convert.reader.text.internal.ScrapedTextParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;

/**
 * Scores the reader on text-mode browser dumps of a shared corpus (not a test: the dumps need
 * w3m or lynx, which the build does not require). Make the dumps, then run:
 *
 * <pre>
 * for d in ../shared/corpus/readability-test-pages/*&#47;; do n=$(basename $d)
 *   w3m -dump -T text/html -I UTF-8 -O UTF-8 -cols 80 $d/source.html &gt; /tmp/w3m-mozilla/$n.txt
 * done
 * src/bench/run.sh io.convert.reader.text.TextDumpBench /tmp/w3m-mozilla [RULE,...]
 *
 * for f in ../shared/corpus/wcxb-articles/pages/*.html.gz; do n=$(basename $f .html.gz)
 *   zcat $f | w3m -dump -T text/html -O UTF-8 -cols 80 &gt; /tmp/w3m-wcxb/$n.txt
 * done
 * src/bench/run.sh io.convert.reader.text.TextDumpBench /tmp/w3m-wcxb --truth ../shared/corpus/wcxb-articles/truth
 * </pre>
 *
 * The truth is each page's {@code expected.html} in the readability corpus, or with
 * {@code --truth DIR} the {@code body} of {@code DIR/NAME.json}. Prints the mean body 4-gram F1
 * for the reader with all rules (or without the listed ones) and for keeping every line, over
 * all pages and over the held-out half ({@link ExtractionBench#isTuning}'s split, as for the HTML
 * reader): rules are written looking at the other half only.
 */
public final class TextDumpBench {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TextDumpBench() {
    }

    public static void main(String[] args) throws IOException {
        Path dumps = Path.of(args[0]);
        Path truthDir = null;
        Set<Rule> rules = EnumSet.allOf(Rule.class);
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--truth")) {
                truthDir = Path.of(args[++i]);
            } else {
                for (String r : args[i].split(",")) rules.remove(Rule.valueOf(r));
            }
        }
        ScrapedTextParser parser = new ScrapedTextParser(rules);
        double[] sum = new double[2], everyLine = new double[2];
        int[] n = new int[2];
        List<Path> files;
        try (var list = Files.list(dumps)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            String truth = truth(name, truthDir);
            if (text.isBlank() || truth == null || truth.isBlank()) continue;
            boolean heldOut = !ExtractionBench.isTuning(name);
            double score = FourGramScore.f1(FourGramScore.body(parser.parse(text)), truth);
            if (!heldOut) System.out.printf("%.3f %s%n", score, file.getFileName());
            for (int set = 0; set < 2; set++) {
                if (set == 1 && !heldOut) continue;
                sum[set] += score;
                everyLine[set] += FourGramScore.f1(text, truth);
                n[set]++;
            }
        }
        System.out.printf("all      pages %d  mean body F1 %.4f  every line %.4f%n", n[0], sum[0] / n[0], everyLine[0] / n[0]);
        System.out.printf("held out pages %d  mean body F1 %.4f  every line %.4f%n", n[1], sum[1] / n[1], everyLine[1] / n[1]);
    }

    private static String truth(String name, Path truthDir) throws IOException {
        if (truthDir != null) {
            Path json = truthDir.resolve(name + ".json");
            return Files.exists(json) ? JSON.readTree(json.toFile()).path("body").asText() : null;
        }
        Path expected = ReadabilityCorpus.root().resolve(name).resolve("expected.html");
        return Files.exists(expected) ? Jsoup.parse(Files.readString(expected)).wholeText() : null;
    }
}
