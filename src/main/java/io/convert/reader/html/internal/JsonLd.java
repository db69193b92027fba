package io.convert.reader.html.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The article described by a page's JSON-LD ({@code NewsArticle}, {@code Article},
 * {@code BlogPosting} and kin, at the top level, in arrays or in {@code @graph}), read leniently:
 * pages often ship trailing commas, comments or raw newlines in strings.
 */
final class JsonLd {
    /**
     * A streaming parser, with the tree built below: an ObjectMapper's set-up alone costs a
     * quarter of a cold conversion's reading time, and JSON-LD needs none of its data binding.
     */
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting",
            "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle",
            "reviewnewsarticle", "askpublicnewsarticle", "liveblogposting", "techarticle",
            "scholarlyarticle", "report", "socialmediaposting", "satiricalarticle", "advertisercontentarticle");
    /** Bound on the nodes visited in one page's JSON-LD, against hostile documents. */
    private static final int MAX_NODES = 20_000;

    /**
     * What the JSON-LD says; every field may be null or empty. {@code personDescriptions} are
     * the descriptions of the people it names (the writer's biography), as text.
     */
    record Facts(String headline, String name, String alternativeHeadline, List<String> authors, String publisher,
            String website, String published, String modified, String image, String description,
            List<String> keywords, String language, String url, List<String> personDescriptions) {
        static final Facts NONE = new Facts(null, null, null, List.of(), null, null, null, null, null, null, List.of(),
                null, null, List.of());

        /**
         * The article's title: its headline, unless its name is the one the page's
         * {@code <title>} shows (some sites put a summary in the headline); a name that is only
         * the publisher's is no title.
         */
        String headline(String documentTitle) {
            if (headline == null) return name == null || name.equals(publisher) || name.equals(website) ? null : name;
            if (name == null || headline.equals(name)) return headline;
            String t = documentTitle.toLowerCase(Locale.ROOT);
            boolean nameShown = t.contains(name.toLowerCase(Locale.ROOT));
            boolean headlineShown = t.contains(headline.toLowerCase(Locale.ROOT));
            return nameShown && !headlineShown ? name : headline;
        }
    }

    private JsonLd() {
    }

    static Facts read(List<Element> scripts) {
        JsonNode article = null;
        String website = null;
        List<String> personDescriptions = new ArrayList<>();
        for (Element script : scripts) {
            JsonNode root = parse(script.data());
            if (root == null) continue;
            Deque<JsonNode> todo = new ArrayDeque<>();
            todo.add(root);
            int visited = 0;
            while (!todo.isEmpty() && visited++ < MAX_NODES) {
                JsonNode node = todo.poll();
                if (node.isArray()) {
                    node.forEach(todo::add);
                    continue;
                }
                if (!node.isObject()) continue;
                if (article == null && hasType(node, ARTICLE_TYPES)) article = node;
                if (website == null && hasType(node, Set.of("website"))) website = text(node.get("name"));
                String about = hasType(node, Set.of("person")) ? text(node.get("description")) : null;
                if (about != null) personDescriptions.add(Parser.parseBodyFragment(about, "").text());
                node.fields().forEachRemaining(f -> {
                    if (f.getValue().isContainerNode()) todo.add(f.getValue());
                });
            }
        }
        if (article == null) {
            return website == null && personDescriptions.isEmpty() ? Facts.NONE : new Facts(null, null, null, List.of(),
                    null, website, null, null, null, null, List.of(), null, null, personDescriptions);
        }
        return new Facts(text(article.get("headline")), text(article.get("name")), text(article.get("alternativeHeadline")),
                names(article.get("author")),
                name(article.get("publisher")), website, text(article.get("datePublished")),
                text(article.get("dateModified")), url(article.get("image")), text(article.get("description")),
                keywords(article.get("keywords")), language(article.get("inLanguage")), text(article.get("url")),
                personDescriptions);
    }

    private static JsonNode parse(String data) {
        String json = data.strip().replaceAll("^(<!--|<!\\[CDATA\\[)|(-->|]]>)$", "").strip();
        if (json.isEmpty()) return null;
        try (JsonParser parser = JSON.createParser(json)) {
            JsonToken first = parser.nextToken();
            return first == null ? null : tree(parser, first);
        } catch (IOException e) {
            return null;
        }
    }

    /** The value that starts at {@code token}; the parser ends on its last token. */
    private static JsonNode tree(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    object.set(field, tree(parser, parser.nextToken()));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    array.add(tree(parser, t));
                }
                return array;
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> {
                // Strings and numbers alike: JSON-LD facts are read as text.
                return NODES.textNode(parser.getText());
            }
        }
    }

    private static boolean hasType(JsonNode node, Set<String> types) {
        JsonNode type = node.get("@type");
        if (type == null) return false;
        if (type.isArray()) {
            for (JsonNode t : type) if (types.contains(simpleType(t.asText()))) return true;
            return false;
        }
        return types.contains(simpleType(type.asText()));
    }

    private static String simpleType(String type) {
        return type.substring(type.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }

    /** A string value, HTML entities decoded, or null when absent or empty. */
    static String text(JsonNode node) {
        if (node == null || node.isNull()) return null;
        if (node.isArray()) return node.isEmpty() ? null : text(node.get(0));
        if (node.isObject()) return null;
        String s = Parser.unescapeEntities(node.asText(), false).strip();
        return s.isEmpty() ? null : s;
    }

    private static String name(JsonNode node) {
        if (node == null) return null;
        if (node.isArray()) return node.isEmpty() ? null : name(node.get(0));
        if (node.isObject()) return text(node.get("name"));
        return text(node);
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null) return out;
        if (node.isArray()) {
            for (JsonNode n : node) {
                String name = name(n);
                if (name != null && !out.contains(name)) out.add(name);
            }
        } else {
            String name = name(node);
            if (name != null) out.add(name);
        }
        return out;
    }

    private static String url(JsonNode node) {
        if (node == null) return null;
        if (node.isArray()) return node.isEmpty() ? null : url(node.get(0));
        if (node.isObject()) {
            String u = text(node.get("url"));
            return u != null ? u : text(node.get("contentUrl"));
        }
        return text(node);
    }

    private static List<String> keywords(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null) return out;
        if (node.isArray()) {
            for (JsonNode n : node) {
                String k = text(n);
                if (k != null) out.add(k);
            }
        } else {
            String k = text(node);
            if (k != null) for (String part : k.split("\\s*[,،]\\s*")) if (!part.isBlank()) out.add(part.strip());
        }
        return out;
    }

    private static String language(JsonNode node) {
        if (node != null && node.isObject()) {
            String code = text(node.get("alternateName"));
            return code != null ? code : text(node.get("name"));
        }
        return text(node);
    }
}
