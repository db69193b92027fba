package io.convert.writer.markdown.internal;

import io.convert.model.Direction;
import io.convert.model.Metadata;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The YAML metadata block pandoc reads at the top of a Markdown file. Every value is a
 * double-quoted YAML scalar, so no text can be taken for YAML syntax; prose values (title,
 * names, description, tags) are also Markdown-escaped, because pandoc parses metadata strings
 * as Markdown: a title such as {@code 1. <b>Intro</b>} must not become a list with raw HTML.
 * Dates, language tags, directions and the source URL are identifiers and stay literal.
 */
public final class FrontMatter {
    /** Compiled once: String's replaceAll compiles its pattern on each call, and every field asks it. */
    private static final Pattern LINE_BREAKS_AND_SPACES = Pattern.compile("[\\s\\u0085\\u2028\\u2029]+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private FrontMatter() {
    }

    /** The block from {@code ---} to {@code ---}, each line ending with a newline. */
    public static String of(Metadata m, Direction direction) {
        StringBuilder out = new StringBuilder("---\n");
        prose(out, "title", m.title());
        prose(out, "subtitle", m.subtitle());
        proseList(out, "author", m.authors());
        literal(out, "date", m.published());
        literal(out, "lang", m.language());
        literal(out, "dir", direction.code());
        literal(out, "source", m.source());
        prose(out, "site", m.site());
        prose(out, "description", m.description());
        proseList(out, "tags", m.tags());
        return out.append("---\n").toString();
    }

    /**
     * The block for a book: its title, the first and last dates of its articles, its main
     * language and direction, and every language its articles are in.
     */
    public static String ofBook(String title, String from, String to, String language, Direction direction,
            List<String> languages) {
        StringBuilder out = new StringBuilder("---\n");
        prose(out, "title", title);
        literal(out, "date-from", from);
        literal(out, "date-to", to);
        literal(out, "lang", language);
        literal(out, "dir", direction.code());
        List<String> present = languages.stream().map(FrontMatter::oneLine).filter(v -> !v.isEmpty()).distinct().toList();
        if (!present.isEmpty()) {
            out.append("languages:\n");
            for (String tag : present) out.append("  - ").append(YamlScalar.quoted(tag)).append('\n');
        }
        return out.append("---\n").toString();
    }

    private static void prose(StringBuilder out, String key, String value) {
        String text = oneLine(value);
        if (!text.isEmpty()) out.append(key).append(": ").append(YamlScalar.quoted(MarkdownText.escape(text))).append('\n');
    }

    private static void literal(StringBuilder out, String key, String value) {
        String text = oneLine(value);
        if (!text.isEmpty()) out.append(key).append(": ").append(YamlScalar.quoted(text)).append('\n');
    }

    private static void proseList(StringBuilder out, String key, List<String> values) {
        List<String> texts = values.stream().map(FrontMatter::oneLine).filter(v -> !v.isEmpty()).toList();
        if (texts.isEmpty()) return;
        out.append(key).append(":\n");
        for (String text : texts) out.append("  - ").append(YamlScalar.quoted(MarkdownText.escape(text))).append('\n');
    }

    /**
     * Metadata values are single lines: a run of whitespace or line separators is one space,
     * and other control characters are dropped.
     */
    private static String oneLine(String value) {
        if (value == null) return "";
        return CONTROL.matcher(LINE_BREAKS_AND_SPACES.matcher(value).replaceAll(" ")).replaceAll("").strip();
    }
}
