package io.convert.model;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Several articles bound into one document, in reading order. The book has a title of its own
 * (null: writers word one from the number of articles and their dates) and a main language and
 * direction, which decide the book's own pages (title page, contents, page progression); each
 * article keeps its own language and direction.
 *
 * @param title the book's title, or null
 * @param language the main language (BCP 47), or null when no article says
 * @param direction the main direction, never null
 * @param articles the articles, at least one
 */
public record Book(String title, String language, Direction direction, List<Article> articles) {
    public Book {
        articles = List.copyOf(articles);
        if (articles.isEmpty()) throw new IllegalArgumentException("a book needs at least one article");
        if (title != null && title.isBlank()) title = null;
        if (language != null && language.isBlank()) language = null;
        Objects.requireNonNull(direction, "direction");
    }

    /**
     * A book of {@code articles} whose main language is the one most of their text is in, and
     * whose direction is that language's.
     */
    public static Book of(String title, List<Article> articles) {
        Language main = mainLanguage(articles);
        return new Book(title, main.tag(), main.direction() == null ? Direction.LTR : main.direction(), articles);
    }

    /**
     * The language of the articles that hold the most characters of text, with the direction
     * its first article has; a tie goes to the language met first, so the order of the inputs
     * decides rather than chance.
     */
    static Language mainLanguage(List<Article> articles) {
        Map<String, Long> amount = new LinkedHashMap<>();
        Map<String, Direction> directions = new HashMap<>();
        for (Article article : articles) {
            Language language = article.language();
            String key = language.tag() == null ? "" : language.tag();
            amount.merge(key, textLength(article), Long::sum);
            directions.putIfAbsent(key, language.direction());
        }
        String best = null;
        long most = -1;
        for (Map.Entry<String, Long> e : amount.entrySet()) {
            if (e.getValue() > most) {
                most = e.getValue();
                best = e.getKey();
            }
        }
        if (best == null) return Language.INHERIT;
        return Language.of(best.isEmpty() ? null : best, directions.get(best));
    }

    private static long textLength(Article article) {
        long n = article.metadata().title() == null ? 0 : article.metadata().title().length();
        for (Block block : article.blocks()) n += PlainText.of(block).length();
        return n;
    }

    /** The book's language and direction. */
    public Language bookLanguage() {
        return Language.of(language, direction);
    }

    /** The earliest publication date of the articles, or null when none has one. */
    public LocalDate earliest() {
        return articles.stream().map(Book::published).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
    }

    /** The latest publication date of the articles, or null when none has one. */
    public LocalDate latest() {
        return articles.stream().map(Book::published).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
    }

    private static LocalDate published(Article article) {
        try {
            return Dates.dateOf(Dates.normalize(article.metadata().published()));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
