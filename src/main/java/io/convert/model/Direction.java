package io.convert.model;

import java.util.Locale;

/** Base direction of a text: left-to-right or right-to-left. */
public enum Direction {
    LTR, RTL;

    /** The HTML/CSS spelling: {@code ltr} or {@code rtl}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code ltr}/{@code rtl} in any case; anything else gives null. */
    public static Direction fromCode(String code) {
        if (code == null) return null;
        return switch (code.trim().toLowerCase(Locale.ROOT)) {
            case "ltr" -> LTR;
            case "rtl" -> RTL;
            default -> null;
        };
    }
}
