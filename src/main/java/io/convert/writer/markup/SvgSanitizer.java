package io.convert.writer.markup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Makes an SVG image safe to package: no scripts, event handlers, animations (which can rewrite
 * links), foreign HTML, external references, style sheet imports, or entities. A document that
 * cannot be parsed that way is refused rather than passed through.
 */
final class SvgSanitizer {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String XLINK_NS = "http://www.w3.org/1999/xlink";
    private static final Set<String> DROPPED_ELEMENTS = Set.of("script", "foreignobject", "handler", "listener",
            "set", "animate", "animatetransform", "animatemotion", "animatecolor", "iframe", "embed", "object");
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>\\[]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXTERNAL_CSS = Pattern.compile(
            "@import|url\\(\\s*['\"]?\\s*(?!#)|expression\\(|-moz-binding|behavior\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern SAFE_DATA = Pattern.compile("^data:image/(png|jpeg|gif|webp)[;,]", Pattern.CASE_INSENSITIVE);

    private SvgSanitizer() {
    }

    /** The cleaned SVG, or throws {@link IOException} with a one-line reason when it cannot be made safe. */
    static byte[] sanitize(byte[] svg) throws IOException {
        String text = new String(svg, StandardCharsets.UTF_8);
        if (text.regionMatches(true, 0, "\uFEFF", 0, 1)) text = text.substring(1);
        // A document type declaration only matters for entities, which we refuse.
        text = DOCTYPE.matcher(text).replaceFirst("");
        Document doc = parse(text.getBytes(StandardCharsets.UTF_8));
        Element root = doc.getDocumentElement();
        if (!"svg".equals(root.getLocalName()) || !SVG_NS.equals(root.getNamespaceURI())) {
            throw new IOException("not an SVG document");
        }
        clean(doc);
        return serialize(doc);
    }

    private static Document parse(byte[] data) throws IOException {
        try {
            // The JDK's own parser and serializer, whatever else is on the class path.
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(new ByteArrayInputStream(data));
        } catch (SAXException e) {
            throw new IOException("SVG is not well-formed or declares entities");
        } catch (ParserConfigurationException e) {
            throw new IOException("no safe XML parser available", e);
        }
    }

    private static void clean(Node node) {
        List<Node> children = new ArrayList<>();
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) children.add(c);
        for (Node child : children) {
            switch (child.getNodeType()) {
                case Node.ELEMENT_NODE -> {
                    Element e = (Element) child;
                    String name = e.getLocalName() == null ? e.getNodeName() : e.getLocalName();
                    boolean styleSheet = name.equals("style") && EXTERNAL_CSS.matcher(e.getTextContent()).find();
                    if (DROPPED_ELEMENTS.contains(name.toLowerCase(Locale.ROOT)) || styleSheet) {
                        node.removeChild(child);
                    } else {
                        cleanAttributes(e);
                        clean(e);
                    }
                }
                case Node.PROCESSING_INSTRUCTION_NODE, Node.ENTITY_REFERENCE_NODE, Node.DOCUMENT_TYPE_NODE ->
                        node.removeChild(child);
                default -> {
                }
            }
        }
    }

    private static void cleanAttributes(Element e) {
        NamedNodeMap attributes = e.getAttributes();
        List<Attr> dropped = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            String name = (a.getLocalName() == null ? a.getName() : a.getLocalName()).toLowerCase(Locale.ROOT);
            String value = a.getValue().strip();
            boolean link = name.equals("href") && (a.getNamespaceURI() == null || XLINK_NS.equals(a.getNamespaceURI()));
            if (name.startsWith("on")
                    || link && !value.startsWith("#") && !SAFE_DATA.matcher(value).find()
                    || name.equals("style") && EXTERNAL_CSS.matcher(value).find()
                    || value.toLowerCase(Locale.ROOT).replaceAll("\\s", "").startsWith("javascript:")
                    || !link && EXTERNAL_CSS.matcher(value).find() && value.contains("url(")) {
                dropped.add(a);
            }
        }
        for (Attr a : dropped) e.removeAttributeNode(a);
    }

    private static byte[] serialize(Document doc) throws IOException {
        try {
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = factory.newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IOException("cannot write the cleaned SVG", e);
        }
    }
}
