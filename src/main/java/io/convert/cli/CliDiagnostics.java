package io.convert.cli;

import io.convert.spi.Diagnostics;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.Set;

/** Prints warnings for one input read outside a batch (a book's) on stderr, each distinct message once. */
final class CliDiagnostics implements Diagnostics {
    private final String inputName;
    private final PrintWriter err;
    private final boolean quiet;
    private final boolean verbose;
    private final Set<String> seen = new HashSet<>();

    CliDiagnostics(String inputName, PrintWriter err, boolean quiet, boolean verbose) {
        this.inputName = inputName;
        this.err = err;
        this.quiet = quiet;
        this.verbose = verbose;
    }

    @Override
    public synchronized void warn(String message) {
        if (quiet || !seen.add(message)) return;
        err.println(Progress.noteLine(inputName, true, message));
        err.flush();
    }

    @Override
    public synchronized void debug(String message) {
        if (!verbose) return;
        err.println(Progress.noteLine(inputName, false, message));
        err.flush();
    }
}
