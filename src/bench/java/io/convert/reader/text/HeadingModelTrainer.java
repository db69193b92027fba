package io.convert.reader.text;

import io.convert.reader.text.internal.HeadingFeatures;
import io.convert.reader.text.internal.HeadingModel;
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

/**
 * Fits the heading model's weights ({@link HeadingModel}) on labelled pages, as {@code
 * src/bench/text-reader/HEADING-MODEL.md} describes: a logistic regression ({@link LogisticFit}) over
 * every short line the text keeps ({@link HeadingFeatures}), the target a line labelled {@code
 * heading}. Run:
 *
 * <pre>
 * src/bench/run.sh io.convert.reader.text.HeadingModelTrainer [--cv] [--l2 L] [--threshold T] [--out FILE] DIR[:tuned|:all] ...
 * </pre>
 *
 * Instead of writing weights, {@code --cv} prints leave-sites-out figures: each tenth of the sites (by
 * a hash of the site's name) read with weights fitted on the others, scored as {@code
 * LabelledPagesBench} scores headings (recall over the labelled heading lines, precision over the
 * heading blocks), for the rules alone, the model alone at several thresholds, and the rules with
 * the model adding headings past one threshold and undoing the rules' below another; with several
 * sets, also each set's figures. The reader uses the model to undo only ({@link HeadingModel}).
 */
public final class HeadingModelTrainer {
    private static final int ITERATIONS = 30;
    /** The L2 penalty leave-sites-out validation chose (HEADING-MODEL.md); {@code --l2} tries another. */
    private static double l2 = 20;
    private static final int FOLDS = 10;
    private static final double[] THRESHOLDS = {0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8};
    /** Where the model adds headings of its own (1: never) and where it undoes the rules' (0: never), for {@code --cv}. */
    private static final double[] ADD = {0.25, 0.3, 0.32, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1};
    private static final double[] VETO = {0, 0.1, 0.125, 0.15, 0.2, 0.3};

    private HeadingModelTrainer() {
    }

    /**
     * One page's candidates, which of them are labelled headings, the headings the rules made of
     * other lines, and the page's labelled heading lines.
     */
    record Example(String name, HeadingFeatures.Choice choice, boolean[] target, List<String> others, List<String> labelled) {
        String folder() {
            return name.substring(0, name.indexOf('/'));
        }

        int fold() {
            return Math.floorMod(name.substring(name.indexOf('/') + 1).hashCode(), FOLDS);
        }
    }

    public static void main(String[] args) throws IOException {
        boolean cv = false;
        // The thresholds HEADING-MODEL.md explains: for undoing, leave-sites-out validation's best but for fixtures; for promoting, its best.
        double threshold = 0.15;
        double promote = 0.35;
        Path out = null;
        List<String> sets = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--cv" -> cv = true;
                case "--threshold" -> threshold = Double.parseDouble(args[++i]);
                case "--promote" -> promote = Double.parseDouble(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--l2" -> l2 = Double.parseDouble(args[++i]);
                default -> sets.add(args[i]);
            }
        }
        List<Example> examples = load(sets);
        int lines = 0, targets = 0, labelled = 0;
        for (Example e : examples) {
            lines += e.target().length;
            for (boolean t : e.target()) if (t) targets++;
            labelled += e.labelled().size();
        }
        System.out.printf("%d pages, %d candidate lines, %d of them labelled headings (%d labelled heading lines)%n",
                examples.size(), lines, targets, labelled);
        if (cv) {
            crossValidate(examples);
            return;
        }
        double[] w = train(examples);
        List<double[]> models = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) models.add(w);
        System.out.println("on the training pages: " + tally(models, examples, promote, threshold));
        TrainingSets.writeWeights(out, List.of(
                "Weights of the learned heading model (HeadingModel), one per HeadingFeatures.NAMES entry, the probability",
                "a line the rules head must pass to stay a heading (threshold) and the one a line the rules put out of the",
                "subheadings' way must pass to become one (promote). Written by HeadingModelTrainer; retrain as",
                "src/bench/text-reader/HEADING-MODEL.md says. Trained on: " + TrainingSets.describe(sets),
                String.format(Locale.ROOT, "%d pages, %d lines, Newton %d iterations, L2 %s", examples.size(), lines, ITERATIONS, l2)),
                HeadingFeatures.NAMES, w, List.of("threshold", "promote"), threshold, promote);
    }

    private static List<Example> load(List<String> sets) throws IOException {
        List<Example> out = new ArrayList<>();
        for (TrainingSets.Read<HeadingFeatures.Choice> read : TrainingSets.read(sets, Rule.LEARNED_HEADING, ScrapedTextParser::headingChoice)) {
            List<String> labelled = new ArrayList<>();
            for (String h : read.page().linesLabelled("heading")) labelled.add(Words.key(h));
            Set<String> headings = new HashSet<>(labelled);
            HeadingFeatures.Choice choice = read.view();
            boolean[] target = new boolean[choice.lines().size()];
            List<String> others = new ArrayList<>();
            for (String h : choice.headings()) others.add(Words.key(h));
            for (int c = 0; c < target.length; c++) {
                String key = Words.key(choice.lines().get(c));
                target[c] = headings.contains(key);
                if (choice.ruled().get(c)) others.remove(key);
            }
            out.add(new Example(read.name(), choice, target, others, labelled));
        }
        return out;
    }

    static double[] train(List<Example> examples) {
        List<double[]> rows = new ArrayList<>();
        List<Boolean> targets = new ArrayList<>();
        for (Example e : examples) {
            rows.addAll(e.choice().features());
            for (boolean t : e.target()) targets.add(t);
        }
        return LogisticFit.fit(rows, targets, HeadingFeatures.NAMES.size(), l2, ITERATIONS);
    }

    private static void crossValidate(List<Example> examples) {
        List<double[]> weights = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) weights.add(null);
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Example> training = new ArrayList<>();
            for (Example e : examples) if (e.fold() != fold) training.add(e);
            double[] w = train(training);
            for (int i = 0; i < examples.size(); i++) if (examples.get(i).fold() == fold) weights.set(i, w);
        }
        System.out.println("rules alone: " + tally(null, examples, 1, 0));
        for (double threshold : THRESHOLDS) {
            System.out.printf(Locale.ROOT, "model alone at %.2f: %s%n", threshold, tally(weights, examples, threshold, threshold));
        }
        for (double add : ADD) {
            for (double veto : VETO) {
                System.out.printf(Locale.ROOT, "rules, adding past %.2f, undoing below %.3f: %s%n", add, veto, tally(weights, examples, add, veto));
            }
        }
        List<String> folders = new ArrayList<>();
        for (Example e : examples) if (!folders.contains(e.folder())) folders.add(e.folder());
        if (folders.size() < 2) return;
        for (String folder : folders) {
            List<Example> some = new ArrayList<>();
            List<double[]> theirs = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (!examples.get(i).folder().equals(folder)) continue;
                some.add(examples.get(i));
                theirs.add(weights.get(i));
            }
            System.out.printf("%s, rules alone: %s%n", folder, tally(null, some, 1, 0));
            for (double add : ADD) {
                for (double veto : VETO) {
                    System.out.printf(Locale.ROOT, "%s, adding past %.2f, undoing below %.3f: %s%n", folder, add, veto, tally(theirs, some, add, veto));
                }
            }
        }
    }

    /**
     * The bench's heading figures when each page's candidates are decided by its model ({@code
     * models}, one weight vector per page), a line the rules head staying a heading above {@code veto}
     * and a line they put out of the subheadings' way ({@link HeadingFeatures.Place}) becoming one
     * above {@code add}, as the reader decides, or by the rules when {@code models} is null:
     * labelled heading lines found, and heading blocks that are labelled headings.
     */
    private static String tally(List<double[]> models, List<Example> examples, double add, double veto) {
        int labelled = 0, found = 0, blocks = 0, right = 0;
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            List<String> made = new ArrayList<>(e.others());
            for (int c = 0; c < e.target().length; c++) {
                boolean ruled = e.choice().ruled().get(c);
                double p = models == null ? (ruled ? 1 : 0) : new HeadingModel(models.get(i), veto, add).probability(e.choice().features().get(c));
                boolean heading = ruled ? p > veto : HeadingFeatures.placedAside(e.choice().features().get(c)) && p > add;
                if (heading) made.add(Words.key(e.choice().lines().get(c)));
            }
            Set<String> labels = new HashSet<>(e.labelled());
            for (String m : made) {
                blocks++;
                if (labels.contains(m)) right++;
            }
            Set<String> madeKeys = new HashSet<>(made);
            for (String l : e.labelled()) {
                labelled++;
                if (madeKeys.contains(l)) found++;
            }
        }
        double recall = labelled == 0 ? 0 : (double) found / labelled, precision = blocks == 0 ? 0 : (double) right / blocks;
        return String.format(Locale.ROOT, "recall %.2f (%d/%d), precision %.2f (%d/%d), F1 %.3f", recall, found, labelled,
                precision, right, blocks, recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision));
    }
}
