/**
 * The text engine: fonts chosen per character, bidi, shaping, line breaking and justification,
 * with no PDF document in sight; {@link io.convert.typeset.emit} draws its lines into a PDF.
 *
 * <p>{@link io.convert.typeset.FontLibrary} holds the bundled fonts (see {@code fonts/README.md})
 * and the user's; its owner creates it and passes it down, and each face is loaded once per
 * library. {@link io.convert.typeset.DocumentFonts} records which face draws each character of
 * one document. {@link io.convert.typeset.TextEngine#layout} turns styled runs into
 * {@link io.convert.typeset.TextLine}s: the Unicode bidi algorithm (ICU) per paragraph and per
 * line, shaping of every directional run by the JDK's HarfBuzz with the same font bytes as the
 * embedded font (glyph IDs and positions go to the PDF unchanged), UAX #14 line breaking on
 * shaped widths, and inter-word or kashida justification. Font files are parsed with fontbox
 * for their cmap and metrics; that is not PDFBox's document model, which only {@code emit} uses.
 */
package io.convert.typeset;
