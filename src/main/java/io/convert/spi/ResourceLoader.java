package io.convert.spi;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Loads the resources an article references (images) for writers, under the policy the caller
 * configured: which folders may be read, whether the network may be used, size caps. Writers
 * never open files or URLs themselves.
 */
public interface ResourceLoader {

    /** Refuses everything: for writers run without any resource access. */
    ResourceLoader NONE = source -> {
        throw new ResourceException("resources are disabled: " + source);
    };

    /**
     * Loads {@code source} (a path relative to the input, a {@code file:} URI, a {@code data:}
     * URI or an http(s) URL).
     *
     * @throws ResourceException with a one-line reason when it is refused, missing or too large
     */
    Resource load(String source) throws ResourceException;

    /**
     * The local file {@code source} names, resolved as {@link #load} would resolve it, for a
     * writer that links an image rather than copying it; empty for web and {@code data:} sources
     * and when this loader reads no files. Naming a file does not read it, so the file need not
     * be one the policy lets {@link #load} read.
     */
    default Optional<Path> file(String source) {
        return Optional.empty();
    }

    /** Why a resource could not be had; writers turn it into one warning and go on. */
    class ResourceException extends Exception {
        private static final long serialVersionUID = 1L;

        public ResourceException(String message) {
            super(message);
        }

        public ResourceException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
