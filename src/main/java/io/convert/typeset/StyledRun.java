package io.convert.typeset;

import java.util.Objects;

/** A piece of paragraph text in one style; {@code '\n'} in the text is a forced line break. */
public record StyledRun(String text, TextStyle style) {
    public StyledRun {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(style, "style");
    }
}
