package io.convert.reader.text;

import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Language;
import io.convert.model.Metadata;
import io.convert.model.PlainText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixture's expected article in a line format that is easy to write and to diff: metadata
 * lines ({@code title: ...}), a {@code ---} line, then one line per block ({@code p: text},
 * {@code h2: text}, {@code ul: item}, {@code ol: item}, {@code quote: text}, {@code figure:
 * caption}, {@code code: text with \n}); a block in another language than the article carries
 * it after {@code @} ({@code p@en/ltr: ...}). Metadata keys left out are expected to be empty.
 */
record ExpectedStructure(Map<String, String> metadata, List<String> blocks) {
    static final List<String> KEYS = List.of("title", "subtitle", "site", "authors", "published", "lang", "dir");

    static ExpectedStructure load(Path file) throws IOException {
        Map<String, String> metadata = new LinkedHashMap<>();
        List<String> blocks = new ArrayList<>();
        boolean body = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            if (line.equals("---")) {
                body = true;
            } else if (body) {
                blocks.add(line);
            } else {
                int colon = line.indexOf(": ");
                metadata.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        for (String key : KEYS) metadata.putIfAbsent(key, "");
        return new ExpectedStructure(metadata, blocks);
    }

    static ExpectedStructure of(Article article) {
        Metadata m = article.metadata();
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("title", nonNull(m.title()));
        metadata.put("subtitle", nonNull(m.subtitle()));
        metadata.put("site", nonNull(m.site()));
        metadata.put("authors", String.join("; ", m.authors()));
        metadata.put("published", nonNull(m.published()));
        metadata.put("lang", nonNull(m.language()));
        metadata.put("dir", m.direction() == null ? "" : m.direction().code());
        List<String> blocks = new ArrayList<>();
        for (Block b : article.blocks()) render(b, blocks);
        return new ExpectedStructure(metadata, blocks);
    }

    /** The body text the fixture expects, one block (or list item) per line. */
    String bodyText() {
        StringBuilder out = new StringBuilder();
        for (String line : blocks) out.append(line.substring(line.indexOf(": ") + 2).replace("\\n", "\n")).append('\n');
        return out.toString();
    }

    private static void render(Block b, List<String> out) {
        String lang = suffix(b.language());
        if (b instanceof Block.Heading h) {
            out.add("h" + h.level() + lang + ": " + PlainText.of(h.content()));
        } else if (b instanceof Block.Paragraph p) {
            out.add("p" + lang + ": " + PlainText.of(p.content()));
        } else if (b instanceof Block.Quote q) {
            out.add("quote" + lang + ": " + PlainText.of(q).replace("\n", " "));
        } else if (b instanceof Block.ListBlock l) {
            String kind = l.ordered() ? "ol" : "ul";
            for (int i = 0; i < l.items().size(); i++) {
                String start = i == 0 && l.ordered() && l.start() != 1 ? " " + l.start() : "";
                StringBuilder item = new StringBuilder();
                for (Block c : l.items().get(i).content()) item.append(item.length() > 0 ? " " : "").append(PlainText.of(c));
                out.add(kind + start + lang + ": " + item);
            }
        } else if (b instanceof Block.Figure f) {
            out.add("figure" + (f.image() == null ? "" : "[" + f.image().source() + "]") + lang + ": "
                    + PlainText.of(f.caption()));
        } else if (b instanceof Block.CodeBlock c) {
            out.add("code" + lang + ": " + c.text().replace("\n", "\\n"));
        } else {
            out.add(b.getClass().getSimpleName().toLowerCase() + lang + ": " + PlainText.of(b).replace("\n", " "));
        }
    }

    private static String suffix(Language l) {
        if (l.isInherit()) return "";
        return "@" + nonNull(l.tag()) + "/" + (l.direction() == null ? "" : l.direction().code());
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
