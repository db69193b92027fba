package io.convert.typeset;

/**
 * Vertical placement of a run relative to the line's baseline. A shifted run is set smaller
 * ({@link #size}) and raised or lowered ({@link #rise}), both as fractions of its style's size.
 * They are fields rather than a test of the shift where they are used: glyph drawing asks for
 * them per segment, and a branch that the first documents of a batch never took (no superscript
 * yet) made the JIT throw away and recompile its biggest methods when one came.
 */
public enum BaselineShift {
    NONE(1f, 0f), SUPERSCRIPT(0.7f, 0.33f), SUBSCRIPT(0.7f, -0.2f);

    /** The size of the glyphs, as a fraction of the style's size. */
    public final float size;
    /** How far the baseline is raised (negative: lowered), as a fraction of the style's size. */
    public final float rise;

    BaselineShift(float size, float rise) {
        this.size = size;
        this.rise = rise;
    }
}
