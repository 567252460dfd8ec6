package fr.mssante.advisor.directory;

import fr.mssante.advisor.pack.ReferenceData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The official MSSanté whitelist ({@code listeblanchemssante.xml}): one {@code Domaine} element per
 * domain, its name in {@code Nom}. Given with {@code --trust-list}, it replaces the pack's trust-space
 * list for one run: an address is then in the trust space when its domain is exactly one of these.
 *
 * <p>Kept in this package until the {@code audit} command reads the same file; then both should share
 * one reader.
 *
 * @param domains    lower-case domain names
 * @param generation {@code DateDeGeneration} as written, null when absent
 */
public record TrustListFile(Path file, Set<String> domains, String generation) {

    public TrustListFile {
        domains = Set.copyOf(domains);
    }

    public static TrustListFile read(Path file) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        // A downloaded file: no external entities, no DTD.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        Set<String> domains = new HashSet<>();
        String generation = null;
        boolean listClosed = false;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            boolean inDomain = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "Domaine" -> inDomain = true;
                        case "Nom" -> {
                            if (inDomain) {
                                String name = xml.getElementText().trim().toLowerCase(java.util.Locale.ROOT);
                                if (!name.isEmpty()) {
                                    domains.add(name);
                                }
                            }
                        }
                        case "DateDeGeneration" -> generation = xml.getElementText().trim();
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    inDomain = inDomain && !xml.getLocalName().equals("Domaine");
                    listClosed = listClosed || xml.getLocalName().equals("ListeDomaines");
                }
            }
        } catch (NoSuchFileException e) {
            throw new ExtractException(file, "fichier introuvable / file not found");
        } catch (IOException e) {
            throw new ExtractException(file, "illisible / unreadable: " + e.getMessage());
        } catch (XMLStreamException e) {
            if (listClosed && !domains.isEmpty()) {
                // The published 2025-03-13 file ends without its root's end tag: every domain is read by then.
                return new TrustListFile(file, domains, generation);
            }
            var at = e.getLocation();
            throw new ExtractException(file, (at == null ? "" : "ligne/line " + at.getLineNumber() + ", colonne/column "
                    + at.getColumnNumber() + ": ") + "XML invalide / invalid XML: " + e.getMessage().replaceAll("\\s+", " "));
        }
        if (domains.isEmpty()) {
            throw new ExtractException(file, "aucun domaine (élément Domaine/Nom) : est-ce bien la liste blanche MSSanté ?"
                    + " / no domain found: is this the MSSanté whitelist?");
        }
        return new TrustListFile(file, domains, generation);
    }

    /** The pack's reference data with this list as the whole trust space. */
    public ReferenceData replaceTrustSpaceOf(ReferenceData pack) {
        return new ReferenceData(List.of(), domains, pack.citizenDomain(), pack.healthProfessions(),
                pack.socialProfessions(), pack.notEligibleProfessions());
    }
}
