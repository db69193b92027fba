package io.convert.reader.text.internal;

import java.util.regex.Pattern;

/**
 * Tells text that is written in Markdown from text that merely has a few bullets or a quoted
 * line: it needs Markdown's own syntax (ATX headings, inline links, fenced code, {@code **strong**},
 * {@code ===} underlines, link definitions), twice or with a lighter sign (lists, emphasis,
 * {@code >} quotes, inline code). Emphasis stands between words, not inside one, in any script: the
 * underscores of an Arabic hashtag ("#كلمة_أخرى_ثالثة") are no emphasis.
 */
public final class MarkdownDetector {
    private static final Pattern[] STRONG = {
        Pattern.compile("(?m)^ {0,3}#{1,6}[ \\t]+\\S"),
        Pattern.compile("!?\\[[^\\]\\n]+\\]\\((?:[^()\\s]+|<[^>\\n]+>)(?:\\s+\"[^\"\\n]*\")?\\)"),
        Pattern.compile("(?m)^ {0,3}(?:```|~~~)"),
        Pattern.compile("(?U)(?<![*\\w])\\*\\*[^*\\s][^*\\n]*\\*\\*(?![*\\w])|(?<![_\\w])__[^_\\s][^_\\n]*__(?![_\\w])"),
        Pattern.compile("(?m)^\\S.*\\n {0,3}=+[ \\t]*$"),
        Pattern.compile("(?m)^ {0,3}\\[[^\\]\\n]+\\]:[ \\t]+\\S+"),
    };
    private static final Pattern ATX = STRONG[0];
    /**
     * What each strong sign cannot be written without ("#", "](", a fence, a doubled star or
     * underscore, "=", "]:"): a text that has none of a sign's strings is not searched for it,
     * which spares most plain text, never marked up, every search.
     */
    private static final String[][] STRONG_NEEDS = {{"#"}, {"]("}, {"```", "~~~"}, {"**", "__"}, {"="}, {"]:"}};
    private static final Pattern[] WEAK = {
        Pattern.compile("(?m)^ {0,3}(?:[-*+]|\\d{1,9}[.)])[ \\t]+\\S"),
        Pattern.compile("(?U)(?<![*\\w])\\*[^*\\s][^*\\n]*\\*(?![*\\w])|(?<![_\\w])_[^_\\s][^_\\n]*_(?![_\\w])"),
        Pattern.compile("(?m)^ {0,3}>[ \\t]?\\S"),
        Pattern.compile("`[^`\\n]+`"),
    };

    private MarkdownDetector() {
    }

    public static boolean isMarkdown(String text) {
        int strong = 0;
        for (int i = 0; i < STRONG.length; i++) {
            if (holdsAny(text, STRONG_NEEDS[i]) && STRONG[i].matcher(text).find()) strong++;
        }
        // Two ATX headings are two strong signs, so without any the answer is no; with two, yes.
        if (strong != 1) return strong >= 2;
        for (Pattern p : WEAK) if (p.matcher(text).find()) return true;
        return ATX.matcher(text).results().limit(2).count() >= 2;
    }

    private static boolean holdsAny(String text, String[] needs) {
        for (String need : needs) if (text.contains(need)) return true;
        return false;
    }
}
