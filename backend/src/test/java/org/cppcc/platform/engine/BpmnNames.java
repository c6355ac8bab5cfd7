package org.cppcc.platform.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The names a BPMN model declares (process, user tasks, messages) and the words its expressions use. */
public final class BpmnNames {

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    private final Document document;
    private final String processText;

    private BpmnNames(Document document, String processText) {
        this.document = document;
        this.processText = processText;
    }

    public static BpmnNames of(String classpathResource) {
        try (InputStream in = BpmnNames.class.getClassLoader().getResourceAsStream(classpathResource)) {
            if (in == null) {
                throw new IllegalArgumentException("No " + classpathResource);
            }
            byte[] bytes = in.readAllBytes();
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
            String text = new String(bytes, StandardCharsets.UTF_8);
            int diagram = text.indexOf("<bpmndi:BPMNDiagram");
            String process = diagram < 0 ? text : text.substring(0, diagram);
            return new BpmnNames(document, process.replaceAll("(?s)<!--.*?-->", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The values of a class's {@code static final String} constants. */
    public static List<String> constants(Class<?> holder) {
        List<String> values = new ArrayList<>();
        for (Field field : holder.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
                field.setAccessible(true);
                try {
                    values.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return values;
    }

    public List<String> processIds() {
        return attributes("process", "id");
    }

    public List<String> userTaskIds() {
        return attributes("userTask", "id");
    }

    public List<String> messageNames() {
        return attributes("message", "name");
    }

    /** Whether the model (not its diagram) uses the name as a word: in an expression or a collection attribute. */
    public boolean usesVariable(String name) {
        return Pattern.compile("(?<![\\w.])" + Pattern.quote(name) + "(?!\\w)")
                .matcher(processText)
                .find();
    }

    private List<String> attributes(String element, String attribute) {
        NodeList nodes = document.getElementsByTagNameNS(BPMN, element);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(((Element) nodes.item(i)).getAttribute(attribute));
        }
        return values;
    }
}
