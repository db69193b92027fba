package io.convert.reader.text.internal;

import java.util.List;

/**
 * A logistic score over {@link HeadingFeatures}: how likely a short line is one of the text's
 * subheadings (fitted by {@code HeadingModelTrainer} on labelled pages, line by line). A line the
 * rules head keeps its heading when the probability clears {@code threshold}; a line they never
 * weigh as a subheading, because their reading of the page put it elsewhere ({@link
 * HeadingFeatures.Place}), becomes one when it clears {@code promote}. Other lines the rules leave
 * paragraphs stay paragraphs: on pages it was not fitted on, the model told the rules' false headings
 * apart far better than it found headings among them. The weights are a resource, {@value #RESOURCE}:
 * one {@code NAME<TAB>WEIGHT} row per feature in the order of {@link HeadingFeatures#NAMES}, after
 * {@code #} comment lines that say what they were trained on, a {@code threshold} and a {@code promote} row.
 */
public record HeadingModel(double[] weights, double threshold, double promote) {
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

    /** Whether a line the rules put out of the subheadings' way, with {@code features}, heads a section all the same. */
    public boolean promotes(double[] features) {
        return probability(features) > promote;
    }

    /** Reads the bundled weights; fails when they do not name the features this code computes. */
    static HeadingModel load() {
        return parse(ModelWeights.rows(HeadingModel.class, RESOURCE));
    }

    static HeadingModel parse(List<String> rows) {
        ModelWeights w = ModelWeights.parse(rows, HeadingFeatures.NAMES, "threshold", "promote");
        return new HeadingModel(w.weights(), w.settings()[0], w.settings()[1]);
    }
}
