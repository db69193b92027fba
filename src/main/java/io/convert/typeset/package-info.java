/**
 * The PDF text engine: fonts, bidi, shaping, line breaking, justification and glyph runs with a
 * text layer that copies back.
 *
 * <p>{@link io.convert.typeset.FontLibrary} holds the bundled fonts (see {@code fonts/README.md})
 * and the user's; {@link io.convert.typeset.DocumentFonts} embeds what one document uses as
 * subset Type 0 fonts. {@link io.convert.typeset.TextEngine#layout} turns styled runs into
 * {@link io.convert.typeset.TextLine}s: the Unicode bidi algorithm (ICU) per paragraph and per
 * line, shaping of every directional run by the JDK's HarfBuzz with the same font bytes as the
 * embedded font (glyph IDs and positions go to the PDF unchanged), UAX #14 line breaking on
 * shaped widths, and inter-word or kashida justification. {@link io.convert.typeset.TextLine#draw}
 * writes the glyphs into a {@link io.convert.typeset.GlyphContentStream}.
 *
 * <p>The text layer is arranged so that pdftotext and PDFBox both extract the words in logical
 * order: each shaping cluster's text rides on one glyph drawn on the baseline with a PDF width
 * equal to its shaped advance; marks, connectors and offset glyphs are drawn afterwards and copy
 * back as nothing; multi-character clusters (ligatures) get invisible one-character carriers;
 * bidi marks pin neutral characters to their displayed direction. See
 * {@code internal.GlyphWriter} for what was measured.
 */
package io.convert.typeset;
