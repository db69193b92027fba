package io.convert.typeset.internal;

import io.convert.typeset.FontFamily;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The font stacks of a library: for each family, weight, slant and script (Arabic or not), the
 * faces to try in order. Immutable; stacks are computed once when the catalog is built.
 */
public final class FontCatalog {
    private final List<FontFace> userFaces;
    private final BundledFonts bundled;
    private final List<List<FontFace>> stacks;

    public FontCatalog(List<FontFace> userFaces, BundledFonts bundled) {
        this.userFaces = List.copyOf(userFaces);
        this.bundled = bundled;
        List<List<FontFace>> all = new ArrayList<>();
        for (FontFamily family : FontFamily.values()) {
            for (int style = 0; style < 4; style++) {
                boolean bold = (style & 1) != 0, italic = (style & 2) != 0;
                for (int script = 0; script < 2; script++) {
                    all.add(build(family, bold, italic, script == 1, bundled));
                }
            }
        }
        this.stacks = Collections.unmodifiableList(all);
    }

    /** The bundled faces behind the user's, shared by every catalog built on them. */
    public BundledFonts bundled() {
        return bundled;
    }

    /** The faces to try, in order, for a character of a script (Arabic or other) in a style. */
    public List<FontFace> stack(FontFamily family, boolean bold, boolean italic, boolean arabic) {
        int style = (bold ? 1 : 0) | (italic ? 2 : 0);
        return stacks.get((family.ordinal() * 4 + style) * 2 + (arabic ? 1 : 0));
    }

    private List<FontFace> build(FontFamily family, boolean bold, boolean italic, boolean arabic, BundledFonts b) {
        Set<FontFace> stack = new LinkedHashSet<>();
        userFaces.stream().filter(f -> styleMatches(f, bold, italic)).forEach(stack::add);
        stack.addAll(userFaces);
        FontFace latin = b.latin(family).pick(bold, italic);
        FontFace arabicFace = b.arabic(family).pick(bold, italic);
        if (arabic) {
            stack.add(arabicFace);
            stack.add(latin);
        } else {
            stack.add(latin);
            stack.add(arabicFace);
        }
        stack.add(b.latin(FontFamily.SANS).pick(bold, italic));
        stack.add(b.arabic(FontFamily.SERIF).pick(bold, italic));
        for (BundledFonts.Variants fallback : b.fallbacks()) stack.add(fallback.pick(bold, italic));
        return List.copyOf(stack);
    }

    private static boolean styleMatches(FontFace f, boolean bold, boolean italic) {
        try {
            return f.bold() == bold && f.italic() == italic;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
