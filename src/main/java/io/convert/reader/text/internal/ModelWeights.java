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
 * A learned model's weights as its resource keeps them: {@code #} comment lines that say what they
 * were trained on, one {@code NAME<TAB>WEIGHT} row per feature in the order the code computes
 * them, and one row for the model's one setting (a margin, a threshold).
 *
 * @param weights one per feature
 * @param setting the value of the setting's row
 */
record ModelWeights(double[] weights, double setting) {

    /** The rows of the resource {@code name} beside {@code owner}. */
    static List<String> rows(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code rows}; fails when they do not name {@code features} in order, or lack the {@code setting} row. */
    static ModelWeights parse(List<String> rows, List<String> features, String setting) {
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        double value = Double.NaN;
        for (String row : rows) {
            if (row.isBlank() || row.startsWith("#")) continue;
            String[] cells = row.split("\t");
            if (cells[0].equals(setting)) {
                value = Double.parseDouble(cells[1]);
            } else {
                names.add(cells[0]);
                values.add(Double.parseDouble(cells[1]));
            }
        }
        if (!names.equals(features)) throw new IllegalStateException("weights name " + names + ", the code computes " + features);
        if (Double.isNaN(value)) throw new IllegalStateException("weights without a " + setting);
        return new ModelWeights(values.stream().mapToDouble(Double::doubleValue).toArray(), value);
    }

    /** A line model's probability: the logistic of the weighted sum of the line's {@code features}. */
    static double probability(double[] weights, double[] features) {
        double s = 0;
        for (int k = 0; k < weights.length; k++) s += weights[k] * features[k];
        return 1 / (1 + Math.exp(-s));
    }
}
