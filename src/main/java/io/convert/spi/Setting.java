package io.convert.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A setting a writer declares (see {@link ArticleWriter#settings()}): its name, what it takes, its
 * default and how a value is checked. Front ends offer every declared setting without knowing the
 * writer (the command line as {@code --NAME}), and a value is checked before any input is read,
 * so a bad one is a usage error rather than a failure after the reading.
 *
 * <p>Values travel in {@link WriteOptions} as the strings the user gave; a writer reads one with
 * {@link WriteOptions#get(Setting)}, which gives the typed value or the default.
 *
 * @param <T> the type a writer works with
 */
public final class Setting<T> {

    /** How many values a setting takes. */
    public enum Arity {
        /** No value: present or not. */
        FLAG,
        /** One value; given again, the last one counts. */
        VALUE,
        /** Any number of values, in the order given. */
        LIST
    }

    private final String name;
    private final String label;
    private final String description;
    private final Arity arity;
    private final String defaultValue;
    private final Function<List<String>, T> parser;

    private Setting(String name, String label, String description, Arity arity, String defaultValue,
            Function<List<String>, T> parser) {
        if (!name.matches("[a-z][a-z0-9-]*")) throw new IllegalArgumentException("bad setting name: " + name);
        this.name = name;
        this.label = label;
        this.description = Objects.requireNonNull(description);
        this.arity = arity;
        this.defaultValue = defaultValue;
        this.parser = parser;
    }

    /** A switch, off unless given. */
    public static Setting<Boolean> flag(String name, String description) {
        return new Setting<>(name, null, description, Arity.FLAG, null, values -> {
            if (values.isEmpty()) return false;
            String v = values.get(values.size() - 1).strip();
            if (v.equalsIgnoreCase("true")) return true;
            if (v.equalsIgnoreCase("false")) return false;
            throw new IllegalArgumentException("takes true or false, not '" + v + "'");
        });
    }

    /**
     * A setting with one value, parsed by {@code parse} (which throws
     * {@link IllegalArgumentException} with a one-line reason for a bad value).
     *
     * @param defaultValue the value when none is given (parsed the same way), or null for none
     */
    public static <T> Setting<T> value(String name, String label, String description, String defaultValue,
            Function<String, T> parse) {
        return new Setting<>(name, label, description, Arity.VALUE, defaultValue, values -> {
            String v = values.isEmpty() ? defaultValue : values.get(values.size() - 1);
            return v == null ? null : parse.apply(v);
        });
    }

    /** A repeatable setting; each value is parsed by {@code parse}. Empty unless given. */
    public static <T> Setting<List<T>> list(String name, String label, String description, Function<String, T> parse) {
        return new Setting<>(name, label, description, Arity.LIST, null, values -> {
            List<T> parsed = new ArrayList<>(values.size());
            for (String v : values) parsed.add(parse.apply(v));
            return List.copyOf(parsed);
        });
    }

    /** The name: {@code page-size}, offered on the command line as {@code --page-size}. */
    public String name() {
        return name;
    }

    /** What a value stands for in help ({@code SIZE}); null for a flag. */
    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public Arity arity() {
        return arity;
    }

    /** The value used when none is given, as the user would write it; null when there is none. */
    public String defaultValue() {
        return defaultValue;
    }

    /**
     * The typed value of what the user gave (an empty list: nothing given).
     *
     * @throws IllegalArgumentException naming the setting, when a value is not one it takes
     */
    public T parse(List<String> values) {
        try {
            return parser.apply(values);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--" + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "--" + name;
    }
}
