package io.convert.model;

import java.util.Objects;

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

    // equals and hashCode written out as the record's own compute them (components in order,
    // hash h * 31 + each component's): the record's are linked on first call through
    // java.lang.runtime.ObjectMethods, whose method-handle set-up a cold run paid the first time
    // two languages were compared (an English page to PDF or Markdown).

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Language l && Objects.equals(tag, l.tag) && direction == l.direction;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(tag) * 31 + Objects.hashCode(direction);
    }
}
