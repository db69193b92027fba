package io.convert.reader.text;

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
 * Scores the reader on text-mode browser dumps of the shared readability corpus (not a test:
 * the dumps need lynx or w3m, which the build does not require). Make the dumps, then run:
 *
 * <pre>
 * for d in ../shared/corpus/readability-test-pages/*&#47;; do n=$(basename $d)
 *   lynx -dump -force_html -assume_charset=utf-8 -display_charset=utf-8 -width=80 $d/source.html &gt; /tmp/lynx/$n.txt
 * done
 * src/bench/run.sh io.convert.reader.text.TextDumpBench /tmp/lynx [RULE,...]
 * </pre>
 *
 * Prints the mean body 4-gram F1 against each page's expected.html, for the reader with all
 * rules (or without the listed ones) and for keeping every line.
 */
public final class TextDumpBench {
    private TextDumpBench() {
    }

    public static void main(String[] args) throws IOException {
        Path dumps = Path.of(args[0]);
        Path corpus = ReadabilityCorpus.root();
        Set<Rule> rules = EnumSet.allOf(Rule.class);
        if (args.length > 1) for (String r : args[1].split(",")) rules.remove(Rule.valueOf(r));
        ScrapedTextParser parser = new ScrapedTextParser(rules);
        double sum = 0, everyLine = 0;
        int n = 0;
        List<Path> files;
        try (var list = Files.list(dumps)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            Path expected = corpus.resolve(file.getFileName().toString().replaceFirst("\\.txt$", "")).resolve("expected.html");
            if (text.isBlank() || !Files.exists(expected)) continue;
            String truth = Jsoup.parse(Files.readString(expected)).wholeText();
            double score = FourGramScore.f1(FourGramScore.body(parser.parse(text)), truth);
            System.out.printf("%.3f %s%n", score, file.getFileName());
            sum += score;
            everyLine += FourGramScore.f1(text, truth);
            n++;
        }
        System.out.printf("pages %d  mean body F1 %.4f  every line %.4f%n", n, sum / n, everyLine / n);
    }
}
