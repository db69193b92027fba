package io.convert.lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The labels that send a reader to other articles: a pointer to one ("Read also: HEADLINE",
 * "اقرأ أيضا", "Lire aussi", "Le puede interesar", "相关阅读") or the heading of a list of them
 * ("Related stories", "الأكثر قراءة", "Les plus lus"). Pages copied as text and pages read as HTML use the
 * same labels, so both readers learn them here: a label found on one kind of input serves the other.
 * Labels are compared by their {@link Keys keys}.
 */
public final class TeaserWords {
    private static final List<String> LABELS = List.of(
            // English
            "read also", "also read", "read more", "read next", "see also", "more from", "more on", "more on this",
            "more on this story", "more on this topic", "related", "related article", "related articles", "related story",
            "related stories", "related news", "related post", "related posts", "related content", "related coverage",
            "related reading", "recommended", "recommended reading", "recommended for you", "recommended stories",
            "must read", "don't miss", "you may like", "you may also like", "you might like", "you might also like",
            "you may be interested in", "you may also be interested in", "you might be interested in",
            "you might also be interested in", "most read", "most popular", "most viewed", "most shared", "popular", "latest news",
            "latest stories", "more stories", "more news", "top stories", "editor's picks", "editors picks", "editor's choice",
            "trending", "trending now", "in other news", "other stories", "more headlines", "further reading",
            "what to read next", "previous post", "next post", "previous article", "next article", "recent posts",
            "recent articles", "recent stories", "latest posts", "popular posts", "explore more", "more to explore",
            "read this next", "also in the news", "you'll also love", "you will also love", "recommended posts", "more related posts",
            "recent blogs", "latest articles", "check also",
            // French
            "à lire aussi", "a lire aussi", "à lire également", "a lire également", "lire aussi", "lire également",
            "voir aussi", "à voir", "a voir", "à voir aussi", "a voir aussi", "sur le même sujet", "sur le même thème",
            "articles similaires", "dans la même rubrique", "dans la même catégorie", "les plus lus", "les plus populaires",
            "articles liés", "à la une", "dernières infos", "derniers articles", "derniers articles publiés",
            "articles récents", "recommandé pour vous", "recommandés pour vous", "articles recommandés",
            "vous aimerez aussi", "vous aimerez peut-être", "vous pourriez aussi aimer", "à découvrir aussi",
            "choix de la rédaction", "article précédent", "article suivant", "lire sur",
            // "don't miss": a box of other stories under the text
            "à ne pas manquer", "a ne pas manquer", "il ne fallait pas manquer", "ne manquez pas",
            // Arabic
            "اقرأ أيضا", "اقرأ كذلك", "اقرأ المزيد", "اقرأ في", "اقرأ المزيد في", "شاهد أيضا", "طالع أيضا", "للمزيد",
            "ذات صلة", "أخبار ذات صلة", "مواضيع ذات صلة", "مقالات ذات صلة", "موضوعات ذات صلة", "مواد ذات صلة",
            "قصص ذات صلة", "أخبار متعلقة", "موضوعات متعلقة", "مواضيع متعلقة", "مقالات متعلقة", "قصص متعلقة",
            "أخبار مرتبطة", "موضوعات مرتبطة", "مواضيع مرتبطة", "مقالات مرتبطة", "قصص مرتبطة", "متعلقات", "الأكثر قراءة",
            "الأخبار الأكثر قراءة", "المقالات الأكثر قراءة", "الأكثر مشاهدة", "الأكثر تداولا", "الأكثر تعليقا", "الأكثر زيارة", "آخر الأخبار",
            "أحدث الأخبار", "قد يهمك", "قد يعجبك", "قد يعجبك أيضا", "المزيد من", "مقالات مقترحة", "اخترنا لك",
            "ننصحك بقراءة", "عناوين أخرى", "أخبار أخرى", "مقالات أخرى", "مواضيع أخرى", "موضوعات أخرى", "موضوعات تهمك", "مواضيع تهمك", "مقالات تهمك", "أخبار تهمك", "لا تفوتك",
            "اختيار المحرر", "اختيارات المحرر", "اختيارات المحررين", "المقال السابق", "المقال التالي", "الخبر السابق",
            "مقالات الكاتب", "مقالات للكاتب", "المزيد من مقالات الكاتب",
            "الخبر التالي", "الموضوع السابق", "الموضوع التالي",
            // Persian and Urdu
            "همچنین بخوانید", "بیشتر بخوانید", "بخوانید", "مزید پڑھیں", "یہ بھی پڑھیں",
            // German, Spanish, Italian, Portuguese
            "lesen sie auch", "lesen sie mehr", "auch interessant", "schon gelesen", "mehr zum thema",
            "das könnte sie interessieren", "das könnte sie auch interessieren", "siehe auch", "le puede interesar",
            "te puede interesar", "puede interesarte", "también te puede interesar", "puedes ver", "lee también",
            "lea también", "leer también", "ver también", "mira también", "leggi anche", "potrebbe interessarti",
            "vedi anche", "leia também", "leia mais", "veja também", "saiba mais",
            // Polish, Dutch, Nordic, Czech, Russian, Turkish
            "czytaj też", "czytaj także", "czytaj również", "czytaj więcej", "zobacz też", "zobacz także",
            "zobacz również", "dowiedz się więcej", "lees ook", "zie ook", "lue myös", "läs också", "läs även",
            "læs også", "les også", "čtěte také", "přečtěte si také", "читайте также", "смотрите также",
            "ayrıca okuyun", "bunu da okuyun", "ilgili haber", "ilgili haberler",
            // Chinese (simplified and traditional), Japanese, Korean
            "相关阅读", "相關閱讀", "延伸阅读", "延伸閱讀", "推荐阅读", "推薦閱讀", "扩展阅读", "擴展閱讀", "相关新闻",
            "相關新聞", "相关文章", "相關文章", "相关报道", "相關報導", "相关链接", "相關連結", "热门文章", "熱門文章",
            "热门推荐", "熱門推薦", "精彩推荐", "精彩推薦", "猜你喜欢", "猜你喜歡", "你可能还喜欢", "你可能感兴趣",
            "阅读排行", "閱讀排行", "上一篇", "下一篇", "関連記事", "あわせて読みたい", "合わせて読みたい", "おすすめ記事",
            "人気記事", "関連ニュース", "관련기사", "관련 기사", "많이 본 뉴스", "추천 기사", "이전 기사", "다음 기사",
            // Thai: related stories, related news, related articles, read more
            "เรื่องที่เกี่ยวข้อง", "ข่าวที่เกี่ยวข้อง", "บทความที่เกี่ยวข้อง", "อ่านเพิ่มเติม");
    /** Longest first, so that a line is matched by the most it says ("related stories", not "related"). */
    private static final List<String> KEYS = LABELS.stream().map(Keys::of).distinct()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    private static final Set<String> KEY_SET = Set.copyOf(KEYS);

    /** Nouns an English list of other stories ends its name with ("Other News", "Similar stories", "Latest Articles"). */
    private static final Set<String> STORY_NOUNS_LAST = keys("news", "stories", "articles", "posts", "headlines", "reads");
    /** Nouns a French list of other stories opens its name with, the adjective after ("Articles populaires", "Nouvelles récentes"). */
    private static final Set<String> STORY_NOUNS_FIRST = keys("articles", "actualités", "nouvelles", "infos", "dépêches", "billets");

    private TeaserWords() {
    }

    /** Whether {@code text} is a label and nothing more. */
    public static boolean isLabel(String text) {
        return KEY_SET.contains(Keys.of(text));
    }

    private static Set<String> keys(String... words) {
        return Set.of(Arrays.stream(words).map(Keys::of).toArray(String[]::new));
    }

    /**
     * Whether {@code key}, a {@link Keys#of key}, names a list of stories by its shape: two or three words, a
     * story noun last (in French first), whatever the adjective ("Other News", "Similar stories", "Articles
     * populaires"), so that a list's label no list above holds is known as one. A longer line is a link's
     * ("View all local news"), which the lines around it place.
     */
    public static boolean namesStoryList(String key) {
        String[] words = key.split(" ");
        return words.length >= 2 && words.length <= 3
                && (STORY_NOUNS_LAST.contains(words[words.length - 1]) || STORY_NOUNS_FIRST.contains(words[0]));
    }

    /**
     * The keys of the labels that {@code key}, a {@link Keys#of key}, opens with as whole words,
     * longest first; empty when it opens with none. A key has lost its punctuation, so the longest
     * may run on into what followed the label ("Related: News from …" opens with "related news").
     */
    public static List<String> labelsOpening(String key) {
        List<String> labels = new ArrayList<>(2);
        for (String label : KEYS) {
            if (key.startsWith(label) && (key.length() == label.length() || key.charAt(label.length()) == ' ')) labels.add(label);
        }
        return labels;
    }
}
