package io.convert.cli;

import io.convert.Converter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs the real command line in-process with captured streams. */
public final class CliRunner {
    private static final Converter CONVERTER = Converter.create();

    public record Result(int exit, byte[] stdout, String stderr) {
        public String out() {
            return new String(stdout, StandardCharsets.UTF_8);
        }
    }

    public static Result run(String... args) {
        return runWithInput(new byte[0], Map.of(), args);
    }

    public static Result runWithInput(byte[] stdin, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = ConvertCommand.execute(CONVERTER, env, new ByteArrayInputStream(stdin), o, e, args);
        }
        return new Result(exit, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    private CliRunner() {
    }
}
