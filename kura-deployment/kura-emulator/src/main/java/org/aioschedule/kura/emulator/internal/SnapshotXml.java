package org.aioschedule.kura.emulator.internal;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Snapshot files in the layout of Kura's (unencrypted) {@code snapshot_<id>.xml}: one {@code esf:configuration}
 * per PID, one {@code esf:property} per key with its type name, array flag and {@code esf:value}s. A configuration
 * without properties is written without {@code esf:properties} and read back with no properties, as Kura does.
 */
final class SnapshotXml {

    private static final String ESF = "http://eurotech.com/esf/2.0";
    private static final String OCD = "http://www.osgi.org/xmlns/metatype/v1.2.0";

    private SnapshotXml() {
    }

    static byte[] write(Map<String, Map<String, Object>> configurations) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        Element root = doc.createElementNS(ESF, "esf:configurations");
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:ocd", OCD);
        doc.appendChild(root);
        for (Map.Entry<String, Map<String, Object>> configuration : configurations.entrySet()) {
            Element element = append(root, "esf:configuration");
            element.setAttribute("pid", configuration.getKey());
            if (configuration.getValue() == null) {
                continue;
            }
            Element properties = append(element, "esf:properties");
            for (Map.Entry<String, Object> property : configuration.getValue().entrySet()) {
                writeProperty(properties, property.getKey(), property.getValue());
            }
        }
        return serialize(doc);
    }

    static Map<String, Map<String, Object>> read(InputStream in) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document doc = factory.newDocumentBuilder().parse(in);
        Map<String, Map<String, Object>> configurations = new LinkedHashMap<>();
        NodeList elements = doc.getElementsByTagNameNS(ESF, "configuration");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            Map<String, Object> properties = new LinkedHashMap<>();
            NodeList propertyElements = element.getElementsByTagNameNS(ESF, "property");
            for (int j = 0; j < propertyElements.getLength(); j++) {
                Element property = (Element) propertyElements.item(j);
                properties.put(property.getAttribute("name"), readProperty(property));
            }
            configurations.put(element.getAttribute("pid"), properties);
        }
        return configurations;
    }

    private static void writeProperty(Element parent, String name, Object value) {
        PropertyValues values = PropertyValues.of(value);
        if (values == null) {
            return;
        }
        Element property = append(parent, "esf:property");
        property.setAttribute("name", name);
        property.setAttribute("array", String.valueOf(values.isArray()));
        property.setAttribute("encrypted", "false");
        property.setAttribute("type", values.typeName());
        for (String text : values.texts()) {
            append(property, "esf:value").setTextContent(text);
        }
    }

    private static Object readProperty(Element property) {
        NodeList valueNodes = property.getElementsByTagNameNS(ESF, "value");
        String[] texts = new String[valueNodes.getLength()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = valueNodes.item(i).getTextContent();
        }
        boolean array = Boolean.parseBoolean(property.getAttribute("array"));
        return PropertyValues.parse(property.getAttribute("type"), texts, array);
    }

    private static Element append(Node parent, String qualifiedName) {
        Document doc = parent instanceof Document ? (Document) parent : parent.getOwnerDocument();
        Element element = doc.createElementNS(ESF, qualifiedName);
        parent.appendChild(element);
        return element;
    }

    private static byte[] serialize(Document doc) throws Exception {
        Transformer transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.setOutputProperty(OutputKeys.INDENT, "yes");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transformer.transform(new DOMSource(doc), new StreamResult(out));
        return out.toByteArray();
    }
}
