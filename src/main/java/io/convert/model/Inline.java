package io.convert.model;

import java.util.List;

/** Inline content of a paragraph, heading, caption or table cell. */
public sealed interface Inline {

    /**
     * Dispatches to the {@link Visitor} method for this kind of inline. A new kind adds a method
     * to {@link Visitor}, so every writer that does not handle it fails to compile.
     */
    <R> R accept(Visitor<R> visitor);

    /** One method per kind of inline; see {@link #accept}. */
    interface Visitor<R> {
        R visit(Text text);

        R visit(Emphasis emphasis);

        R visit(Strong strong);

        R visit(Link link);

        R visit(Code code);

        R visit(LineBreak lineBreak);

        R visit(Superscript superscript);

        R visit(Subscript subscript);

        R visit(Span span);
    }

    /** Plain text, never containing line breaks (use {@link LineBreak}). */
    record Text(String text) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Text {
            text = text == null ? "" : text;
        }
    }

    record Emphasis(List<Inline> content) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Emphasis {
            content = List.copyOf(content);
        }
    }

    record Strong(List<Inline> content) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Strong {
            content = List.copyOf(content);
        }
    }

    /**
     * A hyperlink; {@code title} may be null. {@code href} is null when there is no target, and
     * a script URL ({@code javascript:}, {@code vbscript:}, however spelt) is no target: whichever
     * reader or caller built the link, no writer is ever handed one to write.
     */
    record Link(String href, String title, List<Inline> content) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Link {
            content = List.copyOf(content);
            if (href != null && isScript(href)) href = null;
        }

        /** Browsers ignore spaces and controls in a scheme, and its case. */
        private static boolean isScript(String url) {
            StringBuilder scheme = new StringBuilder(12);
            for (int i = 0; i < url.length() && scheme.length() < 11; i++) {
                char c = url.charAt(i);
                if (c > ' ') scheme.append(Character.toLowerCase(c));
            }
            String s = scheme.toString();
            return s.startsWith("javascript:") || s.startsWith("vbscript:");
        }
    }

    record Code(String text) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Code {
            text = text == null ? "" : text;
        }
    }

    record LineBreak() implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

    }

    record Superscript(List<Inline> content) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Superscript {
            content = List.copyOf(content);
        }
    }

    record Subscript(List<Inline> content) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Subscript {
            content = List.copyOf(content);
        }
    }

    /** A run of inline text in another language or direction than its block. */
    record Span(Language language, List<Inline> content) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Span {
            content = List.copyOf(content);
        }
    }
}
