package io.convert.reader.text.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A linear score over {@link BylineFeatures} for each short line that names someone: the log-odds that
 * the line is the page's personal byline and names its writers (a logistic regression fitted by {@code
 * BylineModelTrainer} on labelled pages). The weights are a resource, {@value #RESOURCE}: one {@code
 * NAME<TAB>WEIGHT} row per feature in the order of {@link BylineFeatures#NAMES}, after {@code #} comment
 * lines that say what they were trained on, and a {@code threshold} row: the score a line must reach
 * before its names are taken.
 */
public record BylineModel(double[] weights, double threshold) {
    private static final String RESOURCE = "byline-weights.tsv";
    private static final BylineModel BUNDLED = load();

    public static BylineModel bundled() {
        return BUNDLED;
    }

    public double score(double[] features) {
        double s = 0;
        for (int k = 0; k < weights.length; k++) s += weights[k] * features[k];
        return s;
    }

    /** The candidate scored highest if it reaches the threshold, as an index into the choice's lines, or -1. */
    public int choose(BylineFeatures.Choice choice) {
        int best = -1;
        for (int c = 0; c < choice.lines().size(); c++) {
            if (best < 0 || score(choice.features()[c]) > score(choice.features()[best])) best = c;
        }
        return best >= 0 && score(choice.features()[best]) >= threshold ? best : -1;
    }

    /** Reads the bundled weights; fails when they do not name the features this code computes. */
    static BylineModel load() {
        try (InputStream in = BylineModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BylineModel parse(List<String> rows) {
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        double threshold = Double.NaN;
        for (String row : rows) {
            if (row.isBlank() || row.startsWith("#")) continue;
            String[] cells = row.split("\t");
            if (cells[0].equals("threshold")) {
                threshold = Double.parseDouble(cells[1]);
            } else {
                names.add(cells[0]);
                values.add(Double.parseDouble(cells[1]));
            }
        }
        if (!names.equals(BylineFeatures.NAMES)) {
            throw new IllegalStateException("byline weights name " + names + ", the code computes " + BylineFeatures.NAMES);
        }
        if (Double.isNaN(threshold)) throw new IllegalStateException("byline weights without a threshold");
        return new BylineModel(values.stream().mapToDouble(Double::doubleValue).toArray(), threshold);
    }
}
