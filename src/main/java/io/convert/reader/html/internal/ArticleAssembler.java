package io.convert.reader.html.internal;

import io.convert.lang.Numerals;
import io.convert.lang.PrintedDates;
import io.convert.model.Block;
import io.convert.model.Image;
import io.convert.model.Metadata;
import io.convert.model.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Puts metadata and body together without repeating one in the other: the heading that
 * repeats the title, the standfirst, bylines and dates printed above the text, and the lead
 * image shown again as the first figure.
 */
final class ArticleAssembler {
    /** Bylines and dates sit within the first blocks; later lines that look alike are prose. */
    private static final int HEAD_BLOCKS = 8;
    /**
     * Letters from which a paragraph is the article's prose, not a line of its head (a kicker, a
     * byline, a date, a share row): a heading repeating the title stands above it.
     */
    private static final int MIN_PROSE = 120;
    /** Letters below which a paragraph matching a biography is a name or a job title, said anywhere. */
    private static final int MIN_BIO = 40;

    /* Compiled once: a pattern given as a string to String's replaceAll or replaceFirst is compiled on each call. */
    private static final Pattern AFTER_BAR_OR_DOT = Pattern.compile("\\s*[|•·]\\s*.*$");
    private static final Pattern QUERY_OR_FRAGMENT = Pattern.compile("[?#].*$");
    private static final Pattern EXTENSION = Pattern.compile("\\.[a-z0-9]{2,5}$");
    private static final Pattern SIZE_SUFFIXES =
            Pattern.compile("([-_@](\\d+x\\d*|\\d*x\\d+|\\d+w|scaled|large|medium|small|thumb|\\d+x))+$");
    private static final Pattern PUNCTUATION_OR_SPACE = Pattern.compile("[\\p{P}\\p{S}\\s]+");

    private ArticleAssembler() {
    }

    record Assembled(Metadata metadata, List<Block> blocks) {
    }

    static Assembled assemble(Metadata metadata, List<Block> body, Set<String> bylineTexts, List<String> authorBios,
            boolean extracted) {
        List<Block> blocks = new ArrayList<>(body);
        dropRepeatedTitle(blocks, metadata.title());
        if (extracted) {
            dropRepeatedHead(blocks, metadata, bylineTexts);
            dropAuthorBios(blocks, authorBios);
        }
        Metadata.Builder b = metadata.toBuilder();
        b.leadImage(leadImage(blocks, metadata.leadImage()));
        return new Assembled(b.build(), blocks);
    }

    /**
     * Drops a heading repeating the title (above the article's first paragraph of prose, or any
     * level-1 one), or a first line that does so on pages styling the title without a heading;
     * demotes other level-1 headings. Where the prose starts, not a count of blocks, says what is
     * the head: the lines above the text (kicker, byline, date, share row) are as many as the
     * site makes them.
     */
    private static void dropRepeatedTitle(List<Block> blocks, String title) {
        String t = title == null ? "" : key(title);
        boolean dropped = false;
        if (!blocks.isEmpty() && blocks.get(0) instanceof Block.Paragraph p && !t.isEmpty()
                && key(PlainText.of(p.content())).equals(t)) {
            blocks.remove(0);
            dropped = true;
        }
        boolean prose = false;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Paragraph p) {
                prose |= PlainText.of(p.content()).codePoints().filter(Character::isLetterOrDigit).count() >= MIN_PROSE;
                continue;
            }
            if (!(blocks.get(i) instanceof Block.Heading h)) continue;
            String raw = PlainText.of(h.content()).strip();
            String text = key(raw);
            // A heading ending in a colon introduces what follows it ("TITLE ~ Supply List:"): a part
            // of the article that names its subject, the title again only word for word.
            boolean introduces = raw.endsWith(":") || raw.endsWith("：");
            if (!dropped && !t.isEmpty() && (!prose || h.level() == 1)
                    && (introduces ? text.equals(t) : similar(text, t))) {
                blocks.remove(i--);
                dropped = true;
            } else if (h.level() == 1) {
                blocks.set(i, new Block.Heading(2, h.content(), h.language()));
            }
        }
    }

    private static boolean similar(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        if (a.equals(b)) return true;
        // A heading that is the title less a kicker or plus the site name still repeats it.
        String shorter = a.length() < b.length() ? a : b, longer = a.length() < b.length() ? b : a;
        return longer.contains(shorter) && shorter.length() * 10 >= longer.length() * 7;
    }

    private static void dropRepeatedHead(List<Block> blocks, Metadata m, Set<String> bylineTexts) {
        String subtitle = m.subtitle() == null ? null : key(m.subtitle());
        List<String> bylines = bylineTexts.stream().map(ArticleAssembler::key).toList();
        int limit = Math.min(HEAD_BLOCKS, blocks.size());
        for (int i = 0; i < limit; i++) {
            Block block = blocks.get(i);
            if (!(block instanceof Block.Paragraph p)) continue;
            String raw = PlainText.of(p.content());
            String text = key(raw);
            boolean repeat = text.equals(subtitle) || bylines.contains(text) || isBylineOrDate(raw, m);
            if (repeat) {
                blocks.remove(i--);
                limit--;
            }
        }
    }

    /** A short line that is only a byline naming the article's authors, or only a date. */
    private static boolean isBylineOrDate(String raw, Metadata m) {
        String text = Titles.collapse(raw);
        if (text.length() > 120) return false;
        Bylines.Byline b = Bylines.parse(AFTER_BAR_OR_DOT.matcher(text).replaceAll(""), false);
        if (b != null && !m.authors().isEmpty() && b.authors().stream().anyMatch(m.authors()::contains)) return true;
        if (PrintedDates.find(text) == null) return false;
        String withoutDate = Numerals.ascii(text).replaceAll("[\\d\\s,،:/.\\-–—|]+", " ")
                .replaceAll("(?i)\\b(am|pm|gmt|utc|updated|published|posted|on|at)\\b", " ")
                .replaceAll("[صم]\\b", " ").strip();
        // What is left is a weekday and month name at most.
        return withoutDate.split("\\s+").length <= 4;
    }

    /**
     * Drops paragraphs that are a biography the page's structured data gives for a person it
     * names, or a part of one: the box about the writer printed under the article, whatever it
     * is named. A bio quoted in a longer paragraph is the article's.
     */
    private static void dropAuthorBios(List<Block> blocks, List<String> bios) {
        List<String> keys = bios.stream().map(ArticleAssembler::key).filter(k -> k.length() >= MIN_BIO).toList();
        if (keys.isEmpty()) return;
        blocks.removeIf(block -> block instanceof Block.Paragraph p && isBioPart(key(PlainText.of(p.content())), keys));
    }

    private static boolean isBioPart(String text, List<String> bios) {
        if (text.length() < MIN_BIO) return false;
        for (String bio : bios) {
            if (bio.contains(text) || text.contains(bio) && text.length() * 10 <= bio.length() * 12) return true;
        }
        return false;
    }

    /**
     * The lead image: a figure standing before any prose is the lead (its caption and credit
     * go with it); otherwise the metadata's image, and a body figure showing the same picture
     * is dropped as a repeat.
     */
    private static Metadata.LeadImage leadImage(List<Block> blocks, Metadata.LeadImage declared) {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof Block.Figure f && f.image() != null) {
                if (declared == null || samePicture(f.image(), declared.image()) || i == 0) {
                    blocks.remove(i);
                    return new Metadata.LeadImage(f.image(), f.caption(), f.credit());
                }
                break;
            }
            if (!(block instanceof Block.Heading)) break;
        }
        if (declared == null) return null;
        Metadata.LeadImage lead = declared;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Figure f && f.image() != null && samePicture(f.image(), declared.image())) {
                // The body's copy knows the caption and credit the metadata lacks.
                if (lead.caption().isEmpty() && lead.credit() == null) {
                    lead = new Metadata.LeadImage(declared.image(), f.caption(), f.credit());
                }
                blocks.remove(i--);
            }
        }
        return lead;
    }

    private static boolean samePicture(Image a, Image b) {
        return stem(a.source()).equals(stem(b.source()));
    }

    /** The file name of an image URL without extension, query, and size suffixes like -1024x576. */
    static String stem(String url) {
        String s = QUERY_OR_FRAGMENT.matcher(url.toLowerCase(Locale.ROOT)).replaceFirst("");
        s = s.substring(s.lastIndexOf('/') + 1);
        s = EXTENSION.matcher(s).replaceFirst("");
        return SIZE_SUFFIXES.matcher(s).replaceAll("");
    }

    private static String key(String text) {
        return PUNCTUATION_OR_SPACE.matcher(Hints.normalize(text).toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
