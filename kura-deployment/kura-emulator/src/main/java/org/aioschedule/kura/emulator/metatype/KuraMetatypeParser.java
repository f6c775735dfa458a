package org.aioschedule.kura.emulator.metatype;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads a metatype file exactly as Kura's ConfigurationService does: a DOM parser that is not namespace aware,
 * child elements matched by their raw name (so {@code <metatype:OCD>} is ignored while {@code <OCD>} under a
 * prefixed root is read), and Kura's scalar types only.
 */
public final class KuraMetatypeParser {

    private KuraMetatypeParser() {
    }

    /** Parses the metatype document in {@code xml}. */
    public static KuraMetadata parse(String xml) throws KuraMetatypeException {
        return parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Parses a metatype document.
     *
     * @throws KuraMetatypeException if the XML is malformed or an AD has a type Kura does not accept: Kura then
     *             skips the whole file and the component is not shown
     */
    public static KuraMetadata parse(InputStream in) throws KuraMetatypeException {
        Element root = read(in).getDocumentElement();
        List<KuraOcd> ocds = new ArrayList<>();
        List<KuraDesignate> designates = new ArrayList<>();
        for (Element child : children(root)) {
            if ("OCD".equals(child.getNodeName())) {
                ocds.add(parseOcd(child));
            } else if ("Designate".equals(child.getNodeName())) {
                designates.add(parseDesignate(child));
            }
        }
        return new KuraMetadata(ocds, designates);
    }

    private static Document read(InputStream in) throws KuraMetatypeException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            Document document = builder.parse(in);
            document.getDocumentElement().normalize();
            return document;
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new KuraMetatypeException("metatype XML is not readable: " + e.getMessage(), e);
        }
    }

    private static KuraOcd parseOcd(Element element) throws KuraMetatypeException {
        List<KuraIcon> icons = new ArrayList<>();
        List<KuraAttribute> attributes = new ArrayList<>();
        for (Element child : children(element)) {
            if ("Icon".equals(child.getNodeName())) {
                icons.add(new KuraIcon(text(child, "resource"), KuraIcon.size(child.getAttribute("size"))));
            } else if ("AD".equals(child.getNodeName())) {
                attributes.add(parseAttribute(child));
            }
        }
        return new KuraOcd(text(element, "id"), text(element, "name"), text(element, "description"), icons,
                attributes);
    }

    private static KuraAttribute parseAttribute(Element element) throws KuraMetatypeException {
        KuraAttribute.Builder builder = new KuraAttribute.Builder();
        builder.type = KuraScalar.fromXmlName(element.getAttribute("type"));
        builder.id = text(element, "id");
        builder.name = text(element, "name");
        builder.description = text(element, "description");
        builder.cardinality = cardinality(element.getAttribute("cardinality"));
        String required = text(element, "required");
        builder.required = required == null || Boolean.parseBoolean(required);
        builder.defaultText = text(element, "default");
        builder.min = text(element, "min");
        builder.max = text(element, "max");
        for (Element child : children(element)) {
            if ("Option".equals(child.getNodeName())) {
                builder.options.add(new KuraOption(text(child, "label"), text(child, "value")));
            }
        }
        return builder.build();
    }

    private static KuraDesignate parseDesignate(Element element) {
        String ocdRef = null;
        for (Element child : children(element)) {
            if ("Object".equals(child.getNodeName())) {
                ocdRef = text(child, "ocdref");
            }
        }
        return new KuraDesignate(text(element, "pid"), text(element, "factoryPid"), ocdRef);
    }

    private static int cardinality(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The attribute's value, or {@code null} when absent or blank, as Kura treats both. */
    private static String text(Element element, String attribute) {
        String value = element.getAttribute(attribute);
        return value.trim().isEmpty() ? null : value;
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node.getNodeType() == Node.ELEMENT_NODE) {
                elements.add((Element) node);
            }
        }
        return elements;
    }
}
