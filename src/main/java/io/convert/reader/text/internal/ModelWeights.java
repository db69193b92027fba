package io.convert.reader.text.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A learned model's weights as its resource keeps them: {@code #} comment lines that say what they
 * were trained on, one {@code NAME<TAB>WEIGHT} row per feature in the order the code computes
 * them, and one row for each of the model's settings (a margin, a threshold).
 *
 * @param weights one per feature
 * @param settings the values of the settings' rows, in the order asked for
 */
record ModelWeights(double[] weights, double[] settings) {

    /** The rows of the resource {@code name} beside {@code owner}. */
    static List<String> rows(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code rows}; fails when they do not name {@code features} in order, or lack a row of {@code settings}. */
    static ModelWeights parse(List<String> rows, List<String> features, String... settings) {
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        double[] chosen = new double[settings.length];
        Arrays.fill(chosen, Double.NaN);
        for (String row : rows) {
            if (row.isBlank() || row.startsWith("#")) continue;
            String[] cells = row.split("\t");
            int setting = List.of(settings).indexOf(cells[0]);
            if (setting >= 0) {
                chosen[setting] = Double.parseDouble(cells[1]);
            } else {
                names.add(cells[0]);
                values.add(Double.parseDouble(cells[1]));
            }
        }
        if (!names.equals(features)) throw new IllegalStateException("weights name " + names + ", the code computes " + features);
        for (int k = 0; k < settings.length; k++) if (Double.isNaN(chosen[k])) throw new IllegalStateException("weights without a " + settings[k]);
        return new ModelWeights(values.stream().mapToDouble(Double::doubleValue).toArray(), chosen);
    }

    /** The value of the first setting asked for: a model with one setting reads only it. */
    double setting() {
        return settings[0];
    }

    /** A line model's probability: the logistic of the weighted sum of the line's {@code features}. */
    static double probability(double[] weights, double[] features) {
        double s = 0;
        for (int k = 0; k < weights.length; k++) s += weights[k] * features[k];
        return 1 / (1 + Math.exp(-s));
    }
}
