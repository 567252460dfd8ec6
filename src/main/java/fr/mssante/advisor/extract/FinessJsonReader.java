package fr.mssante.advisor.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams the daily flux of the new FINESS ({@code finess-structures-journalier-AAAAMMJJ.json}) with
 * Jackson's streaming parser: the national file (about 100,000 establishments) is never held as a
 * tree; one legal entity ({@code pmej}) and its establishments ({@code ege}) at a time are.
 * {@code gcc} and {@code gco} are skipped. Keys match in any case ({@link JsonFields}); codes are plain
 * strings or {@code {"code", "system"}} objects.
 *
 * <p>Every establishment is handed on, open or closed ({@link FinessEstablishment#isOpenOn}): leaving
 * the closed ones out (and counting them) is the selection's business, which can then tell a user
 * asking for a closed FINESS that it is closed rather than unknown. An {@code ege} without FINESS is
 * malformed, counted with the line where it opens.
 */
final class FinessJsonReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();
    private static final int PROGRESS_EVERY = 5_000;

    private FinessJsonReader() {
    }

    static FinessReading read(Path file, Progress progress, Consumer<FinessEstablishment> sink) {
        try (OpenedExtract opened = OpenedExtract.open(file);
             DecodingReader text = new DecodingReader(opened.stream());
             JsonParser p = FACTORY.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw notTheFlux(file, "le document ne commence pas par un objet", "the document is not an object");
            }
            Counts counts = new Counts();
            LocalDate published = null;
            boolean sawPmej = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = JsonFields.key(p.currentName());
                JsonToken value = p.nextToken();
                if (key.equals("pmej") && value == JsonToken.START_ARRAY) {
                    sawPmej = true;
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        legalEntity(p, counts, sink);
                        if (counts.legalEntities % PROGRESS_EVERY == 0) {
                            progress.update("FINESS", counts.establishments);
                        }
                    }
                } else if (key.equals("generatedat") && value == JsonToken.VALUE_STRING) {
                    published = FileDates.iso(p.getText());
                } else {
                    p.skipChildren(); // gcc, gco, schemaVersion…
                }
            }
            if (!sawPmej) {
                throw notTheFlux(file, "il n'a pas de tableau « pmej » (entités juridiques)",
                        "it has no \"pmej\" array (legal entities)");
            }
            return new FinessReading(file, FinessPublication.JSON_FLUX, text.charset(), published,
                    p.currentLocation().getLineNr(), counts.establishments, 0, counts.legalEntities, counts.malformed);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " ligne " + at.getLineNr() + ", colonne " + at.getColumnNr();
            String whereEn = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw ExtractException.of(ExtractException.Kind.BROKEN, file,
                    file + " : JSON invalide" + where + " ; le fichier est-il complet (téléchargement interrompu) ?",
                    file + ": invalid JSON" + whereEn + "; is the file complete (interrupted download)?");
        } catch (IOException e) {
            throw OpenedExtract.failure(file, e);
        }
    }

    private static ExtractException notTheFlux(Path file, String why, String whyEn) {
        return ExtractException.of(ExtractException.Kind.WRONG_FILE, file,
                file + " n'est pas le flux FINESS JSON : " + why + ".", file + " is not the FINESS JSON flux: " + whyEn + ".");
    }

    private static final class Counts {
        long legalEntities;
        long establishments;
        final MalformedLines malformed = new MalformedLines();
    }

    /** One {@code pmej}: its general information and its establishments, whatever their order. */
    private static void legalEntity(JsonParser p, Counts counts, Consumer<FinessEstablishment> sink) throws IOException {
        counts.legalEntities++;
        JsonNode info = null;
        List<Long> lines = new ArrayList<>();
        List<JsonNode> establishments = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = JsonFields.key(p.currentName());
            JsonToken value = p.nextToken();
            if (key.equals("informationsgeneralespmej")) {
                info = MAPPER.readTree(p);
            } else if (key.equals("ege") && value == JsonToken.START_ARRAY) {
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    lines.add((long) p.currentTokenLocation().getLineNr());
                    establishments.add(t == JsonToken.START_OBJECT ? establishmentTree(p) : MAPPER.readTree(p));
                }
            } else {
                p.skipChildren();
            }
        }
        String ej = JsonFields.text(JsonFields.get(info, "numFinessPm"));
        String ejName = JsonFields.text(JsonFields.first(info, "denominationPm", "denominationLonguePmSmsse"));
        for (int i = 0; i < establishments.size(); i++) {
            FinessEstablishment e = establishment(establishments.get(i), lines.get(i), ej, ejName);
            if (e == null) {
                counts.malformed.add(lines.get(i));
            } else {
                counts.establishments++;
                sink.accept(e);
            }
        }
    }

    /** The members of an {@code ege} the reader uses, read as a tree; the others (events, contacts…) skipped. */
    private static final java.util.Set<String> EGE_MEMBERS = java.util.Set.of("informationsgeneralesege", "numfinessege",
            "adresse", "categorieentitegeographiqueexercice", "etatobjet", "siret", "datefermeture", "dateouverture");

    private static JsonNode establishmentTree(JsonParser p) throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode ege = MAPPER.createObjectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (EGE_MEMBERS.contains(JsonFields.key(name))) {
                ege.set(name, MAPPER.readTree(p));
            } else {
                p.skipChildren();
            }
        }
        return ege;
    }

    private static FinessEstablishment establishment(JsonNode ege, long line, String ej, String ejName) {
        if (!ege.isObject()) {
            return null;
        }
        JsonNode info = JsonFields.get(ege, "informationsGeneralesEGE");
        String finess = either(info, ege, "numFinessEge");
        if (finess == null) {
            return null;
        }
        JsonNode address = address(JsonFields.get(ege, "adresse"));
        String cog = JsonFields.text(JsonFields.get(address, "cogCommune"));
        String department = Departments.ofCommune(cog).orElse(null);
        String shortName = JsonFields.text(JsonFields.get(info, "nomEgeCourt"));
        String longName = JsonFields.text(JsonFields.get(info, "nomEgeLong"));
        // The example puts the state and the category beside informationsGeneralesEGE, the schema inside too.
        String state = either(ege, info, "etatObjet");
        return new FinessEstablishment(line, FinessPublication.JSON_FLUX, finess, ej, ejName,
                shortName != null ? shortName : longName, longName,
                either(ege, info, "categorieEntiteGeographiqueExercice"), null, department, cog,
                Departments.nameOf(department), either(info, ege, "siret"),
                JsonFields.text(JsonFields.get(address, "codePostal")),
                JsonFields.text(JsonFields.get(address, "ligneAcheminement")),
                FileDates.iso(either(info, ege, "dateOuverture")), FileDates.iso(either(info, ege, "dateFermeture")),
                !"I".equalsIgnoreCase(state));
    }

    /** The value of {@code name} in the first object that has it. */
    private static String either(JsonNode first, JsonNode second, String name) {
        String v = JsonFields.text(JsonFields.get(first, name));
        return v != null ? v : JsonFields.text(JsonFields.get(second, name));
    }

    /** The first address that names its commune (an {@code adresse} array, or a single object). */
    private static JsonNode address(JsonNode addresses) {
        if (addresses.isObject()) {
            return addresses;
        }
        for (JsonNode a : addresses) {
            if (JsonFields.text(JsonFields.get(a, "cogCommune")) != null) {
                return a;
            }
        }
        return addresses.isArray() && !addresses.isEmpty() ? addresses.get(0) : null;
    }
}
