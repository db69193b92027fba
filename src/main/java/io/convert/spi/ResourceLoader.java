package io.convert.spi;

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
