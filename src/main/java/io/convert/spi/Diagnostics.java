package io.convert.spi;

/**
 * Where readers, writers and loaders report what they left out or worked around. Passed
 * explicitly with the options; the CLI prints warnings on stderr unless {@code --quiet}.
 */
public interface Diagnostics {
    Diagnostics IGNORE = new Diagnostics() {
        @Override
        public void warn(String message) {
        }

        @Override
        public void debug(String message) {
        }
    };

    /** Something the user should know: content dropped, a resource refused. */
    void warn(String message);

    /** Detail shown only with {@code --verbose}. */
    void debug(String message);
}
