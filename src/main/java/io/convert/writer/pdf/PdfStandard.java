package io.convert.writer.pdf;

import java.util.Locale;

/**
 * The standards a PDF claims and is made to meet. Tagged output (a structure tree in reading
 * order, artifacts, alternative texts, languages) comes with PDF/UA and with PDF/A level A;
 * every PDF/A output also carries the sRGB output intent and its identification in XMP.
 */
public enum PdfStandard {
    /** PDF/UA-1 and PDF/A-2a in one file: accessible and archival. */
    UA1_A2A("ua-1+a-2a", 2, "A", true),
    /** PDF/A-2u: archival with a Unicode text layer, untagged (smaller, a little faster). */
    A2U("a-2u", 2, "U", false),
    /** PDF/A-3a: as PDF/A-2a, for archives that ask for part 3. */
    A3A("a-3a", 3, "A", false),
    /** No claim: the untagged PDF of earlier versions. */
    NONE("none", 0, null, false);

    private final String name;
    private final int pdfaPart;
    private final String pdfaConformance;
    private final boolean ua;

    PdfStandard(String name, int pdfaPart, String pdfaConformance, boolean ua) {
        this.name = name;
        this.pdfaPart = pdfaPart;
        this.pdfaConformance = pdfaConformance;
        this.ua = ua;
    }

    /** The PDF/A part (2 or 3), 0 for none. */
    public int pdfaPart() {
        return pdfaPart;
    }

    /** The PDF/A conformance level ("A" or "U"), null for none. */
    public String pdfaConformance() {
        return pdfaConformance;
    }

    /** True when the file claims PDF/UA-1. */
    public boolean ua() {
        return ua;
    }

    /** True when the file gets a structure tree and marked content. */
    public boolean tagged() {
        return ua || "A".equals(pdfaConformance);
    }

    @Override
    public String toString() {
        return name;
    }

    /** One of the names above, in any case. */
    public static PdfStandard parse(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        for (PdfStandard s : values()) {
            if (s.name.equals(v)) return s;
        }
        throw new IllegalArgumentException("takes ua-1+a-2a, a-2u, a-3a or none, not '" + value + "'");
    }
}
