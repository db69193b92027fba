package io.convert.reader.text;

import io.convert.reader.text.internal.Rule;
import io.convert.reader.text.internal.ScrapedTextParser;
import io.convert.reader.text.internal.TitleFeatures;
import io.convert.reader.text.internal.TitleModel;
import io.convert.reader.text.internal.Words;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Fits the title model's weights ({@link TitleModel}) on labelled pages, as {@code
 * src/bench/text-reader/TITLE-MODEL.md} describes: a softmax over each page's candidate lines
 * ({@link TitleFeatures}), the title lines the target, by plain gradient descent from zero in a
 * fixed page order, so the same pages always give the same weights. Run:
 *
 * <pre>
 * src/bench/run.sh io.convert.reader.text.TitleModelTrainer [--cv | --test DIR[:tuned|:all]] [--margin M] [--out FILE] DIR[:tuned|:all] ...
 * </pre>
 *
 * {@code DIR:tuned} takes a set's tuning pages only (never its held-out quarter), {@code DIR:all}
 * every page. Instead of writing weights, {@code --cv} prints leave-sites-out figures at several
 * margins (each tenth of the sites scored by weights fitted on the others), and {@code --test}
 * scores another set with weights fitted on the given ones.
 */
public final class TitleModelTrainer {
    private static final int EPOCHS = 300;
    private static final double RATE = 0.1;
    private static final double L2 = 0.01;
    private static final int FOLDS = 10;
    private static final long SEED = 13;
    private static final double[] MARGINS = {0, 0.5, 1, 1.5, 2, 3, 4};

    private TitleModelTrainer() {
    }

    /** One page's candidates, which of them are its title, and which the rules chose. */
    record Example(String name, TitleFeatures.Choice choice, boolean[] title) {
        boolean learnable() {
            for (boolean t : title) if (t) return true;
            return false;
        }
    }

    public static void main(String[] args) throws IOException {
        boolean cv = false;
        // The margin leave-sites-out validation chose (TITLE-MODEL.md).
        double margin = 0.5;
        Path out = null;
        List<String> sets = new ArrayList<>(), tests = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--cv" -> cv = true;
                case "--test" -> tests.add(args[++i]);
                case "--margin" -> margin = Double.parseDouble(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> sets.add(args[i]);
            }
        }
        List<Example> examples = load(sets);
        System.out.printf("%d pages with candidates, %d with a title among them%n", examples.size(),
                examples.stream().filter(Example::learnable).count());
        if (cv) {
            crossValidate(examples);
            return;
        }
        if (!tests.isEmpty()) {
            List<Example> test = load(tests);
            System.out.printf("test: %d pages with candidates, %d with a title among them%n", test.size(),
                    test.stream().filter(Example::learnable).count());
            double[] w = train(examples);
            for (double m : MARGINS) System.out.printf("margin %.1f on %s: %s%n", m, tests, tally(new TitleModel(w, m), test));
            return;
        }
        double[] w = train(examples);
        TitleModel model = new TitleModel(w, margin);
        System.out.println("on the training pages: " + tally(model, examples));
        TrainingSets.writeWeights(out, List.of(
                "Weights of the learned title model (TitleModel), one per TitleFeatures.NAMES entry, and the margin",
                "by which its line must outscore the rules' line. Written by TitleModelTrainer; retrain as",
                "src/bench/text-reader/TITLE-MODEL.md says. Trained on: " + TrainingSets.describe(sets),
                String.format(Locale.ROOT, "%d pages, %d epochs, rate %s, L2 %s", examples.size(), EPOCHS, RATE, L2)),
                TitleFeatures.NAMES, w, List.of("margin"), margin);
    }

    private static List<Example> load(List<String> sets) throws IOException {
        List<Example> out = new ArrayList<>();
        for (TrainingSets.Read<TitleFeatures.Choice> read : TrainingSets.read(sets, Rule.LEARNED_TITLE, ScrapedTextParser::titleChoice)) {
            Set<String> titles = new HashSet<>();
            for (String t : read.page().linesLabelled("title")) titles.add(Words.key(t));
            TitleFeatures.Choice choice = read.view();
            if (titles.isEmpty() || choice == null || choice.lines().isEmpty()) continue;
            boolean[] title = new boolean[choice.lines().size()];
            for (int c = 0; c < title.length; c++) title[c] = titles.contains(Words.key(choice.lines().get(c)));
            out.add(new Example(read.name(), choice, title));
        }
        return out;
    }

    /** Weights that maximise the log-likelihood of the title lines under a softmax over each page's candidates. */
    static double[] train(List<Example> examples) {
        int d = TitleFeatures.NAMES.size();
        double[] w = new double[d];
        List<Example> learnable = examples.stream().filter(Example::learnable).toList();
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            double[] g = new double[d];
            for (Example e : learnable) {
                double[][] f = e.choice().features();
                double[] p = softmax(w, f);
                int titles = 0;
                for (boolean t : e.title()) if (t) titles++;
                for (int c = 0; c < f.length; c++) {
                    double diff = (e.title()[c] ? 1.0 / titles : 0) - p[c];
                    for (int k = 0; k < d; k++) g[k] += diff * f[c][k];
                }
            }
            for (int k = 0; k < d; k++) w[k] += RATE * (g[k] / learnable.size() - L2 * w[k]);
        }
        return w;
    }

    private static double[] softmax(double[] w, double[][] f) {
        double[] s = new double[f.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < f.length; c++) {
            for (int k = 0; k < w.length; k++) s[c] += w[k] * f[c][k];
            max = Math.max(max, s[c]);
        }
        double z = 0;
        for (int c = 0; c < f.length; c++) z += s[c] = Math.exp(s[c] - max);
        for (int c = 0; c < f.length; c++) s[c] /= z;
        return s;
    }

    private static void crossValidate(List<Example> examples) {
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
        int alone = 0;
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            if (e.title()[best(new TitleModel(weights[i], 0), e)]) alone++;
        }
        System.out.printf("model alone (its best line, whatever the rules say): %d of %d%n", alone, examples.size());
        for (double margin : MARGINS) {
            int gained = 0, lost = 0, rules = 0, model = 0;
            for (int i = 0; i < examples.size(); i++) {
                Example e = examples.get(i);
                int r = e.choice().rule(), m = pick(new TitleModel(weights[i], margin), e);
                boolean ruleRight = r >= 0 && e.title()[r], modelRight = m >= 0 && e.title()[m];
                if (ruleRight) rules++;
                if (modelRight) model++;
                if (modelRight && !ruleRight) gained++;
                if (ruleRight && !modelRight) lost++;
            }
            System.out.printf("margin %.1f: rules %d, with the model %d of %d (gained %d, lost %d)%n", margin, rules, model,
                    examples.size(), gained, lost);
        }
    }

    /** The candidate the reader would take, as an index into the page's candidates (-1 for none). */
    private static int pick(TitleModel model, Example e) {
        List<Integer> candidates = new ArrayList<>();
        for (int c = 0; c < e.title().length; c++) candidates.add(c);
        return model.choose(candidates, e.choice().features(), e.choice().rule());
    }

    /** The candidate the model scores highest. */
    private static int best(TitleModel model, Example e) {
        int best = 0;
        for (int c = 1; c < e.title().length; c++) if (model.score(e.choice().features()[c]) > model.score(e.choice().features()[best])) best = c;
        return best;
    }

    private static String tally(TitleModel model, List<Example> examples) {
        int rules = 0, learned = 0, alone = 0;
        for (Example e : examples) {
            int r = e.choice().rule(), m = pick(model, e);
            if (r >= 0 && e.title()[r]) rules++;
            if (m >= 0 && e.title()[m]) learned++;
            if (e.title()[best(model, e)]) alone++;
        }
        return String.format("rules %d, with the model %d, model alone %d of %d", rules, learned, alone, examples.size());
    }
}
