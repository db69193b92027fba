package io.convert.reader.html.internal;

import io.convert.model.Inline;
import java.util.ArrayList;
import java.util.List;

/**
 * Normalises the inlines a paragraph was built from the way a browser lays out text: runs of
 * white space become one space, none at the start or end of the paragraph or around line
 * breaks, adjacent texts merged, empty wrappers dropped.
 */
final class InlineBuffer {
    private InlineBuffer() {
    }

    static List<Inline> normalize(List<Inline> raw) {
        State state = new State();
        List<Inline> out = normalize(raw, state);
        trimEnd(out);
        return out;
    }

    private static final class State {
        /** True at the start of the paragraph, after a space and after a line break. */
        boolean spaceBefore = true;
    }

    private static List<Inline> normalize(List<Inline> raw, State state) {
        List<Inline> out = new ArrayList<>();
        // Adjacent texts are gathered here and merged once: merging pairwise copies the whole
        // run each time, which is quadratic on pages split into many text nodes.
        StringBuilder pending = new StringBuilder();
        for (Inline inline : raw) {
            if (inline instanceof Inline.Text t) {
                pending.append(collapse(t.text(), state));
                continue;
            }
            if (inline instanceof Inline.LineBreak) {
                flush(out, pending);
                trimEnd(out);
                out.add(inline);
                state.spaceBefore = true;
            } else if (inline instanceof Inline.Code c) {
                String text = Hints.collapseSpaces(c.text());
                if (!text.isBlank()) {
                    flush(out, pending);
                    out.add(new Inline.Code(text));
                    state.spaceBefore = false;
                }
            } else {
                List<Inline> content = normalize(children(inline), state);
                if (!content.isEmpty()) {
                    flush(out, pending);
                    out.add(rewrap(inline, content));
                }
            }
        }
        flush(out, pending);
        return out;
    }

    private static void flush(List<Inline> out, StringBuilder pending) {
        if (pending.length() == 0) return;
        out.add(new Inline.Text(pending.toString()));
        pending.setLength(0);
    }

    private static String collapse(String text, State state) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                if (!state.spaceBefore) {
                    sb.append(' ');
                    state.spaceBefore = true;
                }
            } else {
                sb.append(c);
                state.spaceBefore = false;
            }
        }
        return sb.toString();
    }

    /** Drops trailing spaces, line breaks and wrappers left empty by that. */
    private static void trimEnd(List<Inline> out) {
        while (!out.isEmpty()) {
            int lastIndex = out.size() - 1;
            Inline last = out.get(lastIndex);
            if (last instanceof Inline.LineBreak) {
                out.remove(lastIndex);
            } else if (last instanceof Inline.Text t) {
                String s = t.text().stripTrailing();
                if (s.isEmpty()) out.remove(lastIndex);
                else {
                    out.set(lastIndex, new Inline.Text(s));
                    return;
                }
            } else if (last instanceof Inline.Code) {
                return;
            } else {
                List<Inline> content = new ArrayList<>(children(last));
                trimEnd(content);
                if (content.isEmpty()) out.remove(lastIndex);
                else {
                    out.set(lastIndex, rewrap(last, content));
                    return;
                }
            }
        }
    }

    static List<Inline> children(Inline inline) {
        if (inline instanceof Inline.Emphasis e) return e.content();
        if (inline instanceof Inline.Strong s) return s.content();
        if (inline instanceof Inline.Link l) return l.content();
        if (inline instanceof Inline.Superscript s) return s.content();
        if (inline instanceof Inline.Subscript s) return s.content();
        if (inline instanceof Inline.Span s) return s.content();
        return List.of();
    }

    private static Inline rewrap(Inline inline, List<Inline> content) {
        if (inline instanceof Inline.Emphasis) return new Inline.Emphasis(content);
        if (inline instanceof Inline.Strong) return new Inline.Strong(content);
        if (inline instanceof Inline.Link l) return new Inline.Link(l.href(), l.title(), content);
        if (inline instanceof Inline.Superscript) return new Inline.Superscript(content);
        if (inline instanceof Inline.Subscript) return new Inline.Subscript(content);
        if (inline instanceof Inline.Span s) return new Inline.Span(s.language(), content);
        return inline;
    }
}
