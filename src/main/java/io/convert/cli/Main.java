package io.convert.cli;

/** Entry point of {@code convert.jar}. */
public final class Main {
    private static final String PICOCLI_EXCLUDES = "picocli.converters.excludes";

    private Main() {
    }

    public static void main(String[] args) {
        // When a command line is built, picocli looks up converters for java.sql and java.time
        // types by reflection: some 90 classes and 50 ms of CPU per run. No option has
        // such a type. A property the user set still wins.
        if (System.getProperty(PICOCLI_EXCLUDES) == null) System.setProperty(PICOCLI_EXCLUDES, "java\\.(sql|time)\\..*");
        QuickCompiler.useForThisRun();
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests and embedding). */
    public static int run(String... args) {
        return ConvertCommand.execute(args);
    }
}
