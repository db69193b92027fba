package io.convert.reader.text.internal;

import java.util.List;

/**
 * A logistic score over {@link BylineFeatures}: how likely a short line is a byline that names the
 * page's writer (fitted by {@code BylineModelTrainer} on labelled pages, line by line). The reader
 * asks it only where the rules named no writer, and takes its best line when the probability
 * clears the threshold. The weights are a resource, {@value #RESOURCE}: one {@code NAME<TAB>WEIGHT}
 * row per feature in the order of {@link BylineFeatures#NAMES}, after {@code #} comment lines that
 * say what they were trained on, a {@code threshold} row and an {@code other_script_margin} row.
 *
 * @param otherScriptMargin how much more than the threshold a page not in Arabic script asks
 */
public record BylineModel(double[] weights, double threshold, double otherScriptMargin) {
    private static final String RESOURCE = "byline-weights.tsv";

    public static BylineModel bundled() {
        return Bundled.MODEL;
    }

    /** Read when first asked: the trainer makes models of its own while the bundled weights may name older features. */
    private static final class Bundled {
        static final BylineModel MODEL = load();
    }

    /** The probability that the line with {@code features} signs the page. */
    public double probability(double[] features) {
        return ModelWeights.probability(weights, features);
    }

    /**
     * The candidate the model finds likeliest to sign the page when it clears the threshold, or -1. A page
     * not in Arabic script asks the margin more: the model learned mostly on Arabic pages, and on other pages
     * its rescues came with false authors; the trainer sets the margin that, read leave-sites-out, rescues
     * most writers there net of false authors.
     */
    public int best(double[][] features, boolean arabicPage) {
        int top = -1;
        double most = threshold + (arabicPage ? 0 : otherScriptMargin);
        for (int c = 0; c < features.length; c++) {
            double p = probability(features[c]);
            if (p > most) {
                most = p;
                top = c;
            }
        }
        return top;
    }

    /** Reads the bundled weights; fails when they do not name the features this code computes. */
    static BylineModel load() {
        return parse(ModelWeights.rows(BylineModel.class, RESOURCE));
    }

    static BylineModel parse(List<String> rows) {
        ModelWeights w = ModelWeights.parse(rows, BylineFeatures.NAMES, "threshold", "other_script_margin");
        return new BylineModel(w.weights(), w.settings()[0], w.settings()[1]);
    }
}
