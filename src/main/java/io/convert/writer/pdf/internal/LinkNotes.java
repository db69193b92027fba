package io.convert.writer.pdf.internal;

import io.convert.lang.Numerals;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Numbers link targets in order of first appearance, for the endnotes printed with --link-notes. */
public final class LinkNotes {
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final Numerals numerals;

    public LinkNotes(Numerals numerals) {
        this.numerals = numerals;
    }

    Numerals numerals() {
        return numerals;
    }

    /** The note number of {@code href}; a target linked twice keeps its first number. */
    public int number(String href) {
        return numbers.computeIfAbsent(href, h -> numbers.size() + 1);
    }

    /** The targets, in note order. */
    public List<String> targets() {
        return new ArrayList<>(numbers.keySet());
    }
}
