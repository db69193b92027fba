package io.convert.lang;

/**
 * Comparison keys for short strings in Arabic and Latin script: lower case, Arabic letter variants
 * folded (alef forms, teh marbuta, alef maksura, Persian yeh and kaf, swash kaf), diacritics and tatweel dropped, digits made ASCII,
 * punctuation and spacing collapsed to one space. Sites spell the same label both ways ("اقرأ أيضاً"
 * / "اقرا ايضا", "Read also:" / "READ ALSO"), and both readers compare labels by these keys.
 */
public final class Keys {
    private Keys() {
    }

    /**
     * The key of {@code text}. Letters are read as code points: a name set in mathematical letters
     * ("𝒩𝓮𝓌𝓈", outside the Basic Multilingual Plane) keeps its letters in the key.
     */
    public static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isDropped(c)) continue;
            c = fold(c);
            if (Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0) out.append(' ');
                out.appendCodePoint(Character.toLowerCase(c));
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    /**
     * Where, in {@code text}, the words that make up {@code keyPrefix} end, when {@code text}'s key
     * opens with it: the index just after its last letter or digit and the marks on it; -1 when it
     * does not open so.
     */
    public static int endOf(String text, String keyPrefix) {
        int k = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isDropped(c)) {
                i += Character.charCount(c);
                continue;
            }
            if (k == keyPrefix.length()) return i;
            i += Character.charCount(c);
            c = fold(c);
            if (!Character.isLetterOrDigit(c)) {
                space = k > 0;
                continue;
            }
            if (space) {
                if (keyPrefix.charAt(k) != ' ') return -1;
                k++;
                space = false;
            }
            if (k == keyPrefix.length() || keyPrefix.codePointAt(k) != Character.toLowerCase(c)) return -1;
            k += Character.charCount(Character.toLowerCase(c));
        }
        return k == keyPrefix.length() ? text.length() : -1;
    }

    /**
     * {@code text} with the letters Arabic script writes two ways folded to one, as in its key, and
     * digits made ASCII; all else, case and marks included, as it is.
     */
    public static String foldLetters(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i), f = fold(c);
            if (f == c) continue;
            if (out == null) out = text.toCharArray();
            out[i] = f;
        }
        return out == null ? text : new String(out);
    }

    private static boolean isDropped(int c) {
        return Character.getType(c) == Character.NON_SPACING_MARK || c == '\u0640';
    }

    private static int fold(int c) {
        return c > Character.MAX_VALUE ? c : fold((char) c);
    }

    private static char fold(char c) {
        return Numerals.ascii(switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ة' -> 'ه';
            case 'ى', 'ی' -> 'ي';
            // Persian keheh: a Persian keyboard's kaf; the swash kaf some sites set for its look ("أبوبڪر").
            case 'ک', 'ڪ' -> 'ك';
            default -> c;
        });
    }
}
