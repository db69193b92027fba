package io.convert.reader.text.internal;

import java.util.List;

/**
 * A linear score over {@link TitleFeatures} for each line that may be the headline, the highest
 * winning (a softmax over a page's candidates, fitted by {@code TitleModelTrainer} on labelled
 * pages). The weights are a resource, {@value #RESOURCE}: one {@code NAME<TAB>WEIGHT} row per
 * feature in the order of {@link TitleFeatures#NAMES}, after {@code #} comment lines that say
 * what they were trained on, and a {@code margin} row: how far the model's line must outscore
 * the rules' before it replaces it.
 */
public record TitleModel(double[] weights, double margin) {
    private static final String RESOURCE = "title-weights.tsv";
    private static final int PROSE = TitleFeatures.NAMES.indexOf("prose");
    private static final int BYLINE_OR_DATE = TitleFeatures.NAMES.indexOf("byline_or_date");
    private static final int PERSON_NAME = TitleFeatures.NAMES.indexOf("person_name");
    private static final int LOG_WORDS = TitleFeatures.NAMES.indexOf("log_words");
    private static final int HEADLINE_WORDS = 30;
    private static final TitleModel BUNDLED = load();

    public static TitleModel bundled() {
        return BUNDLED;
    }

    public double score(double[] features) {
        double s = 0;
        for (int k = 0; k < weights.length; k++) s += weights[k] * features[k];
        return s;
    }

    /**
     * The line to take as the title among {@code candidates}: the model's best when it outscores
     * the rules' line ({@code ruleLine}) by the margin, else the rules' line. Where the rules saw
     * no headline the model takes none either: on the pages it was tried on, its line there was
     * more often a paragraph, a menu or a list item than the headline, and taking it cut the text.
     */
    public int choose(List<Integer> candidates, double[][] features, int ruleLine) {
        int rule = candidates.indexOf(ruleLine);
        if (rule < 0) return ruleLine;
        int best = rule;
        for (int c = 0; c < candidates.size(); c++) if (score(features[c]) > score(features[best])) best = c;
        // A paragraph is no title: taken wrongly, it would be cut from the text.
        if (score(features[best]) - score(features[rule]) < margin || features[best][PROSE] > 0) return ruleLine;
        return candidates.get(best);
    }

    /**
     * The candidate the model scores highest among those that could head a page where the rules
     * saw no headline, or -1: no byline, date or name, and no longer than {@value #HEADLINE_WORDS}
     * words. A headline may read as a sentence ("… تقيم مهرجاناً شعرياً في العقبة."); past that length
     * the line was a paragraph or a run of menu items on every labelled page, and taking it cuts the text.
     */
    public int best(List<Integer> candidates, double[][] features) {
        int top = -1;
        for (int c = 0; c < candidates.size(); c++) {
            boolean eligible = features[c][BYLINE_OR_DATE] == 0 && features[c][PERSON_NAME] == 0
                    && Math.expm1(features[c][LOG_WORDS]) < HEADLINE_WORDS + 0.5;
            if (eligible && (top < 0 || score(features[c]) > score(features[top]))) top = c;
        }
        return top < 0 ? -1 : candidates.get(top);
    }

    /** Reads the bundled weights; fails when they do not name the features this code computes. */
    static TitleModel load() {
        return parse(ModelWeights.rows(TitleModel.class, RESOURCE));
    }

    static TitleModel parse(List<String> rows) {
        ModelWeights w = ModelWeights.parse(rows, TitleFeatures.NAMES, "margin");
        return new TitleModel(w.weights(), w.setting());
    }
}
