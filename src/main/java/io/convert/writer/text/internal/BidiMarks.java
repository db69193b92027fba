package io.convert.writer.text.internal;

import io.convert.model.Direction;

/**
 * Plain-text viewers give each line the direction of its first strong letter (the Unicode
 * bidi algorithm's default). A line of an Arabic article that opens with a Latin name or a
 * number would then be laid out left to right; an invisible RLM (or LRM in left-to-right text)
 * in front of it gives the line the direction of the text it belongs to.
 */
final class BidiMarks {
    private static final String RLM = "\u200F";
    private static final String LRM = "\u200E";

    private BidiMarks() {
    }

    static String leading(Line line) {
        if (line.direction() == null || line.text().isEmpty()) return "";
        Direction first = firstStrong(line.text());
        if (line.direction() == Direction.RTL && first != Direction.RTL) return RLM;
        if (line.direction() == Direction.LTR && first == Direction.RTL) return LRM;
        return "";
    }

    private static Direction firstStrong(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            byte bidi = Character.getDirectionality(cp);
            if (bidi == Character.DIRECTIONALITY_LEFT_TO_RIGHT) return Direction.LTR;
            if (bidi == Character.DIRECTIONALITY_RIGHT_TO_LEFT || bidi == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return Direction.RTL;
            }
            i += Character.charCount(cp);
        }
        return null;
    }
}
