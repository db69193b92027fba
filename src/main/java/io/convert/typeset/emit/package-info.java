/**
 * PDF emission of laid-out text, the only part of the engine that uses PDFBox's document model:
 * {@link io.convert.typeset.emit.EmbeddedFonts} embeds what one document draws as subset Type 0
 * fonts with ToUnicode maps, and {@link io.convert.typeset.emit.GlyphContentStream#draw} writes a
 * {@link io.convert.typeset.TextLine}'s glyphs into a page.
 *
 * <p>The text layer is arranged so that pdftotext and PDFBox both extract the words in logical
 * order: each shaping cluster's text rides on one glyph drawn on the baseline with a PDF width
 * equal to its shaped advance; marks, connectors and offset glyphs are drawn afterwards and copy
 * back as spaces that the extractors drop, as repeats of invisible spaces shown before them;
 * multi-character clusters (ligatures) get one-character carriers, the visible glyph carrying
 * one of them where that can be arranged, invisible glyphs the others; bidi marks pin neutral
 * characters to their displayed direction. See {@code GlyphWriter} for what was measured.
 */
package io.convert.typeset.emit;
