package io.convert.lang;

/**
 * The words a picture's credit is written with: the label before the name ("Photo:", "Credit:",
 * "Foto:", "الصورة:", "تصوير") and the stock libraries named after a photographer ("NAME/Getty
 * Images"). Pages read as HTML and pages copied as text credit pictures the same way, and each
 * reader builds the shapes it looks for (a line, a tail after a bar, a bracket) from these words.
 */
public final class PictureCredits {
    /**
     * A credit's label in the singular, as a regular-expression alternation (case-insensitive
     * matching is the caller's, and so is a plural: "Photos:" labels a credit, "credits/year" does not).
     */
    public static final String LABEL = "(?:photo|photograph|picture|image|illustration|credit|crédit|foto|fotografía|bild"
            + "|imagen|zdjęcie|صورة|الصورة|تصوير|بورتريه)";
    /** The stock libraries and photo services credited after a photographer's name, as an alternation. */
    public static final String STOCK = "(?:getty images|shutterstock|istock(?:photo)?|unsplash)";

    private PictureCredits() {
    }
}
