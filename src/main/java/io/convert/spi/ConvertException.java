package io.convert.spi;

/**
 * A conversion failure with a one-line, user-facing message and the kind of failure, which the
 * CLI maps to its exit code.
 */
public class ConvertException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** The input is missing, unreadable, too large or not a document (exit 1). */
        BAD_INPUT(1),
        /** The output could not be written (exit 3). */
        OUTPUT(3),
        /** A bug or an unexpected failure (exit 4). */
        INTERNAL(4);

        public final int exitCode;

        Kind(int exitCode) {
            this.exitCode = exitCode;
        }
    }

    private final Kind kind;

    public ConvertException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ConvertException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public static ConvertException badInput(String message) {
        return new ConvertException(Kind.BAD_INPUT, message);
    }

    public static ConvertException badInput(String message, Throwable cause) {
        return new ConvertException(Kind.BAD_INPUT, message, cause);
    }

    /** The output {@code target} (a path, "standard output") could not be written. */
    public static ConvertException cannotWrite(String target, Exception cause) {
        return new ConvertException(Kind.OUTPUT, "cannot write " + target + reason(cause), cause);
    }

    /** A writer failed by itself, not for want of a place to write: a bug. */
    public static ConvertException writerFailed(Exception cause) {
        return new ConvertException(Kind.INTERNAL, "the writer failed" + reason(cause), cause);
    }

    /** ": message", or nothing when the cause has none: a message, never an exception's name. */
    private static String reason(Exception cause) {
        String m = cause.getMessage();
        return m == null || m.isBlank() ? "" : ": " + m.strip();
    }

    public Kind kind() {
        return kind;
    }
}
