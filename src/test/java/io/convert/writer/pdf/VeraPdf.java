package io.convert.writer.pdf;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * veraPDF, the reference validator of the PDF Association, run in process on a PDF's bytes:
 * the failed checks of one profile, counted per rule.
 */
public final class VeraPdf {
    /** The two profiles the default output claims. */
    public static final PDFAFlavour UA1 = PDFAFlavour.PDFUA_1;
    public static final PDFAFlavour A2A = PDFAFlavour.PDFA_2_A;

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /**
     * Failed checks per rule ("clause-test: description" to count) of {@code pdf} against
     * {@code profile}; empty when the file conforms. The parser is told the profile, so that
     * a file claiming another part is still judged by the one asked for.
     */
    public static Map<String, Integer> failures(byte[] pdf, PDFAFlavour profile) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), profile);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(profile, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, Integer> failed = new TreeMap<>();
            for (Map.Entry<RuleId, Integer> e : result.getFailedChecks().entrySet()) {
                RuleId id = e.getKey();
                String description = result.getValidationProfile().getRuleByRuleId(id).getDescription();
                failed.put(id.getClause() + "-" + id.getTestNumber() + ": " + description, e.getValue());
            }
            return failed;
        }
    }

    /**
     * Failed checks per rule against both profiles the default output claims, each key prefixed
     * with its profile ("ua1 7.21.7-1: …"); empty when the file conforms to both. Every test of a
     * PDF the suite makes asserts it empty.
     */
    public static Map<String, Integer> claimedFailures(byte[] pdf) throws Exception {
        Map<String, Integer> failed = new TreeMap<>();
        for (PDFAFlavour profile : List.of(UA1, A2A)) {
            failures(pdf, profile).forEach((rule, count) -> failed.put(profile.getId() + " " + rule, count));
        }
        return failed;
    }

    /** Total failed checks of a {@link #failures} map. */
    public static int total(Map<String, Integer> failures) {
        return failures.values().stream().mapToInt(Integer::intValue).sum();
    }
}
