package io.convert.pdf.text;

/** Vertical placement of a run relative to the line's baseline. */
public enum BaselineShift { NONE, SUPERSCRIPT, SUBSCRIPT }
