package io.convert.spi;

/**
 * A decoded input document. {@code name} identifies it in messages (a path, a URL or
 * {@code <stdin>}); {@code baseUri} resolves relative references (a {@code file:} URI of the
 * input's folder, a page URL, or null); {@code fileName} is the file's own name when it came
 * from a file (used to choose a reader by extension), else null.
 */
public record Input(String text, String name, String fileName, String baseUri) {
    public Input {
        text = text == null ? "" : text;
        name = name == null ? "<input>" : name;
    }

    public static Input of(String text) {
        return new Input(text, "<input>", null, null);
    }
}
