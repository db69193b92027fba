package io.convert;

import io.convert.lang.LanguageTags;
import io.convert.model.Article;
import io.convert.model.Dates;
import io.convert.model.Direction;
import io.convert.model.Metadata;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Metadata the user gives on the command line ({@code --title}, {@code --author},
 * {@code --metadata key=value} ...), applied over what the reader found. Null fields and empty
 * lists leave the reader's value.
 */
public record Overrides(String title, List<String> authors, String language, Direction direction, String date,
        Map<String, String> metadata) {

    public static final Overrides NONE = new Overrides(null, List.of(), null, null, null, Map.of());

    /** Keys accepted by {@code --metadata}. */
    public static final List<String> KEYS = List.of("title", "subtitle", "author", "site", "date", "published",
            "modified", "lang", "dir", "source", "description", "tags");

    public Overrides {
        authors = authors == null ? List.of() : List.copyOf(authors);
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        for (String key : metadata.keySet()) {
            if (!KEYS.contains(key.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("unknown metadata key '" + key + "' (known: " + String.join(", ", KEYS) + ")");
            }
        }
        // Fail on a bad value now, as a usage error, rather than midway through a conversion.
        Metadata.Builder probe = Metadata.builder();
        metadata.forEach((key, value) -> set(probe, key.toLowerCase(Locale.ROOT), value));
        // A tag the writers cannot state would be dropped from the output without a word.
        if (language != null) {
            try {
                language = requireLanguage(language);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--lang must be a BCP 47 language tag such as ar or en-GB: " + language);
            }
        }
        if (date != null && Dates.normalize(date) == null) {
            throw new IllegalArgumentException("--date must be an ISO-8601 date such as 2025-05-17: " + date);
        }
    }

    public Article apply(Article article) {
        Metadata.Builder b = article.metadata().toBuilder();
        metadata.forEach((key, value) -> set(b, key.toLowerCase(Locale.ROOT), value));
        if (title != null) b.title(title);
        if (!authors.isEmpty()) b.authors(authors);
        if (language != null) b.language(language);
        if (direction != null) b.direction(direction);
        if (date != null) b.published(Dates.normalize(date));
        return article.withMetadata(b.build());
    }

    private static void set(Metadata.Builder b, String key, String value) {
        switch (key) {
            case "title" -> b.title(value);
            case "subtitle" -> b.subtitle(value);
            case "author" -> b.authors(List.of(value.split("\\s*;\\s*")));
            case "site" -> b.site(value);
            case "date", "published" -> b.published(requireDate(value));
            case "modified" -> b.modified(requireDate(value));
            case "lang" -> b.language(requireLanguage(value));
            case "dir" -> b.direction(requireDirection(value));
            case "source" -> b.source(value);
            case "description" -> b.description(value);
            case "tags" -> b.tags(List.of(value.split("\\s*,\\s*")));
            default -> throw new IllegalArgumentException("unknown metadata key '" + key + "'");
        }
    }

    private static String requireDate(String value) {
        String d = Dates.normalize(value);
        if (d == null) throw new IllegalArgumentException("not an ISO-8601 date: " + value);
        return d;
    }

    /** The tag in its canonical spelling ({@code en_us} gives {@code en-US}); {@code und} is kept. */
    private static String requireLanguage(String value) {
        String clean = LanguageTags.clean(value);
        if (clean != null) return clean;
        if (value.strip().equalsIgnoreCase("und")) return "und";
        throw new IllegalArgumentException("not a BCP 47 language tag such as ar or en-GB: " + value);
    }

    private static Direction requireDirection(String value) {
        Direction d = Direction.fromCode(value);
        if (d == null) throw new IllegalArgumentException("dir must be ltr or rtl: " + value);
        return d;
    }
}
