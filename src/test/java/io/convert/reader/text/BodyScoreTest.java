package io.convert.reader.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.convert.model.Article;
import io.convert.reader.text.internal.Rule;
import io.convert.spi.Input;
import io.convert.spi.ReadOptions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Scores the body text kept from each fixture against its expected body (F1 over word
 * 4-grams, the held-out measure's metric), next to keeping every line and to the reader with
 * one rule switched off, and prints the table. Asserts a floor for the full reader and that
 * chrome removal and the content region each earn their keep.
 */
class BodyScoreTest {

    @Test
    void keptBodyMatchesExpectedBody() throws Exception {
        Map<String, List<Double>> columns = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (Fixtures fixture : Fixtures.all()) {
            String text = fixture.read();
            String truth = ExpectedStructure.load(fixture.expected()).bodyText();
            names.add(fixture.name());
            Article full = new TextReader().read(Input.of(text), ReadOptions.defaults());
            add(columns, "all rules", FourGramScore.f1(FourGramScore.body(full), truth));
            add(columns, "every line", FourGramScore.f1(text, truth));
            for (Rule rule : Rule.values()) {
                Set<Rule> rules = EnumSet.allOf(Rule.class);
                rules.remove(rule);
                Article without = new TextReader(rules).read(Input.of(text), ReadOptions.defaults());
                add(columns, "no " + rule.name().toLowerCase(), FourGramScore.f1(FourGramScore.body(without), truth));
            }
        }
        print(names, columns);
        double mean = mean(columns.get("all rules"));
        double min = columns.get("all rules").stream().mapToDouble(Double::doubleValue).min().orElse(0);
        assertTrue(mean >= 0.97, "mean body F1 " + mean);
        assertTrue(min >= 0.9, "lowest body F1 " + min);
        assertTrue(mean(columns.get("every line")) < mean - 0.15, "keeping every line should score far lower");
        assertTrue(mean(columns.get("no chrome")) < mean, "chrome removal should help");
        assertTrue(mean(columns.get("no region")) < mean, "the content region should help");
    }

    private static void add(Map<String, List<Double>> columns, String column, double value) {
        columns.computeIfAbsent(column, k -> new ArrayList<>()).add(value);
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static void print(List<String> names, Map<String, List<Double>> columns) {
        StringBuilder out = new StringBuilder(String.format("%-24s", "body 4-gram F1"));
        for (String column : columns.keySet()) out.append(String.format(" %11s", column));
        out.append('\n');
        for (int i = 0; i < names.size(); i++) {
            out.append(String.format("%-24s", names.get(i)));
            for (List<Double> values : columns.values()) out.append(String.format(" %11.3f", values.get(i)));
            out.append('\n');
        }
        out.append(String.format("%-24s", "mean"));
        for (List<Double> values : columns.values()) out.append(String.format(" %11.3f", mean(values)));
        System.out.println(out);
    }
}
