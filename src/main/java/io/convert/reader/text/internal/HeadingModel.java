package io.convert.reader.text.internal;

import java.util.List;

/**
 * A logistic score over {@link HeadingFeatures}: how likely a short line the text keeps is one of its
 * subheadings (fitted by {@code HeadingModelTrainer} on labelled pages, line by line). The reader asks
 * it only of the lines the rules head, and keeps a heading when the probability clears the threshold:
 * on pages it was not fitted on, the model told the rules' false headings apart far better than it
 * found the headings they missed. The weights are a resource, {@value #RESOURCE}: one {@code
 * NAME<TAB>WEIGHT} row per feature in the order of {@link HeadingFeatures#NAMES}, after {@code #}
 * comment lines that say what they were trained on, and a {@code threshold} row.
 */
public record HeadingModel(double[] weights, double threshold) {
    private static final String RESOURCE = "heading-weights.tsv";

    public static HeadingModel bundled() {
        return Bundled.MODEL;
    }

    /** Read when first asked: the trainer makes models of its own while the bundled weights may name older features. */
    private static final class Bundled {
        static final HeadingModel MODEL = load();
    }

    /** The probability that the line with {@code features} heads a section. */
    public double probability(double[] features) {
        return ModelWeights.probability(weights, features);
    }

    /** Whether a line the rules head, with {@code features}, keeps its heading. */
    public boolean keeps(double[] features) {
        return probability(features) > threshold;
    }

    /** Reads the bundled weights; fails when they do not name the features this code computes. */
    static HeadingModel load() {
        return parse(ModelWeights.rows(HeadingModel.class, RESOURCE));
    }

    static HeadingModel parse(List<String> rows) {
        ModelWeights w = ModelWeights.parse(rows, HeadingFeatures.NAMES, "threshold");
        return new HeadingModel(w.weights(), w.setting());
    }
}
