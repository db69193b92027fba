package io.convert.reader.text.internal;

import io.convert.model.Block;
import io.convert.model.PlainText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** A text fixture read with every rule, or with every rule but one: what the rule-ablation tests compare. */
final class RuleAblation {

    private RuleAblation() {
    }

    /** The plain text of the blocks the parser reads from fixture {@code name}, with {@code rule} on or off. */
    static String body(String name, Rule rule, boolean on) throws IOException {
        String page = Files.readString(Path.of("src/test/resources/text", name + ".txt"));
        Set<Rule> rules = Rule.all();
        if (!on) rules.remove(rule);
        StringBuilder out = new StringBuilder();
        for (Block b : new ScrapedTextParser(rules).parse(page).blocks()) out.append(PlainText.of(b)).append('\n');
        return out.toString();
    }
}
