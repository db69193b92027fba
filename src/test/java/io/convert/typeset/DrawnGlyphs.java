package io.convert.typeset;

import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Reads back what a PDF's pages draw, glyph by glyph: the font's name (without subset tag), the
 * code, the glyph's outline in the embedded program (so it can be compared with a font file's
 * glyphs whatever the subset's numbering), origin, size, whether it is visible and its text.
 */
final class DrawnGlyphs {
    record Glyph(String font, int code, String outline, float x, float y, float size, boolean visible, String text) {
        /** Whether the glyph draws no ink where it is visible (a space). */
        boolean blank() {
            return outline.isEmpty() || outline.equals("empty");
        }
    }

    private DrawnGlyphs() {
    }

    static List<Glyph> read(byte[] pdf) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        Map<String, String> outlines = new HashMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper collector = new PDFTextStripper() {
                @Override
                protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
                    String name = font.getName().replaceFirst("^[A-Z]{6}\\+", "");
                    String outline = outlines.get(name + "#" + code);
                    if (outline == null) {
                        outline = outline(font, code);
                        outlines.put(name + "#" + code, outline);
                    }
                    RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
                    glyphs.add(new Glyph(name, code, outline, trm.getTranslateX(), trm.getTranslateY(),
                            trm.getScalingFactorX(), mode != RenderingMode.NEITHER && mode != RenderingMode.NEITHER_CLIP,
                            font.toUnicode(code)));
                }
            };
            collector.getText(doc);
        }
        return glyphs;
    }

    /** The codes (as "font#code") drawn with no Unicode value in their font's ToUnicode map. */
    static List<String> withoutText(byte[] pdf) throws IOException {
        List<String> silent = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            new PDFTextStripper() {
                @Override
                protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
                    if (font.toUnicode(code) == null) silent.add(font.getName().replaceFirst("^[A-Z]{6}\\+", "") + "#" + code);
                }
            }.getText(doc);
        }
        return silent;
    }

    private static String outline(PDFont font, int code) throws IOException {
        if (!(font instanceof PDType0Font t0) || !(t0.getDescendantFont() instanceof PDCIDFontType2 cid)) return "";
        int gid = cid.codeToGID(code);
        TrueTypeFont ttf = cid.getTrueTypeFont();
        return outline(ttf, gid);
    }

    /** A glyph's outline as text (coordinates in font units), equal for equal outlines. */
    static String outline(TrueTypeFont ttf, int gid) throws IOException {
        GlyphData data = ttf.getGlyph().getGlyph(gid);
        if (data == null) return "empty";
        GeneralPath path = data.getPath();
        StringWriter w = new StringWriter();
        float[] c = new float[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            w.append((char) ('a' + type));
            int n = type == PathIterator.SEG_CUBICTO ? 6 : type == PathIterator.SEG_QUADTO ? 4 : type == PathIterator.SEG_CLOSE ? 0 : 2;
            for (int i = 0; i < n; i++) w.append(Integer.toString(Math.round(c[i]))).append(',');
        }
        return w.toString();
    }
}
