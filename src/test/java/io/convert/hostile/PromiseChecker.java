package io.convert.hostile;

import io.convert.cli.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs the real command line on one input file and checks the promises made for every input
 * and every format: exit 0 with a valid output or exit 1 with one error line; never a stack
 * trace; never a partial or temporary file left behind.
 */
final class PromiseChecker {
    private PromiseChecker() {
    }

    /** Returns null when every promise held, else what was broken. */
    static String check(Path input, String format, Path outDir) throws IOException {
        Path output = outDir.resolve(input.getParent().getFileName() + "." + format);
        CliRunner.Result r = CliRunner.runWithInput(new byte[0], Map.of(), input.toString(), "--to", format,
                "-o", output.toString(), "--timeout", "150");
        List<String> errors = r.stderr().lines().filter(l -> !l.startsWith("convert: warning: ")).toList();
        String leftovers = leftovers(outDir);
        if (leftovers != null) return "left " + leftovers + " behind";
        if (r.stderr().contains("\tat ") || r.stderr().contains("Exception")) {
            return "stack trace or exception name on stderr: " + firstLines(r.stderr());
        }
        switch (r.exit()) {
            case 0 -> {
                if (!Files.exists(output)) return "exit 0 without output";
                byte[] data = Files.readAllBytes(output);
                String problem = OutputValidator.problem(format, data);
                if (problem != null) return "invalid " + format + ": " + problem;
                if (!OutputValidator.hasArticleText(format, data)) return "exit 0 with no article text in the " + format;
                if (!errors.isEmpty()) return "exit 0 with an error line: " + errors.get(0);
            }
            case 1 -> {
                if (Files.exists(output)) return "exit 1 but an output file was written";
                if (errors.size() != 1) return "exit 1 needs exactly one error line, got: " + firstLines(r.stderr());
            }
            default -> {
                return "exit " + r.exit() + ": " + firstLines(r.stderr());
            }
        }
        Files.deleteIfExists(output);
        return null;
    }

    /** Exit code only, for inputs whose only acceptable answer is a refusal. */
    static int exitCode(Path input, String format, Path outDir) {
        return CliRunner.run(input.toString(), "--to", format, "-o", outDir.resolve("refused." + format).toString())
                .exit();
    }

    private static String leftovers(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).findFirst().orElse(null);
        }
    }

    private static String firstLines(String s) {
        return s.lines().limit(4).reduce((a, b) -> a + " | " + b).orElse("(nothing)");
    }
}
