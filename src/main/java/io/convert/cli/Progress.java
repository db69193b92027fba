package io.convert.cli;

import io.convert.Batch;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a run prints on standard error: each input's warnings and its failure together (never
 * interleaved with another input's), and, for more than one input, a status line redrawn in place
 * on a terminal and a summary at the end. Called one call at a time by the batch.
 */
final class Progress implements Batch.Listener {
    /** Redrawing more often than this only costs the terminal time. */
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean quiet;
    private final boolean verbose;
    private final boolean statusLine;
    private final int columns;
    /** The number of inputs, or -1 while a streamed list has not ended. */
    private final int total;
    private final long startNanos = System.nanoTime();
    private int done;
    private int failed;
    private String current = "";
    private long lastDrawn;
    private boolean lineShown;

    /**
     * @param statusLine whether to keep a status line redrawn in place (a terminal)
     * @param total the number of inputs, or -1 when not known ahead
     */
    Progress(PrintWriter err, boolean quiet, boolean verbose, boolean statusLine, int columns, int total) {
        this.err = err;
        this.quiet = quiet;
        this.verbose = verbose;
        this.statusLine = statusLine && !quiet && total != 1;
        this.columns = Math.max(columns, 20);
        this.total = total;
    }

    @Override
    public void started(long index, String name) {
        current = name;
        redraw(false);
    }

    @Override
    public void finished(Batch.Outcome outcome) {
        done++;
        if (!outcome.ok()) failed++;
        boolean hasLines = !outcome.ok() || outcome.notes().stream().anyMatch(n -> shown(n, quiet, verbose));
        if (hasLines) {
            clearLine();
            printNotes(err, outcome.name(), outcome.notes(), quiet, verbose);
            if (!outcome.ok()) {
                err.println("convert: " + outcome.name() + ": " + outcome.message());
                if (verbose && outcome.cause() != null) outcome.cause().printStackTrace(err);
            }
        }
        redraw(hasLines);
        err.flush();
    }

    /** The last line of a run of more than one input (none with --quiet). */
    void summary(Batch.Summary summary) {
        clearLine();
        if (!quiet && summary.converted() + summary.failed() + summary.skipped() > 1) {
            err.printf(Locale.ROOT, "convert: %d converted, %d failed, %d skipped in %.1f s%n", summary.converted(),
                    summary.failed(), summary.skipped(), summary.time().toMillis() / 1000.0);
        }
        err.flush();
    }

    private void redraw(boolean now) {
        if (!statusLine) return;
        long t = System.nanoTime();
        if (!now && lineShown && t - lastDrawn < REDRAW_NANOS) return;
        lastDrawn = t;
        Duration elapsed = Duration.ofNanos(t - startNanos);
        StringBuilder line = new StringBuilder();
        line.append('[').append(done).append('/').append(total < 0 ? "?" : String.valueOf(total)).append("] ");
        if (failed > 0) line.append(failed).append(" failed, ");
        line.append(clock(elapsed));
        if (total > 0 && done > 0 && done < total) {
            line.append(", ~").append(clock(elapsed.multipliedBy(total - done).dividedBy(done))).append(" left");
        }
        line.append("  ");
        // The end of a long path names the input; the line must fit, or the terminal wraps it and \r
        // no longer returns to its start.
        int room = columns - 1 - line.length();
        if (room > 1) {
            line.append(current.length() <= room ? current : "…" + current.substring(current.length() - room + 1));
        }
        // \r back to the start, the line, then erase what a longer previous line left.
        err.print("\r" + line + "\u001b[K");
        err.flush();
        lineShown = true;
    }

    private void clearLine() {
        if (!lineShown) return;
        err.print("\r\u001b[K");
        lineShown = false;
    }

    private static String clock(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /**
     * Prints an input's notes: its warnings unless {@code quiet}, its details only when
     * {@code verbose}, warnings that say the same of different things as one line.
     */
    static void printNotes(PrintWriter err, String name, List<Batch.Note> notes, boolean quiet, boolean verbose) {
        for (Batch.Note note : collapsed(notes)) {
            if (shown(note, quiet, verbose)) err.println(noteLine(name, note.warning(), note.message()));
        }
    }

    /** Whether a note is printed: a warning unless {@code quiet}, a detail only when {@code verbose}. */
    private static boolean shown(Batch.Note note, boolean quiet, boolean verbose) {
        return note.warning() ? !quiet : verbose;
    }

    /**
     * An input's notes as they are printed: warnings that say the same of different things
     * ("image left out: URL: network access is off", once for each picture of a saved page)
     * become one line naming the first and counting the others, so thirty of them do not bury
     * the line that matters.
     */
    static List<Batch.Note> collapsed(List<Batch.Note> notes) {
        Map<String, Integer> counts = new HashMap<>();
        for (Batch.Note note : notes) {
            String key = sameSayingKey(note);
            if (key != null) counts.merge(key, 1, Integer::sum);
        }
        List<Batch.Note> out = new ArrayList<>(notes.size());
        Set<String> printed = new HashSet<>();
        for (Batch.Note note : notes) {
            String key = sameSayingKey(note);
            if (key != null && !printed.add(key)) continue;
            int others = key == null ? 0 : counts.get(key) - 1;
            if (others == 0) {
                out.add(note);
                continue;
            }
            String m = note.message();
            int last = m.lastIndexOf(": ");
            out.add(new Batch.Note(true, m.substring(0, last) + " and " + others + " more" + m.substring(last)));
        }
        return out;
    }

    /**
     * What a warning "WHAT: SUBJECT: WHY" says whatever its subject (its first and last parts),
     * or null for a note of another shape.
     */
    private static String sameSayingKey(Batch.Note note) {
        String m = note.message();
        int first = m.indexOf(": "), last = m.lastIndexOf(": ");
        return note.warning() && first >= 0 && last > first ? m.substring(0, first) + "\n" + m.substring(last) : null;
    }

    /**
     * How a warning, or a note shown with --verbose, about one input reads on standard error. A
     * warning may quote the input (an unresolvable reference, a bad attribute); its line breaks
     * and control characters must not split it into lines a script would read as errors.
     */
    static String noteLine(String name, boolean warning, String message) {
        return warning ? "convert: warning: " + name + ": " + oneLine(message) : "convert: " + name + ": " + message;
    }

    private static String oneLine(String message) {
        String flat = message.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
