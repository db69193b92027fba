package io.convert.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every family of broken and hostile input, through every output format. */
class HostileInputTest {
    static final List<String> FORMATS = List.of("md", "json", "txt", "html", "epub", "pdf");

    @TempDir
    static Path dir;

    @TestFactory
    List<DynamicTest> everyFamilyThroughEveryFormat() throws IOException {
        Path outDir = Files.createDirectories(dir.resolve("out"));
        List<DynamicTest> tests = new ArrayList<>();
        List<HostileInputs.Case> cases = new ArrayList<>();
        cases.addAll(HostileInputs.brokenHtml());
        cases.addAll(HostileInputs.badText());
        cases.addAll(HostileInputs.encodings());
        cases.addAll(HostileInputs.unicodeStress());
        cases.addAll(HostileInputs.images());
        cases.addAll(HostileInputs.tables());
        cases.addAll(HostileInputs.hugeInputs());
        cases.addAll(HostileInputs.fuzzRegressions());
        int n = 0;
        for (HostileInputs.Case c : cases) {
            Path input = place(c, n++);
            for (String format : FORMATS) {
                tests.add(dynamicTest(c.family() + " → " + format,
                        () -> assertNull(PromiseChecker.check(input, format, outDir))));
            }
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> filesThatAreNotDocumentsAreRefused() throws IOException {
        Path outDir = Files.createDirectories(dir.resolve("refused"));
        List<DynamicTest> tests = new ArrayList<>();
        int n = 1000;
        for (HostileInputs.Case c : HostileInputs.notDocuments()) {
            Path input = place(c, n++);
            for (String format : List.of("md", "pdf")) {
                tests.add(dynamicTest(c.family() + " → " + format, () -> {
                    assertEquals(1, PromiseChecker.exitCode(input, format, outDir));
                    assertNull(PromiseChecker.check(input, format, outDir));
                }));
            }
        }
        return tests;
    }

    static Path place(HostileInputs.Case c, int n) throws IOException {
        Path caseDir = Files.createDirectories(dir.resolve("case" + n));
        for (Map.Entry<String, byte[]> e : c.neighbours().entrySet()) Files.write(caseDir.resolve(e.getKey()), e.getValue());
        return Files.write(caseDir.resolve(c.fileName()), c.data());
    }
}
