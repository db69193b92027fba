package io.convert.bench;

import io.convert.model.Article;
import io.convert.reader.html.ReadabilityCorpus;

/**
 * Prints each corpus page's F1 and title match, worst first: a tool for working on the extractor.
 * Run {@code src/bench/run.sh io.convert.bench.CorpusReport [page-name-regex]}.
 */
public final class CorpusReport {
    private CorpusReport() {
    }

    public static void main(String[] args) {
        record Row(String name, double f1, boolean title, String got, String want) {
        }
        java.util.List<Row> rows = new java.util.ArrayList<>();
        for (ReadabilityCorpus.Page page : ReadabilityCorpus.pages()) {
            if (args.length > 0 && !page.name().matches(args[0])) continue;
            long t0 = System.nanoTime();
            Article a = ReadabilityCorpus.read(page);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (ms > 100) System.out.println("slow " + page.name() + " " + ms + " ms");
            rows.add(new Row(page.name(), ReadabilityCorpus.tokenF1(page.expectedText(), ReadabilityCorpus.bodyText(a)),
                    ReadabilityCorpus.sameTitle(page.expectedTitle(), a.metadata().title()), a.metadata().title(),
                    page.expectedTitle()));
        }
        rows.sort(java.util.Comparator.comparingDouble(Row::f1));
        double sum = 0;
        int titles = 0;
        for (Row r : rows) {
            sum += r.f1();
            if (r.title()) titles++;
            System.out.printf("%-45s %.3f %s%n", r.name(), r.f1(), r.title() ? "" : "TITLE got=[" + r.got() + "] want=["
                    + r.want() + "]");
        }
        System.out.printf("mean F1 %.4f, titles %d/%d%n", sum / rows.size(), titles, rows.size());
    }
}
