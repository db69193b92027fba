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
    private static final Pattern[] WEAK = {
        Pattern.compile("(?m)^ {0,3}(?:[-*+]|\\d{1,9}[.)])[ \\t]+\\S"),
        Pattern.compile("(?U)(?<![*\\w])\\*[^*\\s][^*\\n]*\\*(?![*\\w])|(?<![_\\w])_[^_\\s][^_\\n]*_(?![_\\w])"),
        Pattern.compile("(?m)^ {0,3}>[ \\t]?\\S"),
        Pattern.compile("`[^`\\n]+`"),
    };

    private MarkdownDetector() {
    }

    public static boolean isMarkdown(String text) {
        int strong = 0, weak = 0;
        for (Pattern p : STRONG) if (p.matcher(text).find()) strong++;
        for (Pattern p : WEAK) if (p.matcher(text).find()) weak++;
        return strong >= 2 || strong >= 1 && weak >= 1 || ATX.matcher(text).results().limit(2).count() >= 2;
    }
}
