package io.convert.reader.text.internal;

import java.util.EnumSet;
import java.util.Set;

/**
 * The rules the scraped-text parser applies; each can be switched off to measure what it is
 * worth (the tests report the score without each).
 */
public enum Rule {
    /** Join lines of a hard-wrapped text into paragraphs. */
    WRAP,
    /** Drop template lines: widgets, teasers, menus, breadcrumbs, copyright, cookies, artefacts. */
    CHROME,
    /** Drop an outlet's disclaimer of what it prints ("the views expressed are the writer's"). */
    DISCLAIMERS,
    /** Drop what a paywall's box prints between its prompts: the offer's selling points, its buttons, its pitch. */
    PAYWALL_BOXES,
    /** Drop a teaser card a copy ran into one line: its kicker, then its headline twice (the link's and the picture's). */
    KICKED_CARDS,
    /** Keep only the densest run of prose (and what belongs to it), not every non-template line. */
    REGION,
    /** Open the text at the byline or the date line when the lines between them and the densest prose go unpunctuated. */
    UNPUNCTUATED_OPENING,
    /**
     * Keep as prose the long unpunctuated lines that read as a ticker of headlines when they stand between two
     * paragraphs, or right over or under one.
     */
    PROSE_AMONG_PARAGRAPHS,
    /** Keep as prose the long unpunctuated lines that read as a ticker of headlines right under the story's byline or date. */
    PROSE_UNDER_HEADER,
    /**
     * Take as the text a copy's last line that stands right under the story's headline (and its byline or date), when
     * above that header the densest prose is one line at most: the copy stopped in its first paragraph.
     */
    LEDE_UNDER_HEADER,
    /** Keep the few unpunctuated words a copy stops at, right under the text's last paragraph. */
    CUT_LAST_WORDS,
    /**
     * Learn the page's own name from its copyright line or its masthead ({@link SiteName}) and take the lines that
     * only name the site for template, wherever the page prints them.
     */
    SITE_NAME,
    /** Take the title (and the site from a title bar) out of the body. */
    TITLE,
    /** Prefer as title the line whose words the article's opening repeats, over a kicker or teaser in the headline's place. */
    ECHO,
    /**
     * Let the learned title model ({@link TitleModel}) replace the rules' title line when it
     * scores another line before the text clearly higher.
     */
    LEARNED_TITLE,
    /** Take bylines and date lines out of the body into the metadata. */
    BYLINE,
    /**
     * Where the rules named no writer, let the learned byline model ({@link BylineModel}) take the
     * writer from the line it finds likeliest to sign the page.
     */
    LEARNED_BYLINE,
    /** Turn short descriptive lines next to an image artefact into figure captions. */
    CAPTION,
    /** Recognise subheadings, lists and quotes. */
    STRUCTURE,
    /**
     * Let the learned heading model ({@link HeadingModel}) undo a subheading of the rules' that it
     * finds unlikely to head a section.
     */
    LEARNED_HEADING;

    public static Set<Rule> all() {
        return EnumSet.allOf(Rule.class);
    }
}
