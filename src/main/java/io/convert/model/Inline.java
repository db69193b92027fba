package io.convert.model;

import java.util.List;

/** Inline content of a paragraph, heading, caption or table cell. */
public sealed interface Inline {

    /** Plain text, never containing line breaks (use {@link LineBreak}). */
    record Text(String text) implements Inline {
        public Text {
            text = text == null ? "" : text;
        }
    }

    record Emphasis(List<Inline> content) implements Inline {
        public Emphasis {
            content = List.copyOf(content);
        }
    }

    record Strong(List<Inline> content) implements Inline {
        public Strong {
            content = List.copyOf(content);
        }
    }

    /** A hyperlink; {@code title} may be null. */
    record Link(String href, String title, List<Inline> content) implements Inline {
        public Link {
            content = List.copyOf(content);
        }
    }

    record Code(String text) implements Inline {
        public Code {
            text = text == null ? "" : text;
        }
    }

    record LineBreak() implements Inline {
    }

    record Superscript(List<Inline> content) implements Inline {
        public Superscript {
            content = List.copyOf(content);
        }
    }

    record Subscript(List<Inline> content) implements Inline {
        public Subscript {
            content = List.copyOf(content);
        }
    }

    /** A run of inline text in another language or direction than its block. */
    record Span(Language language, List<Inline> content) implements Inline {
        public Span {
            content = List.copyOf(content);
        }
    }
}
