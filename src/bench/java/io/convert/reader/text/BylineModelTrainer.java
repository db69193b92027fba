package io.convert.reader.text;

import io.convert.reader.text.internal.BylineFeatures;
import io.convert.reader.text.internal.BylineModel;
import io.convert.reader.text.internal.Rule;
import io.convert.reader.text.internal.ScrapedTextParser;
import io.convert.reader.text.internal.Words;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Fits the byline model's weights ({@link BylineModel}) on labelled pages, as {@code
 * src/bench/text-reader/BYLINE-MODEL.md} describes: a logistic regression over every candidate line
 * of every page ({@link BylineFeatures}), the target a line labelled {@code byline} that prints one
 * of the page's writers (or the headline's line, when the name it sets off is one), fitted by
 * Newton's method from zero with an L2 penalty, so the same pages always give the same weights. Run:
 *
 * <pre>
 * src/bench/run.sh io.convert.reader.text.BylineModelTrainer [--cv] [--threshold T] [--out FILE] DIR[:tuned|:all] ...
 * </pre>
 *
 * {@code DIR:tuned} takes a set's tuning pages only (never its held-out quarter), {@code DIR:all}
 * every page. Instead of writing weights, {@code --cv} prints leave-sites-out figures at several
 * thresholds: each tenth of the sites (by a hash of the site's name) read with weights fitted on the
 * others, as the reader uses the model, only where the rules named no writer; then, for the pages not
 * in Arabic script, the same at the threshold given plus each margin. The weights file's margin for
 * those pages is chosen from the same folds: the one that rescues most writers net of false authors
 * there, the wider on a tie (a false author costs more than a writer left unnamed).
 */
public final class BylineModelTrainer {
    private static final int ITERATIONS = 30;
    private static final double L2 = 1.0;
    private static final int FOLDS = 10;
    private static final double[] THRESHOLDS = {0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 0.9};
    private static final double[] MARGINS = {0, 0.05, 0.1, 0.15, 0.2, 0.3};

    private BylineModelTrainer() {
    }

    /** One page's candidates, which of them sign it, and the writers its labels name. */
    record Example(String name, BylineFeatures.Choice choice, boolean[] target, Set<String> writers) {
        int fold() {
            return Math.floorMod(name.substring(name.indexOf('/') + 1).hashCode(), FOLDS);
        }

        /** The folder of the set the page came from. */
        String set() {
            return name.substring(0, name.indexOf('/'));
        }
    }

    public static void main(String[] args) throws IOException {
        boolean cv = false;
        // The threshold leave-sites-out validation chose (BYLINE-MODEL.md).
        double threshold = 0.7;
        Path out = null;
        List<String> sets = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--cv" -> cv = true;
                case "--threshold" -> threshold = Double.parseDouble(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> sets.add(args[i]);
            }
        }
        List<Example> examples = load(sets);
        int lines = 0, targets = 0;
        for (Example e : examples) {
            lines += e.target().length;
            for (boolean t : e.target()) if (t) targets++;
        }
        System.out.printf("%d pages, %d candidate lines, %d of them bylines that name a writer%n", examples.size(), lines, targets);
        double[][] folded = foldWeights(examples);
        if (cv) {
            crossValidate(folded, examples, threshold);
            return;
        }
        double margin = otherScriptMargin(folded, examples, threshold);
        double[] w = train(examples);
        System.out.printf(Locale.ROOT, "margin for pages not in Arabic script, leave-sites-out: %s%n", margin);
        System.out.println("on the training pages: " + tally(new BylineModel(w, threshold, margin), examples));
        TrainingSets.writeWeights(out, List.of(
                "Weights of the learned byline model (BylineModel), one per BylineFeatures.NAMES entry, and the",
                "probability its best line must pass. Written by BylineModelTrainer; retrain as",
                "src/bench/text-reader/BYLINE-MODEL.md says. Trained on: " + TrainingSets.describe(sets),
                String.format(Locale.ROOT, "%d pages, %d lines, Newton %d iterations, L2 %s", examples.size(), lines, ITERATIONS, L2)),
                BylineFeatures.NAMES, w, List.of("threshold", "other_script_margin"), threshold, margin);
    }

    private static List<Example> load(List<String> sets) throws IOException {
        List<Example> out = new ArrayList<>();
        for (TrainingSets.Read<BylineFeatures.Choice> read : TrainingSets.read(sets, Rule.LEARNED_BYLINE, ScrapedTextParser::bylineChoice)) {
            BylineFeatures.Choice choice = read.view();
            if (choice == null) continue;
            Set<String> bylines = new HashSet<>();
            for (String b : read.page().linesLabelled("byline")) bylines.add(Words.key(b));
            Set<String> writers = new TreeSet<>();
            for (String a : read.page().authors()) writers.add(Words.nameKey(a));
            boolean[] target = new boolean[choice.lines().size()];
            for (int c = 0; c < target.length; c++) {
                String line = choice.lines().get(c), key = Words.nameKey(line);
                // The headline is labelled a title: its target is the name it sets off being the page's writer
                // (and not one the reader would refuse, a name the text prints).
                target[c] = c == choice.headline()
                        ? choice.writers().get(c).stream().anyMatch(name -> writers.contains(Words.nameKey(name)))
                        : bylines.contains(Words.key(line)) && writers.stream().anyMatch(key::contains);
            }
            out.add(new Example(read.name(), choice, target, writers));
        }
        return out;
    }

    /** The weights for every candidate line of {@code examples} ({@link LogisticFit}). */
    static double[] train(List<Example> examples) {
        List<double[]> rows = new ArrayList<>();
        List<Boolean> targets = new ArrayList<>();
        for (Example e : examples) {
            double[][] f = e.choice().features();
            for (int c = 0; c < f.length; c++) {
                rows.add(f[c]);
                targets.add(e.target()[c]);
            }
        }
        return LogisticFit.fit(rows, targets, BylineFeatures.NAMES.size(), L2, ITERATIONS);
    }

    /** Each page's weights fitted without its tenth of the sites. */
    private static double[][] foldWeights(List<Example> examples) {
        double[][] weights = new double[examples.size()][];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Example> training = new ArrayList<>();
            for (Example e : examples) if (e.fold() != fold) training.add(e);
            double[] w = train(training);
            for (int i = 0; i < examples.size(); i++) if (examples.get(i).fold() == fold) weights[i] = w;
        }
        return weights;
    }

    /** The pages not in Arabic script, each with its folded model at {@code threshold} plus {@code margin}. */
    private static Tally otherScript(double[][] weights, List<Example> examples, double threshold, double margin) {
        List<BylineModel> models = new ArrayList<>();
        List<Example> other = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            if (examples.get(i).choice().arabic()) continue;
            models.add(new BylineModel(weights[i], threshold, margin));
            other.add(examples.get(i));
        }
        return count(models, other);
    }

    /** The margin that rescues most writers net of false authors on pages not in Arabic script, the wider on a tie. */
    private static double otherScriptMargin(double[][] weights, List<Example> examples, double threshold) {
        double best = 0;
        int most = Integer.MIN_VALUE;
        for (double margin : MARGINS) {
            Tally t = otherScript(weights, examples, threshold, margin);
            if (t.rescued() - t.falseAuthors() >= most) {
                most = t.rescued() - t.falseAuthors();
                best = margin;
            }
        }
        return best;
    }

    private static void crossValidate(double[][] weights, List<Example> examples, double chosen) {
        Set<String> sets = new TreeSet<>();
        for (Example e : examples) sets.add(e.set());
        // Every page at each threshold, whatever its script.
        for (double threshold : THRESHOLDS) {
            List<BylineModel> models = new ArrayList<>();
            for (double[] w : weights) models.add(new BylineModel(w, threshold, 0));
            System.out.printf(Locale.ROOT, "threshold %.2f: %s%n", threshold, tally(models, examples));
            // Sets of other languages train together; each one's own figures say whether the others helped it.
            if (sets.size() < 2) continue;
            for (String set : sets) {
                List<BylineModel> own = new ArrayList<>();
                List<Example> ofSet = new ArrayList<>();
                for (int i = 0; i < examples.size(); i++) {
                    if (!examples.get(i).set().equals(set)) continue;
                    own.add(models.get(i));
                    ofSet.add(examples.get(i));
                }
                System.out.printf(Locale.ROOT, "    %s: %s%n", set, tally(own, ofSet));
            }
        }
        for (double margin : MARGINS) {
            System.out.printf(Locale.ROOT, "pages not in Arabic script at %.2f + %.2f: %s%n", chosen, margin, otherScript(weights, examples, chosen, margin));
        }
        System.out.printf(Locale.ROOT, "margin the weights file would get at %.2f: %s%n", chosen, otherScriptMargin(weights, examples, chosen));
    }

    private static String tally(BylineModel model, List<Example> examples) {
        List<BylineModel> models = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) models.add(model);
        return tally(models, examples);
    }

    private static String tally(List<BylineModel> models, List<Example> examples) {
        return count(models, examples).toString();
    }

    /** What {@link #count} finds, as the trainer prints it. */
    record Tally(int signed, int unsigned, int rescued, int wrong, int falseAuthors, int bylineLine, int reachable) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "where the rules named no writer: rescued %d of %d signed pages (%d with a labelled byline line), "
                    + "other names on %d (best line a byline on %d), false authors on %d of %d unsigned pages",
                    rescued, signed, reachable, wrong, bylineLine, falseAuthors, unsigned);
        }
    }

    /**
     * What the model does where the rules named no writer: signed pages it gives the right writers
     * (rescued), signed pages it gives other names, unsigned pages it gives a writer (false authors),
     * and how often its best line is a labelled byline when it fires on a signed page.
     */
    private static Tally count(List<BylineModel> models, List<Example> examples) {
        int signed = 0, unsigned = 0, rescued = 0, wrong = 0, falseAuthors = 0, bylineLine = 0, reachable = 0;
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            if (e.choice().ruled()) continue;
            boolean isSigned = !e.writers().isEmpty();
            if (isSigned) signed++;
            else unsigned++;
            boolean reach = false;
            for (boolean t : e.target()) reach |= t;
            if (reach) reachable++;
            int best = models.get(i).best(e.choice().features(), e.choice().arabic());
            if (best < 0 || e.choice().writers().get(best).isEmpty()) continue;
            Set<String> got = new TreeSet<>();
            for (String a : e.choice().writers().get(best)) got.add(Words.nameKey(a));
            if (!isSigned) falseAuthors++;
            else if (got.equals(e.writers())) rescued++;
            else wrong++;
            if (isSigned && e.target()[best]) bylineLine++;
        }
        return new Tally(signed, unsigned, rescued, wrong, falseAuthors, bylineLine, reachable);
    }
}
