package io.convert.writer.epub.internal;

import java.util.Map;

/** The few words the book itself adds (navigation labels), in Arabic or English. */
record Labels(String contents, String landmarks, String cover, String start, String fonts) {
    private static final Labels ENGLISH = new Labels("Contents", "Landmarks", "Cover", "Start of the article", "Fonts");
    private static final Map<String, Labels> BY_LANGUAGE = Map.of(
            "ar", new Labels("المحتويات", "معالم الكتاب", "الغلاف", "بداية المقال", "الخطوط"));

    static Labels forLanguage(String tag) {
        return BY_LANGUAGE.getOrDefault(tag.split("-", 2)[0], ENGLISH);
    }
}
