package io.convert.writer.markup;

import java.util.Arrays;
import java.util.List;

/**
 * The reader-view style sheet shared by the page and the book. It works in both directions
 * (logical properties only, no {@code direction}/{@code unicode-bidi}, which EPUB forbids and
 * the markup's {@code dir} attributes make unnecessary), sizes everything in relative units so
 * a reader's font size setting wins, and puts Arabic typefaces first for Arabic-script text.
 */
public final class Stylesheet {
    private static final String LATIN = "Charter, \"Bitstream Charter\", \"Sitka Text\", Cambria, \"Noto Serif\", "
            + "\"DejaVu Serif\", Georgia, serif";
    private static final String ARABIC = "Amiri, \"Noto Naskh Arabic\", \"Noto Sans Arabic\", \"Geeza Pro\", "
            + "\"Traditional Arabic\", \"Arabic Typesetting\", \"DejaVu Sans\", serif";
    private static final String MONO = "ui-monospace, \"SFMono-Regular\", Menlo, Consolas, \"DejaVu Sans Mono\", "
            + "\"Noto Mono\", monospace";
    /** Elements in an Arabic-script language that still want a Latin or monospace face. */
    private static final String ARABIC_SELECTOR = ":lang(ar):not(pre):not(code), :lang(fa):not(pre):not(code), "
            + ":lang(ur):not(pre):not(code), :lang(ps):not(pre):not(code), :lang(ckb):not(pre):not(code)";

    /**
     * A font packaged with the output.
     *
     * @param family the family name CSS refers to
     * @param href where the file is, relative to the style sheet
     * @param format the CSS {@code format()} hint: {@code truetype} or {@code opentype}
     * @param bold whether this is the bold face
     * @param italic whether this is the italic face
     * @param arabic whether it is meant for Arabic-script text
     */
    public record FontFace(String family, String href, String format, boolean bold, boolean italic, boolean arabic) {
    }

    private Stylesheet() {
    }

    /** The Latin text faces the style sheet asks for, best first. */
    public static List<String> latinFamilies() {
        return families(LATIN);
    }

    /** The Arabic-script text faces the style sheet asks for, best first. */
    public static List<String> arabicFamilies() {
        return families(ARABIC);
    }

    private static List<String> families(String stack) {
        return Arrays.stream(stack.split(",")).map(f -> f.strip().replace("\"", "")).toList();
    }

    /** The style sheet for a book: typography only, the reading system lays out the page. */
    public static String book(List<FontFace> fonts) {
        return fontFaces(fonts) + typography(fonts);
    }

    /** The style sheet for a standalone page: typography, a comfortable measure and a dark scheme. */
    public static String page() {
        return typography(List.of()) + PAGE;
    }

    private static String fontFaces(List<FontFace> fonts) {
        StringBuilder css = new StringBuilder();
        for (FontFace f : fonts) {
            css.append("@font-face {\n  font-family: ").append(quote(f.family()))
                    .append(";\n  src: url(\"").append(f.href()).append("\") format(\"").append(f.format())
                    .append("\");\n  font-weight: ").append(f.bold() ? "bold" : "normal")
                    .append(";\n  font-style: ").append(f.italic() ? "italic" : "normal").append(";\n}\n");
        }
        return css.toString();
    }

    private static String typography(List<FontFace> fonts) {
        return BASE.replace("$ARABIC_SELECTOR", ARABIC_SELECTOR).replace("$LATIN", stack(fonts, false, LATIN))
                .replace("$ARABIC", stack(fonts, true, ARABIC)).replace("$MONO", MONO);
    }

    /** The packaged families of one script first, then the usual system faces. */
    private static String stack(List<FontFace> fonts, boolean arabic, String fallback) {
        StringBuilder stack = new StringBuilder();
        fonts.stream().filter(f -> f.arabic() == arabic).map(FontFace::family).distinct()
                .forEach(family -> stack.append(quote(family)).append(", "));
        return stack.append(fallback).toString();
    }

    private static String quote(String family) {
        return "\"" + Xml.clean(family).replaceAll("[\"\\\\<>]", "") + "\"";
    }

    private static final String BASE = """
            html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
            body { font-family: $LATIN; line-height: 1.6; color: #1a1a1a; background: #fff;
              overflow-wrap: break-word; hyphens: auto; -webkit-hyphens: auto; }
            $ARABIC_SELECTOR { font-family: $ARABIC; line-height: 1.8; hyphens: manual; -webkit-hyphens: manual; }
            h1, h2, h3, h4, h5, h6 { line-height: 1.3; font-weight: bold; margin-block: 1.6em 0.5em;
              break-after: avoid; page-break-after: avoid; text-align: start; }
            h1 { font-size: 1.9em; margin-block-start: 0; }
            h2 { font-size: 1.45em; }
            h3 { font-size: 1.2em; }
            h4 { font-size: 1.05em; }
            h5, h6 { font-size: 1em; }
            p { margin-block: 0 1em; text-align: start; orphans: 2; widows: 2; }
            a { color: #1a5fb4; text-decoration: underline; }
            .title-block { margin-block-end: 1.5em; padding-block-end: 1em; border-block-end: 1px solid #d0d0d0; }
            .title-block h1 { margin-block-end: 0.3em; }
            .subtitle { font-size: 1.2em; line-height: 1.45; color: #444; margin-block-end: 0.6em; }
            .byline, .source { font-size: 0.9em; color: #555; margin-block: 0 0.3em; }
            .source a { color: inherit; }
            figure { margin-block: 1.5em; margin-inline: 0; break-inside: avoid; page-break-inside: avoid; }
            img { max-width: 100%; height: auto; }
            figure img { display: block; margin-inline: auto; }
            figcaption { font-size: 0.875em; line-height: 1.5; color: #555; margin-block-start: 0.5em; text-align: start; }
            .credit { color: #777; font-size: 0.9em; }
            blockquote { margin-block: 1.5em; margin-inline: 0; padding-inline-start: 1em;
              border-inline-start: 0.25em solid #c8c8c8; color: #333; }
            blockquote footer { font-size: 0.9em; color: #555; margin-block-start: 0.5em; }
            cite { font-style: normal; }
            ul, ol { margin-block: 0 1em; margin-inline: 0; padding-inline-start: 1.75em; }
            li { margin-block-end: 0.3em; }
            li > ul, li > ol { margin-block: 0.3em 0; }
            pre, code { font-family: $MONO; }
            pre { font-size: 0.85em; line-height: 1.45; white-space: pre-wrap; text-align: start;
              background: #f4f4f4; padding-block: 0.75em; padding-inline: 1em; margin-block: 0 1em; }
            code { font-size: 0.9em; }
            pre code { font-size: 1em; }
            .table { overflow-x: auto; margin-block: 1.5em; }
            table { border-collapse: collapse; font-size: 0.9em; }
            caption { caption-side: top; text-align: start; font-size: 0.95em; color: #555; padding-block-end: 0.4em; }
            th, td { border: 1px solid #c8c8c8; padding-block: 0.3em; padding-inline: 0.6em; text-align: start;
              vertical-align: top; }
            thead th { background: #f0f0f0; }
            hr { border: 0; border-block-start: 1px solid #c8c8c8; margin-block: 2em; }
            sup, sub { font-size: 0.75em; line-height: 0; }
            """;

    private static final String PAGE = """
            body { font-size: 112.5%; max-width: 38em; margin-block: 0; margin-inline: auto;
              padding-block: 2em 4em; padding-inline: 1.25em; }
            @media (prefers-color-scheme: dark) {
              body { color: #e6e6e6; background: #181818; }
              a { color: #8cb4ff; }
              .subtitle, .byline, .source, figcaption, blockquote, blockquote footer, caption { color: #b8b8b8; }
              .credit { color: #999; }
              pre, thead th { background: #262626; }
              .title-block, blockquote, th, td, hr { border-color: #444; }
            }
            @media print { body { max-width: none; font-size: 11pt; } a { color: inherit; } }
            """;
}
