package io.convert.cli;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps a command-line run on HotSpot's quick (C1) compiler. A conversion is over in about a
 * second; the optimising compiler (C2) spends most of that second's CPU compiling code the run
 * then hardly uses, on the core the conversion needs (the seed to PDF: 2.1 s of CPU with it,
 * 1.7 s without). The launcher turns it off with flags; a plain {@code java -jar} cannot carry
 * flags, so the entry point adds a compiler directive excluding C2, through the diagnostic
 * command HotSpot gives {@code jcmd}. The jar's manifest opens the package that command lives in
 * ({@code Add-Opens}, honoured for {@code java -jar} only).
 *
 * <p>Only the entry point does this: a library must not reconfigure its host's JVM. A compiler
 * choice made with flags ({@code -XX:TieredStopAtLevel}, {@code -XX:-TieredCompilation}, a JVMCI
 * compiler) is left alone, so {@code -XX:TieredStopAtLevel=4} keeps C2.
 * Any other JVM, or a run where the package is not opened, simply keeps its compilers.
 */
final class QuickCompiler {
    private static final String DIRECTIVE = "[{match: \"*.*\", c2: {Exclude: true}}]";

    private QuickCompiler() {
    }

    static void useForThisRun() {
        Path file = null;
        try {
            // Loads the native library behind the diagnostic commands.
            Class.forName("com.sun.management.internal.PlatformMBeanProviderImpl");
            Class<?> commands = Class.forName("com.sun.management.internal.DiagnosticCommandImpl");
            Method instance = commands.getDeclaredMethod("getDiagnosticCommandMBean");
            Method execute = commands.getDeclaredMethod("executeDiagnosticCommand", String.class);
            instance.setAccessible(true);
            execute.setAccessible(true);
            Object vm = instance.invoke(null);
            if (compilerChosenByFlags((String) execute.invoke(vm, "VM.flags"))) return;
            // The command reads the directive from a file. Named by the process id and created
            // new (never through a link someone left there), it is this run's own.
            Path named = Path.of(System.getProperty("java.io.tmpdir"),
                    "convert-jit-".concat(Long.toString(ProcessHandle.current().pid())).concat(".json"));
            Files.writeString(named, DIRECTIVE, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            file = named;
            execute.invoke(vm, "Compiler.directives_add ".concat(file.toString()));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError | IOException e) {
            // Not HotSpot, the package not opened, no temporary folder: the JVM's compilers stay.
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // A directive file of a few bytes left in the temporary folder.
                }
            }
        }
    }

    static boolean compilerChosenByFlags(String flags) {
        return flags.contains("TieredStopAtLevel") || flags.contains("-TieredCompilation")
                || flags.contains("+UseJVMCICompiler");
    }
}
