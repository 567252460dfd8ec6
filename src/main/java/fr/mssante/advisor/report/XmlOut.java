package fr.mssante.advisor.report;

import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * XML (and the XML-compatible HTML page) written through the JDK's StAX writer, which does the
 * escaping, with line breaks and indentation added here because StAX writes everything on one line
 * and the outputs are read in CI logs and compared with golden files.
 *
 * <p>Block elements ({@link #open}, {@link #leaf}, {@link #empty}) start on their own line; inline
 * elements and text stay where they are, so mixed content such as {@code <p>a <code>b</code></p>} is
 * not disturbed.
 */
final class XmlOut {

    // The JDK's own writer, not whichever StAX implementation a dependency brings: its escaping is known.
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final StringWriter buffer = new StringWriter();
    private final XMLStreamWriter xml;
    /** For each open element: whether it has a block child, so its end tag goes on its own line. */
    private final Deque<Boolean> blockChildren = new ArrayDeque<>();

    XmlOut() {
        try {
            xml = FACTORY.createXMLStreamWriter(buffer);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOut declaration() {
        return write(() -> xml.writeStartDocument("UTF-8", "1.0"));
    }

    XmlOut doctype(String dtd) {
        return write(() -> xml.writeDTD(dtd));
    }

    /** Opens a block element; attributes come as name, value pairs, a null value leaves the attribute out. */
    XmlOut open(String name, String... attributes) {
        newLine();
        blockChildren.push(false);
        return write(() -> {
            xml.writeStartElement(name);
            attributes(attributes);
        });
    }

    /** A block element holding only text. */
    XmlOut leaf(String name, String text, String... attributes) {
        return open(name, attributes).text(text).close();
    }

    /** A block element without content, such as {@code <meta/>}. */
    XmlOut empty(String name, String... attributes) {
        newLine();
        return write(() -> {
            xml.writeEmptyElement(name);
            attributes(attributes);
        });
    }

    /** An element inside the current line, holding only text. */
    XmlOut inline(String name, String text, String... attributes) {
        return write(() -> {
            xml.writeStartElement(name);
            attributes(attributes);
            xml.writeCharacters(clean(text));
            xml.writeEndElement();
        });
    }

    XmlOut text(String text) {
        return write(() -> xml.writeCharacters(clean(text)));
    }

    XmlOut close() {
        if (blockChildren.pop()) {
            indent(blockChildren.size());
        }
        return write(xml::writeEndElement);
    }

    /** The document, ended by a line break. */
    String finish() {
        write(() -> {
            xml.writeEndDocument();
            xml.flush();
        });
        return buffer + "\n";
    }

    private void newLine() {
        if (!blockChildren.isEmpty()) {
            blockChildren.pop();
            blockChildren.push(true);
        }
        if (buffer.getBuffer().length() > 0) {
            indent(blockChildren.size());
        }
    }

    private void indent(int depth) {
        write(() -> xml.writeCharacters("\n" + "  ".repeat(depth)));
    }

    private void attributes(String... pairs) throws XMLStreamException {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                // Line breaks in attributes are turned into spaces by every parser: say so plainly.
                xml.writeAttribute(pairs[i], clean(pairs[i + 1]).replaceAll("[\r\n\t]+", " "));
            }
        }
    }

    /**
     * Replaces what XML 1.0 cannot carry (control characters a setup file may contain) so that the
     * output always parses; the writer escapes the rest.
     */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            out.append(allowed ? c : '\uFFFD');
        }
        return out.toString();
    }

    private XmlOut write(XmlStep step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            // The writer only writes to memory: an exception here is a bug, not a user error.
            throw new IllegalStateException(e);
        }
        return this;
    }

    @FunctionalInterface
    private interface XmlStep {
        void run() throws XMLStreamException;
    }
}
