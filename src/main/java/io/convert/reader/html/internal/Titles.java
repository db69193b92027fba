package io.convert.reader.html.internal;

import io.convert.lang.Keys;
import io.convert.lang.SiteWords;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Chooses the article's title among those the page gives (JSON-LD headline, og:title,
 * {@code <title>}, its {@code <h1>}s) and cleans the site name out of it: "Title | Site",
 * "Site - Title", "عنوان الخبر - قناة الموقع", in any script.
 */
final class Titles {
    /** What a wrong encoding leaves of a character it cannot write. */
    private static final Pattern LOST_CHARACTER = Pattern.compile("[?\uFFFD]");
    /**
     * A letter of a script written without spaces between words, whose titles are counted in
     * characters: a long run of Arabic or Cyrillic letters is one word, a section's name.
     */
    private static final Pattern UNSPACED = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}"
            + "\\p{IsThai}\\p{IsLao}\\p{IsKhmer}\\p{IsMyanmar}\\p{IsTibetan}]");
    /**
     * A separator between a title's segments: set off by spaces, or, in scripts written without
     * them, a dash or bar right before a CJK site name ("标题-某某网"); not an underscore,
     * which also joins the words of a CJK headline or blog name. Arabic script sets a stretched
     * tatweel apart as a dash ("العنوان ـ الموقع"), and a bar touching its letters is a separator
     * too ("العنوان|الموقع"), where a hyphen is not: it joins a compound ("الأمريكية-الصينية").
     * A full-width bar, which CJK titles set between their segments ("見出し｜サイト名"), is one
     * wherever it stands: no word holds it.
     */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[|\\-–—·•»«/\\\\~ـ]|::)\\s+"
            + "|(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}\\p{IsPunctuation}])[-|](?=[\\p{IsHan}\\p{IsHangul}])"
            + "|(?<=\\p{IsArabic})\\s*\\|\\s*|\\s*\\|\\s*(?=\\p{IsArabic})|\\s*\uff5c\\s*");
    /** A separator before a site's name inside a title: as {@link #SEPARATOR}, or a colon set off by spaces. */
    private static final Pattern NAMED_SEPARATOR = Pattern.compile(SEPARATOR.pattern() + "|\\s+:\\s+");
    private static final Pattern BAR = Pattern.compile("\\s+\\|\\s+");
    /**
     * A separator at a title's start or end with nothing beyond it: a template's slot for the
     * site's or the section's name left empty ("Headline -", "| Headline").
     */
    private static final Pattern DANGLING = Pattern.compile("^(?:[|\\-–—·•~ـ]|::)\\s+|\\s+(?:[|\\-–—·•~ـ]|::)$");
    /** Words beyond which a segment after a bar is more of the headline than a name. */
    private static final int MAX_BAR_AFFIX_WORDS = 3;
    /** Words beyond which a heading is a headline, not a site's name. */
    private static final int MAX_NAME_WORDS = 4;
    private static final Pattern CAPITALS = Pattern.compile("[^\\p{Ll}]*\\p{Lu}[^\\p{Ll}]*\\p{Lu}[^\\p{Ll}]*");
    private static final Pattern HOST_NAME = Pattern.compile("(?:www\\.)?[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,6}");
    private static final Pattern SITE_LABEL = Pattern.compile(
            "([^.]+)(?:\\.(?:co|com|org|net|ac|gov|edu|ne|or|go|gob|nic)\\.[a-z]{2}|\\.[^.]+)$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");
    private static final Pattern ARABIC_SCRIPT = Pattern.compile("\\p{IsArabic}");
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");
    /**
     * White space that {@link Hints#collapseSpaces} keeps: the typographers' fixed-width and narrow
     * spaces; not the ideographic space, a character's width in a CJK title, kept as set.
     */
    private static final Pattern OTHER_SPACE = Pattern.compile("[\\u2000-\\u200a\\u202f\\u205f]");
    /** Marks that set the direction of the text beside them, where a space or an end is on one side. */
    private static final String DIRECTION_MARKS = "[\\u200e\\u200f\\u061c\\u202a-\\u202e\\u2066-\\u2069]+";
    private static final Pattern MARK_BESIDE_SPACE = Pattern.compile(
            "(?<=^|[\\s\\u00a0])" + DIRECTION_MARKS + "|" + DIRECTION_MARKS + "(?=[\\s\\u00a0]|$)");
    /** Longer than this, an {@code <h1>} is a paragraph styled big, not a headline. */
    private static final int MAX_HEADING = 300;
    /**
     * A section's name before a headline: one word and a colon, a few words and a bar or dash, or
     * up to four words set in an element of their own, which the heading's text runs into the
     * headline ("<span class=roofline>Ernährung sichern</span> Schulze: ...").
     */
    private static final Pattern KICKER = Pattern.compile("[\\p{L}\\p{N}]+(?:\\s+[\\p{L}\\p{N}]+){0,3}|[\\p{L}\\p{N}]+\\s*:|[^|\\-–—·»:]{1,40}\\s[|\\-–—·»]");
    /** The colon after a kicker: after a word or a question mark, before a space. */
    private static final Pattern KICKER_COLON = Pattern.compile("(?<=[\\p{L}\\p{N}?!]):\\s+");
    /** Share of words (Dice) from which a heading counts as a rewording of a declared title. */
    private static final double MIN_SHARED_WORDS = 0.5;
    /**
     * The lower share that makes a rewording when the heading shares two words or more and has
     * words of its own: the same story told in the reader's words ("Firmenwagen: Leasing oder
     * Finanzierung?" for "Firmenwagen: Leasen oder Finanzieren? Was lohnt sich?").
     */
    private static final double MIN_SHARED_WORDS_REWORDED = 0.3;

    private Titles() {
    }

    /**
     * The title the page's titles agree on, cleaned of the site name. The sources vote: when two
     * of them (JSON-LD, og:title, {@code <title>} ...) give the same headline, it is kept as the
     * publisher spelled it. Otherwise the {@code <h1>} that is one of the titles without its
     * affixes, or nearly the same words, decides, being the headline the reader sees; else the
     * first declared title. An {@code <h1>} that agrees with no other title (a related story's,
     * the site's logo) wins only as the page's one {@code <h1>} when no title is a headline's length.
     *
     * @param declared titles the publisher declared, best first (JSON-LD, og:title, ...)
     * @param headings the page's {@code <h1>}s, and the element microdata marks as its headline
     * @param linkedAway those of them that are links to other pages
     * @param subheadings its {@code <h2>}s, asked only when no {@code <h1>} is the headline or
     *     shares half its words
     * @param sites names the page gives its site (og:site_name, JSON-LD publisher ...)
     * @param host the page's host name, or null
     */
    static String choose(List<String> declared, String documentTitle, List<String> headings, List<String> linkedAway,
            List<String> subheadings, List<String> sites, String host) {
        Set<String> names = new LinkedHashSet<>();
        for (String s : sites) if (s != null && !s.isBlank()) names.add(s);
        List<String> titles = new ArrayList<>();
        for (String d : declared) {
            if (d != null && !collapse(d).isEmpty() && !isWholeName(d, names)) titles.add(collapse(d));
        }
        String doc = collapse(documentTitle);
        if (!doc.isEmpty()) titles.add(doc);
        names.addAll(sharedAffixes(titles, headings));
        names.addAll(hostNames(titles));
        names.addAll(latinNamesBesideArabic(titles));
        List<String> cleaned = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            // A declared title is cut only at a named site; <title> may also lose an unnamed short
            // affix, and so may a declared title that is <title> word for word, whatever the
            // separators (og:title may set a dash where <title> sets a bar): left whole, it
            // outranked the cleaned <title> and kept a site's name no declared name spells alike
            // ("نجمة الخليج - ..." beside og:site_name "Najmat Al Khaleej").
            boolean guess = !doc.isEmpty()
                    && (i == titles.size() - 1 || squash(titles.get(i)).equals(squash(doc)));
            cleaned.add(clean(titles.get(i), names, host, guess));
        }
        List<String> visible = repaired(withoutBlogNames(visible(headings, names, host), titles), cleaned);
        String heading = agreeingHeading(visible, titles);
        if (heading != null) return inWordsCase(heading, cleaned);
        // A heading retells a declared title as cleaned or whole: a guessed cut may have taken
        // the part of it the heading retells ("Light your desk at night - Lumenkit Arc 3 LED Lamp
        // for Home Offices" under the <h1> "Lumenkit Arc 3 LED Desk Lamp").
        Set<String> retold = new LinkedHashSet<>(cleaned);
        retold.addAll(titles);
        String reworded = rewordedHeading(visible, List.copyOf(retold), false);
        if (reworded != null) return inWordsCase(reworded, cleaned);
        // No <h1> is the headline: a theme that sets each post's title in an <h2>, under the
        // site's name, shows it there. That <h2> is the declared title word for word, which an
        // <h1> retelling it in a third of its words is not: that one may be a related story's,
        // on the same subject, in a ticker or a sidebar above the article.
        String subheading = agreeingHeading(visible(subheadings, names, host), titles);
        if (subheading != null) return inWordsCase(subheading, cleaned);
        // A heading that is a link to another page and retells the title in a third of its words
        // is a related story's on the same subject, in a ticker or a list beside the article.
        List<String> own = new ArrayList<>(headings);
        own.removeAll(linkedAway);
        String retelling = rewordedHeading(repaired(withoutBlogNames(visible(own, names, host), titles), cleaned),
                List.copyOf(retold), true);
        if (retelling != null) return inWordsCase(retelling, cleaned);
        // Before the titles' vote: og:title and <title> agreeing on a page's label ("About Us")
        // say which template made the page, not what its headline is.
        String lone = loneHeadline(visible, cleaned);
        if (lone != null) return lone;
        String agreed = agreed(cleaned);
        if (agreed != null) return agreed;
        String afterKickers = sharedAfterKickers(cleaned);
        if (afterKickers != null) return afterKickers;
        if (!cleaned.isEmpty()) return cleaned.get(0);
        return visible.isEmpty() ? null : visible.get(0);
    }

    /**
     * The headings that may be a headline, without the site's name some set beside it: not
     * empty, not a paragraph set big, not the site's name alone.
     */
    private static List<String> visible(List<String> headings, Set<String> names, String host) {
        List<String> out = new ArrayList<>();
        for (String h : headings) {
            String t = clean(h, names, host, false);
            if (!t.isEmpty() && t.length() <= MAX_HEADING && !isSiteName(t, names, host)) out.add(t);
        }
        return out;
    }

    /**
     * The headings without those that open a title before a colon: a blog platform titles each
     * post "Blog Name: Post title" and sets the blog's name in the page's {@code <h1>}, which,
     * sharing words with the post's title ("Slow Bread" above "Slow bread starter troubleshooting"),
     * would otherwise pass for a rewording of it.
     */
    private static List<String> withoutBlogNames(List<String> headings, List<String> titles) {
        List<String> out = new ArrayList<>();
        for (String h : headings) {
            boolean opensATitle = false;
            for (String t : titles) {
                opensATitle |= t.startsWith(h + ": ") && t.length() > h.length() + 2;
            }
            if (!opensATitle) out.add(h);
        }
        return out;
    }

    /**
     * Headings with characters lost to a wrong encoding ("Beginner? Guide" for "Beginner's
     * Guide", the replacement character for an accented letter) in the spelling of a declared
     * title that reads the same where they are intact: the metadata went another way.
     */
    private static List<String> repaired(List<String> headings, List<String> cleaned) {
        List<String> out = new ArrayList<>(headings.size());
        for (String h : headings) {
            String fixed = h;
            if (h.indexOf('?') >= 0 || h.indexOf('\uFFFD') >= 0) {
                Pattern damaged = Pattern.compile(Arrays.stream(LOST_CHARACTER.split(h, -1)).map(Pattern::quote)
                        .collect(Collectors.joining("\\S{1,2}")));
                for (String c : cleaned) {
                    if (!c.equals(h) && damaged.matcher(c).matches()) {
                        fixed = c;
                        break;
                    }
                }
            }
            out.add(fixed);
        }
        return out;
    }

    /**
     * A headline set in capitals is the page's typography, not the words' spelling: a declared
     * title with the same words in mixed case gives the case back, the whole title when it is
     * the heading word for word, else word by word when it has every word of the heading
     * ("WEEKEND CODING AGENT" under "Weekend Coding Agent | Site", "BEGINNER MARATHON PLAN" under
     * "Marathon Beginner Plan"). The first declared title with the heading's words decides: when
     * it is in capitals too (og:title "KNOTS FOR SAILORS" over the {@code <title>} "Knots for
     * Sailors | Site"), the publisher spelt the headline so.
     */
    private static String inWordsCase(String heading, List<String> cleaned) {
        if (!CAPITALS.matcher(heading).matches()) return heading;
        for (String c : cleaned) {
            if (squash(c).equals(squash(heading))) return CAPITALS.matcher(c).matches() ? heading : c;
        }
        for (String c : cleaned) {
            if (CAPITALS.matcher(c).matches()) continue;
            Map<String, String> spelling = new HashMap<>();
            Matcher w = WORD.matcher(c);
            while (w.find()) spelling.putIfAbsent(w.group().toLowerCase(Locale.ROOT), w.group());
            StringBuilder out = new StringBuilder();
            Matcher h = WORD.matcher(heading);
            boolean all = true;
            while (all && h.find()) {
                String spelt = spelling.get(h.group().toLowerCase(Locale.ROOT));
                all = spelt != null;
                if (all) h.appendReplacement(out, Matcher.quoteReplacement(spelt));
            }
            if (all) return h.appendTail(out).toString();
        }
        return heading;
    }

    /**
     * The page's one {@code <h1>}, when it is a headline's length and no title the page declares
     * is: a template that gives every page the same {@code <title>} ("News", the site's name)
     * leaves the headline to the page itself.
     */
    private static String loneHeadline(List<String> headings, List<String> cleaned) {
        if (headings.size() != 1 || !isEnoughOfATitle(headings.get(0))) return null;
        for (String t : cleaned) if (isEnoughOfATitle(t) || spacedWords(t) > 2) return null;
        return headings.get(0);
    }

    /** The first cleaned title another source gives too, or null. */
    private static String agreed(List<String> cleaned) {
        for (int i = 0; i < cleaned.size(); i++) {
            for (int j = i + 1; j < cleaned.size(); j++) {
                if (squash(cleaned.get(i)).equals(squash(cleaned.get(j)))) return cleaned.get(i);
            }
        }
        return null;
    }

    /**
     * The headline two titles that disagree both end with after a colon, each with a kicker of its
     * own before it ("Previews: Lighthouse Keeper Beta" beside "Storms ahead?: Lighthouse Keeper
     * Beta"): og:title and {@code <title>} each set their own teaser or section before the same
     * headline. Null unless that headline is two words or more.
     */
    private static String sharedAfterKickers(List<String> cleaned) {
        for (int i = 0; i < cleaned.size(); i++) {
            String a = afterKicker(cleaned.get(i));
            if (a == null || spacedWords(a) < 2) continue;
            for (int j = i + 1; j < cleaned.size(); j++) {
                String b = afterKicker(cleaned.get(j));
                if (b != null && squash(a).equals(squash(b))) return a;
            }
        }
        return null;
    }

    /** What follows a title's first colon, or null when it has none. */
    private static String afterKicker(String title) {
        Matcher m = KICKER_COLON.matcher(title);
        return m.find() && m.start() > 0 ? title.substring(m.end()).strip() : null;
    }

    /**
     * The heading that the first title is made of once its affixes are cut: the headline as the
     * reader sees it. Only the first title is asked, as a heading that matches a lesser source
     * only (a {@code <title>} differing from og:title) is as often a section's heading.
     */
    private static String agreeingHeading(List<String> headings, List<String> titles) {
        if (titles.isEmpty()) return null;
        for (String h : headings) if (segmentOf(h, titles.get(0))) return h;
        return null;
    }

    /**
     * The heading that says in other words what a declared title says: most of their words are
     * shared. Publishers word the {@code <title>} and og:title for search engines and social
     * cards ("Best Kettles 2025 - Top Picks") and the headline on the page for its reader; the
     * page's headline is the article's title. A heading sharing half their words is preferred;
     * one sharing a third, two of them at least, still passes. A related story's or the logo's
     * heading shares fewer words with the page's titles, so it does not pass; nor does a heading
     * that is a declared title with a section's name run into it ("Local News | ...", "Blog: ...").
     * Only when {@code retellings} does a heading sharing a third pass: the caller asks for those
     * after an {@code <h2>} that is the declared title word for word. Not one set in capitals: a
     * few of the title's words in capitals are a banner's label ("TRUSTED PAYROLL AUDITS" above
     * a service page), where a retold headline is set in the page's case.
     */
    private static String rewordedHeading(List<String> headings, List<String> cleaned, boolean retellings) {
        String best = null, reworded = null;
        double bestShare = MIN_SHARED_WORDS;
        for (String h : headings) {
            List<String> hw = words(h);
            if (new HashSet<>(hw).size() < 2 || isKickerAndTitle(h, cleaned)) continue;
            for (String c : cleaned) {
                List<String> cw = words(c);
                double share = sharedWords(hw, cw);
                if (share > bestShare || share == bestShare && best == null) {
                    best = h;
                    bestShare = share;
                } else if (retellings && reworded == null && share >= MIN_SHARED_WORDS_REWORDED
                        && isRewording(hw, cw) && !CAPITALS.matcher(h).matches()) {
                    reworded = h;
                }
            }
        }
        return best != null ? best : reworded;
    }

    /**
     * Whether a heading sharing few of a title's words still retells it: it shares two words or
     * more, and has words the title lacks. A heading made only of the title's words, and far
     * fewer of them, is a part of it (a product's or a section's name), not a retelling.
     */
    private static boolean isRewording(List<String> heading, List<String> title) {
        Set<String> shared = new HashSet<>(heading);
        shared.retainAll(new HashSet<>(title));
        return shared.size() >= 2 && !new HashSet<>(title).containsAll(heading);
    }

    /** True when {@code heading} is a declared title with a section's name before it. */
    private static boolean isKickerAndTitle(String heading, List<String> cleaned) {
        String h = withoutSoftHyphens(heading).toLowerCase(Locale.ROOT);
        for (String c : cleaned) {
            String t = withoutSoftHyphens(c).toLowerCase(Locale.ROOT);
            if (t.isEmpty() || h.length() <= t.length() || !h.endsWith(t)) continue;
            if (KICKER.matcher(h.substring(0, h.length() - t.length()).strip()).matches()) return true;
        }
        return false;
    }

    /** The page's text loses the soft hyphens a declared title keeps ("Deutsch\u00adland"). */
    private static String withoutSoftHyphens(String s) {
        return s.replace("\u00ad", "");
    }

    /** Dice's share of the distinct words two titles have in common. */
    private static double sharedWords(List<String> a, List<String> b) {
        Set<String> x = new HashSet<>(a), y = new HashSet<>(b);
        if (x.isEmpty() || y.isEmpty()) return 0;
        int shared = 0;
        for (String w : x) if (y.contains(w)) shared++;
        return 2.0 * shared / (x.size() + y.size());
    }

    /**
     * True when {@code heading} is {@code title}, or {@code title} with segments cut from its
     * ends that are together shorter than the heading: affixes, not a headline beside a logo.
     */
    private static boolean segmentOf(String heading, String title) {
        String h = squash(heading);
        if (h.isEmpty()) return false;
        String t = squash(title);
        if (h.equals(t)) return true;
        String[] segments = SEPARATOR.split(title);
        for (int from = 0; from < segments.length; from++) {
            StringBuilder run = new StringBuilder();
            for (int to = from; to < segments.length; to++) {
                run.append(squash(segments[to]));
                if (run.toString().equals(h)) return h.length() * 2 > t.length();
            }
        }
        return false;
    }

    /** Words in lower case; each character of a script written without spaces is a word of its own. */
    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(loose(s));
        while (m.find()) {
            String w = m.group();
            if (CJK.matcher(w).find()) w.codePoints().forEach(c -> out.add(Character.toString(c)));
            else out.add(w);
        }
        return out;
    }

    /**
     * A first or last segment that two different titles of the page share, such as the site
     * name both og:title and {@code <title>} carry when their headlines differ; not when the
     * page's {@code <h1>} shows whole the one of the two with fewer segments, as then the shared
     * segment is part of the headline ("Cup: Home - Away live" shown, and declared beside
     * "Cup: Home - Away live tonight - Site"). An {@code <h1>} showing the longer one may be a
     * title repeated for screen readers, site name and all.
     */
    private static Set<String> sharedAffixes(List<String> titles, List<String> headings) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> shown = new HashSet<>();
        for (String h : headings) shown.add(squash(h));
        for (int i = 0; i < titles.size(); i++) {
            for (int j = i + 1; j < titles.size(); j++) {
                String[] a = SEPARATOR.split(titles.get(i)), b = SEPARATOR.split(titles.get(j));
                if (a.length < 2 || b.length < 2 || titles.get(i).equals(titles.get(j))) continue;
                if (a.length < b.length && shown.contains(squash(titles.get(i)))
                        || b.length < a.length && shown.contains(squash(titles.get(j)))) {
                    continue;
                }
                // Only titles of different stories share a site name: when one title is the other
                // with one more affix, what they share is the headline.
                String x = squash(titles.get(i)), y = squash(titles.get(j));
                if (x.contains(y) || y.contains(x)) continue;
                String lastA = a[a.length - 1], firstA = a[0];
                if (squash(lastA).equals(squash(b[b.length - 1])) && isAffix(lastA, titles.get(i))
                        && isAffix(lastA, titles.get(j))) {
                    out.add(lastA);
                }
                if (squash(firstA).equals(squash(b[0])) && isAffix(firstA, titles.get(i))
                        && isAffix(firstA, titles.get(j))) {
                    out.add(firstA);
                }
            }
        }
        return out;
    }

    /**
     * Whether a declared title is the site's name word for word: a template that gives every
     * page the site's name as its og:title says nothing of the story, and cut at its separator
     * ("International Rowing Union - IRU") it would leave a fragment of the name as the headline.
     */
    private static boolean isWholeName(String title, Set<String> names) {
        String t = squash(title);
        for (String n : names) if (t.equals(squash(n))) return true;
        return false;
    }

    /** A segment written as a host name ("Example.com") is the site's name. */
    private static Set<String> hostNames(List<String> titles) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : titles) {
            String[] segments = SEPARATOR.split(t);
            if (segments.length < 2) continue;
            for (String segment : segments) {
                if (HOST_NAME.matcher(segment.strip()).matches()) out.add(segment.strip());
            }
        }
        return out;
    }

    /**
     * A first or last segment in Latin letters beside a title in Arabic script is the site's name
     * as its brand is spelt ("عنوان الخبر | Al Sahel"): a headline in Arabic, Persian or Urdu
     * does not end in a run of Latin words set off by a separator.
     */
    private static Set<String> latinNamesBesideArabic(List<String> titles) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : titles) {
            List<int[]> cuts = cuts(t);
            if (cuts.isEmpty()) continue;
            String first = t.substring(0, cuts.get(0)[0]), last = t.substring(cuts.get(cuts.size() - 1)[1]);
            if (isLatinNameBeside(first, t.substring(cuts.get(0)[1]))) out.add(first.strip());
            if (isLatinNameBeside(last, t.substring(0, cuts.get(cuts.size() - 1)[0]))) out.add(last.strip());
        }
        return out;
    }

    private static boolean isLatinNameBeside(String segment, String rest) {
        return LATIN.matcher(segment).find() && !ARABIC_SCRIPT.matcher(segment).find()
                && spacedWords(segment) <= MAX_NAME_WORDS && ARABIC_SCRIPT.matcher(rest).find();
    }

    private static boolean isAffix(String segment, String title) {
        int w = words(segment).size();
        return w * 2 < words(title).size();
    }

    /**
     * {@code title} without the segments naming the site: those matching a site name or the host
     * name, at either end, repeatedly ("Title | Section | Site"). When {@code guess}, also the
     * last segment (or a short first one) when what is left is clearly a title of its own, more
     * than four words: shorter remainders are too often half a title.
     */
    static String clean(String title, Set<String> sites, String host, boolean guess) {
        String whole = DANGLING.matcher(collapse(title)).replaceAll(""), t = whole;
        boolean cut = true, cutLast = false, cutFirst = false;
        // A title names its site once: a name cut at one end does not cut again a segment that
        // is a part of it ("Offshore Wind – Clean Power | Foundation for Offshore Wind").
        Set<String> uncut = new LinkedHashSet<>(sites);
        while (cut) {
            cut = false;
            List<int[]> cuts = cuts(t);
            if (cuts.isEmpty()) return t;
            String first = t.substring(0, cuts.get(0)[0]);
            String last = t.substring(cuts.get(cuts.size() - 1)[1]);
            String withoutLast = t.substring(0, cuts.get(cuts.size() - 1)[0]);
            String withoutFirst = t.substring(cuts.get(0)[1]);
            if (namesSite(last, uncut, host) && !withoutLast.isBlank()) {
                t = withoutLast.strip();
                cut = cutLast = true;
                uncut.removeIf(n -> spells(last, n));
            } else if (namesSite(first, uncut, host) && !withoutFirst.isBlank()) {
                t = withoutFirst.strip();
                cut = cutFirst = true;
                uncut.removeIf(n -> spells(first, n));
            }
        }
        String tail = cutFirst ? afterMiddleName(t, sites, host) : null;
        if (tail != null) return tail;
        if (!t.equals(whole)) return withoutSection(t, cutLast);
        String head = beforeMiddleName(t, sites, host);
        if (head != null) return head;
        if (!guess) return t;
        List<int[]> cuts = cuts(t);
        String first = t.substring(0, cuts.get(0)[0]);
        String withoutLast = t.substring(0, cuts.get(cuts.size() - 1)[0]);
        String withoutFirst = t.substring(cuts.get(0)[1]);
        if (isEnoughOfATitle(withoutLast)) {
            // "Headline | Section | Site": the short segments before the site's go with it.
            for (String rest = withoutBarAffix(withoutLast); rest != null && isEnoughOfATitle(rest); rest = withoutBarAffix(rest)) {
                withoutLast = rest;
            }
            return withoutLast;
        }
        if (isEnoughOfATitle(withoutFirst) && words(first).size() <= 3) return withoutFirst;
        return t;
    }

    /**
     * The headline before a site's name that has more after it: a blog's tagline, or its year
     * ("Headline : Blog Name | Tagline | Since 2005"), which no cut at either end reaches. A spaced
     * colon separates here too, as some blog templates set one between the post's title and the
     * blog's name; elsewhere it stays, being how French sets off a headline's kicker ("Retraites : ...").
     * Null unless a segment inside names the site and a headline's length comes before it.
     */
    private static String beforeMiddleName(String title, Set<String> sites, String host) {
        List<int[]> cuts = cuts(title, NAMED_SEPARATOR);
        for (int i = 0; i + 1 < cuts.size(); i++) {
            String segment = title.substring(cuts.get(i)[1], cuts.get(i + 1)[0]);
            String head = title.substring(0, cuts.get(i)[0]).strip();
            if (namesSite(segment, sites, host) && isEnoughOfATitle(head) && !namesSite(head, sites, host)) return head;
        }
        return null;
    }

    /**
     * The headline after a site's name that has more before it, in a title that opened with the
     * site's name, now cut: the name again in a second script, after a tagline ("خبرگزاری مهر |
     * اخبار ایران و جهان | Mehr News Agency - Headline"), which that cut stops short of. Null
     * unless a segment inside names the site and a headline's length comes after it. A title that
     * opens with its headline ends with the site's name and its tagline ("Headline - Site -
     * Tagline"), where what follows the name is no headline.
     */
    private static String afterMiddleName(String title, Set<String> sites, String host) {
        List<int[]> cuts = cuts(title);
        for (int i = cuts.size() - 1; i > 0; i--) {
            String segment = title.substring(cuts.get(i - 1)[1], cuts.get(i)[0]);
            String tail = title.substring(cuts.get(i)[1]).strip();
            if (namesSite(segment, sites, host) && isEnoughOfATitle(tail) && !namesSite(tail, sites, host)) return tail;
        }
        return null;
    }

    /**
     * {@code title}, cut of a site's name at its end ({@code atEnd}) or start, without the
     * segment of a few words left beside that cut when the headline beyond it is at least twice
     * as long: a section or a series' part goes with the site ("Site » Blog Archive » Headline",
     * "Headline - Part 2 | Site").
     */
    private static String withoutSection(String title, boolean atEnd) {
        List<int[]> cuts = cuts(title);
        if (cuts.isEmpty()) return title;
        int[] cut = atEnd ? cuts.get(cuts.size() - 1) : cuts.get(0);
        String section = atEnd ? title.substring(cut[1]) : title.substring(0, cut[0]);
        String rest = atEnd ? title.substring(0, cut[0]) : title.substring(cut[1]);
        int sectionWords = spacedWords(section);
        boolean isSection = sectionWords <= MAX_BAR_AFFIX_WORDS && spacedWords(rest) >= 2 * sectionWords;
        return isSection ? rest.strip() : title;
    }

    /**
     * {@code title} without its last segment when a bar sets it off and it is a few words, as
     * a site's or a section's name is; else null.
     */
    private static String withoutBarAffix(String title) {
        Matcher m = BAR.matcher(title);
        int at = -1, end = -1;
        while (m.find()) {
            at = m.start();
            end = m.end();
        }
        if (at < 0 || words(title.substring(end)).size() > MAX_BAR_AFFIX_WORDS) return null;
        return title.substring(0, at).strip();
    }

    private static List<int[]> cuts(String t) {
        return cuts(t, SEPARATOR);
    }

    private static List<int[]> cuts(String t, Pattern separator) {
        List<int[]> cuts = new ArrayList<>();
        Matcher m = separator.matcher(t);
        while (m.find()) cuts.add(new int[] {m.start(), m.end()});
        return cuts;
    }

    /**
     * Whether a whole heading is the site's name, as a logo's is: one of the names word for word,
     * however long, or a name's length and naming the site; a headline that holds the site's word
     * ("Business" at business.com) is longer than any name.
     */
    private static boolean isSiteName(String heading, Set<String> sites, String host) {
        return isWholeName(heading, sites) || namesSite(heading, sites, host) && spacedWords(heading) <= MAX_NAME_WORDS;
    }

    private static boolean namesSite(String segment, Set<String> sites, String host) {
        String s = squash(segment);
        if (s.isEmpty()) return false;
        String normalized = Hints.normalize(segment);
        if (SiteWords.namesPublication(normalized)) return true;
        for (String site : sites) if (spells(segment, site)) return true;
        // A name in Arabic script beside a site named in Latin letters shares none of them.
        if (spacedWords(segment) <= MAX_NAME_WORDS) {
            for (String site : sites) if (SiteWords.spellsLatinName(normalized, site)) return true;
            if (host != null && SiteWords.spellsLatinName(normalized, siteLabel(host))) return true;
        }
        if (host != null) {
            // A segment holding the host's label is the site's name only as short as a name: a
            // longer one is a headline that names the product or the blog ("Acme Desk 5 Standing
            // Desk for Small Offices" at acme.com), which cutting would lose.
            String label = squash(siteLabel(host));
            return label.length() >= 3 && (s.contains(label) && spacedWords(segment) <= MAX_NAME_WORDS
                    || label.contains(s) && s.length() >= 4);
        }
        return false;
    }

    /**
     * Whether a segment spells a site's name: the name, a part of it, or the name with a few
     * words more ("Welcome to Name"). A segment holding the name and a headline's length more
     * ("Post title : Blog Name") is the headline with the name run into it, which
     * {@link #beforeMiddleName} cuts.
     */
    private static boolean spells(String segment, String site) {
        String s = squash(segment), n = squash(site);
        return !s.isEmpty() && !n.isEmpty() && (s.equals(n) || s.length() >= 4 && n.contains(s)
                || n.length() >= 4 && s.contains(n) && spacedWords(segment) <= spacedWords(site) + MAX_BAR_AFFIX_WORDS);
    }

    /**
     * The label that names the site in its host: the one before the top-level domain, or before
     * a country's second-level one ("nationalrail" in www.nationalrail.co.uk, not "co").
     */
    private static String siteLabel(String host) {
        Matcher m = SITE_LABEL.matcher(host.toLowerCase(Locale.ROOT));
        return m.find() ? m.group(1) : host;
    }

    private static boolean isEnoughOfATitle(String s) {
        int w = spacedWords(s);
        // Scripts written without spaces count characters instead of words.
        return w > 4 || w == 1 && s.codePointCount(0, s.length()) >= 8 && UNSPACED.matcher(s).find();
    }

    /** Runs of text between spaces: a name in a script written without them is one. */
    private static int spacedWords(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    /**
     * {@code s} with its runs of space as one, thin and narrow ones too ("Headline\u2009—\u2009Site"),
     * and without the direction marks set beside a space or at an end: a right-to-left page puts
     * one before a dash or a bar so it reads in the title's direction ("عنوان \u200f- الموقع"),
     * which would otherwise hide the separator.
     */
    static String collapse(String s) {
        if (s == null) return "";
        return Hints.collapseSpaces(MARK_BESIDE_SPACE.matcher(OTHER_SPACE.matcher(s).replaceAll(" ")).replaceAll(""));
    }

    private static String squash(String s) {
        return NOT_LETTER_OR_DIGIT.matcher(loose(s)).replaceAll("");
    }

    /**
     * {@code s} compared loosely ({@link Hints#normalize}, lower case) with the letters Arabic
     * script writes two ways folded to one: Persian and Arabic yeh and kaf (a Persian page's
     * {@code <title>} typed on an Arabic keyboard, its headline on a Persian one), alef with or
     * without hamza, teh marbuta and heh.
     */
    private static String loose(String s) {
        return Keys.foldLetters(Hints.normalize(s).toLowerCase(Locale.ROOT));
    }
}
