package io.convert.model;

/**
 * The language (BCP 47 tag) and base direction of a piece of text. Either part may be null,
 * meaning "inherit from the enclosing block or the article".
 */
public record Language(String tag, Direction direction) {
    public static final Language INHERIT = new Language(null, null);

    public Language {
        if (tag != null && tag.isBlank()) tag = null;
    }

    public static Language of(String tag, Direction direction) {
        return tag == null && direction == null ? INHERIT : new Language(tag, direction);
    }

    public boolean isInherit() {
        return tag == null && direction == null;
    }

    /** This language with unset parts taken from {@code outer}. */
    public Language within(Language outer) {
        return of(tag != null ? tag : outer.tag, direction != null ? direction : outer.direction);
    }
}
