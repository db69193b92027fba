package io.convert.writer.pdf.internal;

/** An outline entry for a heading: its level (1 = top) and its plain text. */
public record Bookmark(int level, String title) {
}
