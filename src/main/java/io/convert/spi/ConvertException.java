package io.convert.spi;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

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

    /**
     * What a conversion that threw {@code e} failed of, as one line: a ConvertException as it is;
     * a stack or heap exhausted by the input as bad input; anything else as an internal error.
     */
    public static ConvertException of(Throwable e) {
        if (e instanceof ConvertException c) return c;
        if (e instanceof StackOverflowError || e instanceof OutOfMemoryError) {
            return badInput("input too large or too deeply nested to convert", e);
        }
        return new ConvertException(Kind.INTERNAL, "internal error: " + oneLine(e), e);
    }

    /** The message of {@code e} on one line of at most 300 characters; its class name when it has none. */
    public static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) m = e.getClass().getSimpleName();
        m = m.replaceAll("\\s+", " ").trim();
        return m.length() > 300 ? m.substring(0, 297) + "..." : m;
    }

    /** ": reason", or nothing when the cause gives none: a message, never an exception's name. */
    private static String reason(Exception cause) {
        String m = cause instanceof IOException io ? ioReason(io) : cause.getMessage();
        return m == null || m.isBlank() ? "" : ": " + m.strip();
    }

    /**
     * Why a file operation failed, in words. The file system's exceptions carry only the path
     * as their message, which says nothing the user does not know (or names a temporary file
     * they never asked for); the operating system's reason, when there is one, says why.
     */
    public static String ioReason(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file or folder";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NotDirectoryException) return "not a folder";
        if (e instanceof FileSystemException fs) return fs.getReason() != null ? fs.getReason() : "file system error";
        return e.getMessage() == null ? null : oneLine(e);
    }

    public Kind kind() {
        return kind;
    }
}
