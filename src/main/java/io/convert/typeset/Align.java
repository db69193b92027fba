package io.convert.typeset;

/** Horizontal alignment of lines inside their measure; START and END follow the base direction. */
public enum Align { START, END, CENTER, JUSTIFY }
