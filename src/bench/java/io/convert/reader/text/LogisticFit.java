package io.convert.reader.text;

import java.util.List;

/**
 * A logistic regression fitted as the learned line models are ({@code BylineModelTrainer}, {@code
 * HeadingModelTrainer}): the weights that maximise the log-likelihood of the targets, less an L2
 * penalty on all but the bias (the first feature), by Newton's method from zero, so the same lines
 * always give the same weights.
 */
final class LogisticFit {
    private LogisticFit() {
    }

    /** The weights for {@code rows} (each {@code d} features) and their {@code targets}. */
    static double[] fit(List<double[]> rows, List<Boolean> targets, int d, double l2, int iterations) {
        double[] w = new double[d];
        for (int it = 0; it < iterations; it++) {
            double[] g = new double[d];
            double[][] h = new double[d][d];
            for (int k = 1; k < d; k++) {
                g[k] = -l2 * w[k];
                h[k][k] = l2;
            }
            for (int r = 0; r < rows.size(); r++) {
                double[] f = rows.get(r);
                double p = probability(w, f);
                double diff = (targets.get(r) ? 1 : 0) - p, v = p * (1 - p);
                for (int k = 0; k < d; k++) {
                    if (f[k] == 0) continue;
                    g[k] += diff * f[k];
                    for (int j = 0; j < d; j++) h[k][j] += v * f[k] * f[j];
                }
            }
            double[] step = solve(h, g);
            double size = 0;
            for (int k = 0; k < d; k++) {
                w[k] += step[k];
                size = Math.max(size, Math.abs(step[k]));
            }
            if (size < 1e-9) break;
        }
        return w;
    }

    private static double probability(double[] w, double[] f) {
        double s = 0;
        for (int k = 0; k < w.length; k++) s += w[k] * f[k];
        return 1 / (1 + Math.exp(-s));
    }

    /** {@code x} with {@code a x = b}, by Gaussian elimination with partial pivoting; a feature never seen gets no step. */
    private static double[] solve(double[][] a, double[] b) {
        int d = b.length;
        double[][] m = new double[d][d + 1];
        for (int i = 0; i < d; i++) {
            System.arraycopy(a[i], 0, m[i], 0, d);
            m[i][d] = b[i];
            // A feature no line has (and the bias, unpenalised, when every line has it): a tiny ridge keeps the system solvable.
            m[i][i] += 1e-9;
        }
        for (int col = 0; col < d; col++) {
            int pivot = col;
            for (int r = col + 1; r < d; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
            double[] tmp = m[col];
            m[col] = m[pivot];
            m[pivot] = tmp;
            for (int r = col + 1; r < d; r++) {
                double factor = m[r][col] / m[col][col];
                for (int c = col; c <= d; c++) m[r][c] -= factor * m[col][c];
            }
        }
        double[] x = new double[d];
        for (int r = d - 1; r >= 0; r--) {
            double s = m[r][d];
            for (int c = r + 1; c < d; c++) s -= m[r][c] * x[c];
            x[r] = s / m[r][r];
        }
        return x;
    }
}
