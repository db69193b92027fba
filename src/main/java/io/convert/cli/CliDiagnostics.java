package io.convert.cli;

import io.convert.Batch;
import io.convert.spi.Diagnostics;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Gathers the warnings of one input read outside a batch (a book's, or the book itself), each
 * distinct message once, and prints them on stderr when asked, as a batch prints an input's.
 */
final class CliDiagnostics implements Diagnostics {
    private final String inputName;
    private final PrintWriter err;
    private final boolean quiet;
    private final boolean verbose;
    private final Set<Batch.Note> notes = new LinkedHashSet<>();

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
        if (!quiet) notes.add(new Batch.Note(true, message));
    }

    @Override
    public synchronized void debug(String message) {
        if (verbose) notes.add(new Batch.Note(false, message));
    }

    /** Prints what was gathered since the last call, warnings that say the same as one line. */
    synchronized void print() {
        for (Batch.Note note : Progress.collapsed(new ArrayList<>(notes))) {
            err.println(Progress.noteLine(inputName, note.warning(), note.message()));
        }
        notes.clear();
        err.flush();
    }
}
