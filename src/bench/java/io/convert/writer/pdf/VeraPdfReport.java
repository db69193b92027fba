package io.convert.writer.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Prints veraPDF's failed checks per rule, for PDF/UA-1 and PDF/A-2A, of each PDF named on the
 * command line: the numbers the accessibility and archiving work is measured by.
 */
public final class VeraPdfReport {
    private VeraPdfReport() {
    }

    public static void main(String[] args) throws Exception {
        for (String name : args) {
            byte[] pdf = Files.readAllBytes(Path.of(name));
            for (PDFAFlavour profile : List.of(VeraPdf.UA1, VeraPdf.A2A)) {
                Map<String, Integer> failed = VeraPdf.failures(pdf, profile);
                System.out.printf("%s %s: %d failed checks, %d rules%n", name, profile.getId(), VeraPdf.total(failed),
                        failed.size());
                failed.forEach((rule, n) -> System.out.printf("  %4d  %s%n", n, rule));
            }
        }
    }
}
