package io.convert.writer.text.internal;

import io.convert.model.Direction;

/**
 * One output line and the direction of the text it belongs to; {@code direction} is null where
 * no direction should be forced (blank lines, code).
 */
record Line(String text, Direction direction) {
    static final Line BLANK = new Line("", null);

    Line prefixed(String prefix) {
        return new Line(prefix + text, direction);
    }
}
