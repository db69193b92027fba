package io.convert.typeset;

/** The kind of typeface a run asks for; the font library maps it to a stack of fonts per script. */
public enum FontFamily { SERIF, SANS, MONO }
