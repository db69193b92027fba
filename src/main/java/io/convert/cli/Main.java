package io.convert.cli;

/** Entry point of {@code convert.jar}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests and embedding). */
    public static int run(String... args) {
        return ConvertCommand.execute(args);
    }
}
