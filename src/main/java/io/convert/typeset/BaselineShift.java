package io.convert.typeset;

/** Vertical placement of a run relative to the line's baseline. */
public enum BaselineShift { NONE, SUPERSCRIPT, SUBSCRIPT }
