package io.convert.cli;

import io.convert.Batch;
import io.convert.spi.Diagnostics;
import java.io.PrintWriter;

/**
 * Gathers the notes of one input read outside a batch (a book's, or the book itself) and prints
 * them on stderr when asked, as a batch prints an input's.
 */
final class CliDiagnostics implements Diagnostics {
    private final String inputName;
    private final PrintWriter err;
    private final boolean quiet;
    private final boolean verbose;
    private Batch.Notes notes = new Batch.Notes();

    CliDiagnostics(String inputName, PrintWriter err, boolean quiet, boolean verbose) {
        this.inputName = inputName;
        this.err = err;
        this.quiet = quiet;
        this.verbose = verbose;
    }

    String inputName() {
        return inputName;
    }

    @Override
    public synchronized void warn(String message) {
        notes.warn(message);
    }

    @Override
    public synchronized void debug(String message) {
        notes.debug(message);
    }

    /** Prints what was gathered since the last call. */
    synchronized void print() {
        Progress.printNotes(err, inputName, notes.taken(), quiet, verbose);
        notes = new Batch.Notes();
        err.flush();
    }
}
