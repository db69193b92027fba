package io.convert.reader.text;

import io.convert.model.Article;
import io.convert.reader.text.internal.BylineFeatures;
import io.convert.reader.text.internal.BylineModel;
import io.convert.reader.text.internal.Rule;
import io.convert.reader.text.internal.ScrapedTextParser;
import io.convert.reader.text.internal.Words;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.CRC32;

/**
 * Fits the byline model's weights ({@link BylineModel}) on labelled pages, as {@code
 * src/bench/text-reader/BYLINE-MODEL.md} describes: a logistic regression over the candidate lines of
 * each page ({@link BylineFeatures}), a line the target when the names it offers are the page's
 * writers, by plain gradient descent from zero, so the same pages always give the same weights. Run:
 *
 * <pre>
 * src/bench/run.sh io.convert.reader.text.BylineModelTrainer [--cv | --halves | --misses | --test DIR[:tuned|:all]] [--only FILE]
 *     [--threshold T] [--out FILE] DIR[:tuned|:all] ...
 * </pre>
 *
 * {@code DIR:tuned} takes a set's tuning pages only (never its held-out quarter), {@code DIR:all} every
 * page; {@code --only FILE} keeps only the sites FILE lists (one a line, as a batch's list of tuned pages
 * gives them). Figures are those of the whole reader on each page, for the byline: the rules' writers,
 * else the model's line's names where it scores one past the threshold. {@code --cv} prints them
 * leave-sites-out (each tenth of the sites read with weights fitted on the others), {@code --halves}
 * for two halves of the sites split by a hash of their names, each read with weights fitted on the
 * other, and {@code --test} for another set read with weights fitted on the given ones; each at several
 * thresholds. {@code --misses} lists the pages the rules got wrong, and those where the model would add a
 * writer, with each candidate line's score. Otherwise the weights are written.
 */
public final class BylineModelTrainer {
    private static final int EPOCHS = 400;
    private static final double RATE = 0.2;
    private static final double L2 = 0.01;
    private static final int FOLDS = 10;
    private static final long SEED = 13;
    private static final double[] THRESHOLDS = {-1, 0, 0.5, 1, 1.5, 2, 2.5, 3, 4};

    private BylineModelTrainer() {
    }

    /**
     * One page: its candidates, which of them name exactly its writers, the writers the labels give
     * and those the rules found.
     */
    record Example(String name, BylineFeatures.Choice choice, boolean[] right, Set<String> expected, Set<String> rules) {
        /** The half of the sites this page falls in, by a hash of its name other than the held-out quarter's. */
        int half() {
            // Not String.hashCode: the held-out quarter is taken by its remainder, which would skew the halves.
            CRC32 crc = new CRC32();
            crc.update(name.replaceFirst(".*/", "").getBytes(StandardCharsets.UTF_8));
            return (int) (crc.getValue() & 1);
        }
    }

    public static void main(String[] args) throws IOException {
        boolean cv = false, halves = false, misses = false;
        // The threshold the two halves and leave-sites-out validation chose (BYLINE-MODEL.md).
        double threshold = 2;
        Path out = null;
        Set<String> only = null;
        List<String> sets = new ArrayList<>(), tests = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--cv" -> cv = true;
                case "--halves" -> halves = true;
                case "--misses" -> misses = true;
                case "--test" -> tests.add(args[++i]);
                case "--threshold" -> threshold = Double.parseDouble(args[++i]);
                case "--only" -> only = new HashSet<>(Files.readAllLines(Path.of(args[++i])).stream().map(String::strip)
                        .map(s -> s.replaceFirst("\\.lab$", "")).toList());
                case "--out" -> out = Path.of(args[++i]);
                default -> sets.add(args[i]);
            }
        }
        List<Example> examples = load(sets, only);
        System.out.printf("%d pages, %d candidate lines, %d of them naming the writers%n", examples.size(),
                examples.stream().mapToInt(e -> e.right().length).sum(),
                examples.stream().mapToInt(e -> count(e.right())).sum());
        if (misses) {
            // The pages whose writers the rules missed or invented, and those where the model (fitted on the
            // other half of the sites) scores a line near the threshold, with each candidate's score.
            for (Example e : examples) {
                if (e.expected().equals(e.rules()) && !e.rules().isEmpty()) continue;
                double[] w = train(examples.stream().filter(x -> x.half() != e.half()).toList());
                double top = Double.NEGATIVE_INFINITY;
                for (double[] f : e.choice().features()) top = Math.max(top, new BylineModel(w, 0).score(f));
                if (e.expected().isEmpty() && top < -0.5) continue;
                System.out.printf("%s expected %s rules %s%n", e.name(), e.expected(), e.rules());
                for (int c = 0; c < e.right().length; c++) {
                    System.out.printf("    %s %6.2f line %d %s%n", e.right()[c] ? "+" : "-", new BylineModel(w, 0).score(e.choice().features()[c]),
                            e.choice().lines().get(c), e.choice().names().get(c));
                }
            }
            return;
        }
        if (cv) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) order.add(i);
            Collections.shuffle(order, new Random(SEED));
            double[][] weights = new double[examples.size()][];
            for (int fold = 0; fold < FOLDS; fold++) {
                List<Example> training = new ArrayList<>();
                List<Integer> test = new ArrayList<>();
                for (int k = 0; k < order.size(); k++) {
                    if (k % FOLDS == fold) test.add(order.get(k));
                    else training.add(examples.get(order.get(k)));
                }
                double[] w = train(training);
                for (int i : test) weights[i] = w;
            }
            for (double t : THRESHOLDS) {
                Tally tally = new Tally();
                for (int i = 0; i < examples.size(); i++) tally.add(examples.get(i), new BylineModel(weights[i], t));
                System.out.printf("threshold %4.1f, leave-sites-out: %s%n", t, tally);
            }
            return;
        }
        if (halves) {
            for (int half = 0; half < 2; half++) {
                int h = half;
                List<Example> fit = examples.stream().filter(e -> e.half() != h).toList();
                List<Example> read = examples.stream().filter(e -> e.half() == h).toList();
                double[] w = train(fit);
                for (double t : THRESHOLDS) {
                    Tally tally = new Tally();
                    for (Example e : read) tally.add(e, new BylineModel(w, t));
                    System.out.printf("half %s (%d pages) read with weights fitted on the other: threshold %4.1f: %s%n",
                            h == 0 ? "A" : "B", read.size(), t, tally);
                }
            }
            return;
        }
        if (!tests.isEmpty()) {
            List<Example> test = load(tests, only);
            double[] w = train(examples);
            for (double t : THRESHOLDS) {
                Tally tally = new Tally();
                for (Example e : test) tally.add(e, new BylineModel(w, t));
                System.out.printf("threshold %4.1f on %s: %s%n", t, tests, tally);
            }
            return;
        }
        double[] w = train(examples);
        BylineModel model = new BylineModel(w, threshold);
        Tally tally = new Tally();
        for (Example e : examples) tally.add(e, model);
        System.out.println("on the training pages: " + tally);
        StringBuilder tsv = new StringBuilder();
        tsv.append("# Weights of the learned byline model (BylineModel), one per BylineFeatures.NAMES entry, and the score\n");
        tsv.append("# a line must reach before its names are taken. Written by BylineModelTrainer; retrain as\n");
        tsv.append("# src/bench/text-reader/BYLINE-MODEL.md says. Trained on: ").append(String.join(" ", names(sets)))
                .append(only == null ? "" : " (sites listed in the --only file)").append('\n');
        tsv.append(String.format(Locale.ROOT, "# %d pages, %d epochs, rate %s, L2 %s%n", examples.size(), EPOCHS, RATE, L2));
        for (int k = 0; k < w.length; k++) {
            tsv.append(BylineFeatures.NAMES.get(k)).append('\t').append(String.format(Locale.ROOT, "%.4f", w[k])).append('\n');
        }
        tsv.append("threshold\t").append(String.format(Locale.ROOT, "%s", threshold)).append('\n');
        if (out == null) System.out.print(tsv);
        else Files.writeString(out, tsv, StandardCharsets.UTF_8);
    }

    /** Pages bylined right, author false positives, and what the model changed. */
    private static final class Tally {
        int bylined, rulesRight, right, unbylined, rulesFalse, falseAuthors, added, addedRight;

        void add(Example e, BylineModel model) {
            Set<String> got = e.rules();
            if (got.isEmpty()) {
                int c = model.choose(e.choice());
                if (c >= 0) {
                    got = keys(e.choice().names().get(c));
                    added++;
                    if (got.equals(e.expected())) addedRight++;
                }
            }
            if (e.expected().isEmpty()) {
                unbylined++;
                if (!e.rules().isEmpty()) rulesFalse++;
                if (!got.isEmpty()) falseAuthors++;
            } else {
                bylined++;
                if (e.rules().equals(e.expected())) rulesRight++;
                if (got.equals(e.expected())) right++;
            }
        }

        @Override
        public String toString() {
            return String.format("byline rules %d, with the model %d of %d; author FP rules %d, with the model %d of %d; model added %d (%d right)",
                    rulesRight, right, bylined, rulesFalse, falseAuthors, unbylined, added, addedRight);
        }
    }

    private static int count(boolean[] b) {
        int c = 0;
        for (boolean x : b) if (x) c++;
        return c;
    }

    private static Set<String> keys(List<String> names) {
        Set<String> out = new TreeSet<>();
        for (String a : names) out.add(Words.nameKey(a));
        return out;
    }

    private static List<String> names(List<String> sets) {
        List<String> out = new ArrayList<>();
        for (String s : sets) {
            out.add(Path.of(s.replaceFirst(":(tuned|all)$", "")).getFileName() + (s.endsWith(":all") ? " (all pages)" : " (tuning pages)"));
        }
        return out;
    }

    private static List<Example> load(List<String> sets, Set<String> only) throws IOException {
        // The learned byline is off while reading: the features and the writers are the rules' view of the page.
        Set<Rule> rules = Rule.all();
        rules.remove(Rule.LEARNED_BYLINE);
        ScrapedTextParser parser = new ScrapedTextParser(rules);
        List<Example> out = new ArrayList<>();
        for (String set : sets) {
            boolean all = set.endsWith(":all");
            Path dir = Path.of(set.replaceFirst(":(tuned|all)$", ""));
            List<Path> files;
            try (var list = Files.list(dir)) {
                files = list.filter(p -> p.toString().endsWith(".lab")).sorted().toList();
            }
            for (Path file : files) {
                String name = file.getFileName().toString().replaceFirst("\\.lab$", "");
                // The held-out quarter is never opened unless the whole set is for training.
                if (!all && Math.floorMod(name.hashCode(), 4) == 0) continue;
                if (only != null && !only.contains(name)) continue;
                LabelledPagesBench.Page page = LabelledPagesBench.Page.load(file);
                Set<String> expected = new TreeSet<>();
                for (String a : page.authors()) expected.add(Words.nameKey(a));
                Article article = parser.parse(page.text());
                Set<String> found = keys(article.metadata().authors());
                BylineFeatures.Choice choice = parser.bylineChoice(page.text());
                boolean[] right = new boolean[choice.lines().size()];
                for (int c = 0; c < right.length; c++) right[c] = !expected.isEmpty() && keys(choice.names().get(c)).equals(expected);
                out.add(new Example(dir.getFileName() + "/" + name, choice, right, expected, found));
            }
        }
        return out;
    }

    /** Weights that maximise the log-likelihood of each candidate's label under a logistic model. */
    static double[] train(List<Example> examples) {
        int d = BylineFeatures.NAMES.size();
        double[] w = new double[d];
        int lines = examples.stream().mapToInt(e -> e.right().length).sum();
        if (lines == 0) return w;
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            double[] g = new double[d];
            for (Example e : examples) {
                double[][] f = e.choice().features();
                for (int c = 0; c < f.length; c++) {
                    double s = 0;
                    for (int k = 0; k < d; k++) s += w[k] * f[c][k];
                    double diff = (e.right()[c] ? 1 : 0) - 1 / (1 + Math.exp(-s));
                    for (int k = 0; k < d; k++) g[k] += diff * f[c][k];
                }
            }
            for (int k = 0; k < d; k++) w[k] += RATE * (g[k] / lines - L2 * w[k]);
        }
        return w;
    }
}
