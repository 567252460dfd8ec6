package fr.mssante.advisor.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The official MSSanté whitelist ({@code listeblanchemssante.xml}): the exact domains of the trust space
 * as the ANS publishes them. With it, a domain is in the trust space only when the list names it.
 *
 * @param source      the file as the user named it
 * @param generatedAt the list's {@code DateDeGeneration}, as written in the file (null when absent)
 * @param domains     the {@code Nom} of every {@code Domaine}, lower case
 */
public record TrustList(String source, String generatedAt, Set<String> domains) {

    public TrustList {
        domains = Set.copyOf(domains);
    }

    /** Thrown when the file is missing or is not a whitelist; the message is for people (fr / en). */
    public static final class Unreadable extends Exception {
        public Unreadable(String message) {
            super(message);
        }
    }

    /**
     * Reads the whitelist. The published 2025-03-13 file stops after {@code </ListeDomaines>} without
     * closing its root element, so a malformed end is tolerated once the domain list has been read whole.
     * DTDs and external entities are refused: the file cannot make the tool read anything else.
     */
    public static TrustList read(Path file) throws Unreadable {
        if (!Files.isRegularFile(file)) {
            throw new Unreadable("liste blanche introuvable / whitelist not found: " + file);
        }
        Set<String> domains = new TreeSet<>();
        String generatedAt = null;
        boolean rootSeen = false;
        boolean listClosed = false;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = secureFactory().createXMLStreamReader(in);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (!rootSeen) {
                        rootSeen = true;
                        if (!name.equals("ListeBlancheMSSante")) {
                            throw new Unreadable(file + ": ce n'est pas une liste blanche MSSanté (élément racine « "
                                    + name + " », attendu « ListeBlancheMSSante ») / not an MSSanté whitelist");
                        }
                    } else if (name.equals("DateDeGeneration")) {
                        generatedAt = xml.getElementText().trim();
                    } else if (name.equals("Nom")) {
                        String domain = xml.getElementText().trim().toLowerCase(Locale.ROOT);
                        if (!domain.isEmpty()) {
                            domains.add(domain);
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("ListeDomaines")) {
                    listClosed = true;
                }
            }
        } catch (XMLStreamException e) {
            if (!listClosed) {
                String at = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNumber() + ":"
                        + e.getLocation().getColumnNumber();
                throw new Unreadable(file + at + ": liste blanche illisible (XML mal formé) / unreadable whitelist"
                        + " (malformed XML): " + firstLine(e.getMessage()));
            }
        } catch (IOException e) {
            throw new Unreadable(file + ": lecture impossible / cannot read: " + e.getMessage());
        }
        if (domains.isEmpty()) {
            throw new Unreadable(file + ": aucun domaine (élément Domaine/Nom) dans la liste / no domain in the list");
        }
        return new TrustList(file.toString(), generatedAt, domains);
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        } catch (IllegalArgumentException notSupported) {
            // SUPPORT_DTD=false already keeps external documents out.
        }
        return factory;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String s = message.strip();
        int nl = s.lastIndexOf('\n');
        return nl < 0 ? s : s.substring(nl + 1).strip();
    }
}
