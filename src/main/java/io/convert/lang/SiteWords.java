package io.convert.lang;

import java.util.regex.Pattern;

/**
 * The words a publication's name opens with when a page's title carries it: "قناة" (channel),
 * "صحيفة" (newspaper), "موقع" (site), "خبرگزاری" (news agency), "روزنامہ" (daily) ... in Arabic,
 * Persian and Urdu, where site names rarely share a word with the page's Latin host name.
 */
public final class SiteWords {
    private static final Pattern LEAD = Pattern.compile("^(?:قناة|قناه|صحيفة|صحيفه|جريدة|جريده|موقع|بوابة|بوابه"
            + "|شبكة|شبكه|وكالة|وكاله|مجلة|مجله|راديو|تلفزيون|روزنامه|خبرگزاری|پایگاه|شبکه|سایت|روزنامہ|روزنامۂ"
            + "|ویب سائٹ)(?!\\p{L})");
    /** A site's name is short: longer segments are part of a headline that happens to start so. */
    private static final int MAX_WORDS = 5;

    private SiteWords() {
    }

    /** Whether {@code segment}, a piece of a page's title, reads as the name of a publication. */
    public static boolean namesPublication(String segment) {
        String s = segment.strip();
        return LEAD.matcher(s).find() && s.split("\\s+").length <= MAX_WORDS;
    }
}
