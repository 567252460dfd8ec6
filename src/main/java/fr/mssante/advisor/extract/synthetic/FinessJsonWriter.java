package fr.mssante.advisor.extract.synthetic;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import fr.mssante.advisor.extract.synthetic.World.Site;
import fr.mssante.advisor.extract.synthetic.World.State;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Random;

/**
 * Writes the daily flux of the new FINESS in the published example's form (pretty printed,
 * {@code gcc}, {@code gco}, then {@code pmej} with their {@code ege}), and one legal entity in four in
 * the published schema's spelling ({@code informationsGeneralesPmej}, {@code pm_smsseId}, codes as
 * {@code {"code", "system"}} objects). Closed establishments are there (inactive, or a closing date),
 * and a few {@code ege} have no FINESS (malformed).
 */
final class FinessJsonWriter {

    private static final String CATEGORY_SYSTEM = "https://mos.esante.gouv.fr/NOS/tre_r397-categorie-entite-geographique"
            + "-exercice/FHIR/tre-r397-categorie-entite-geographique-exercice";
    private static final String STATE_SYSTEM = "https://mos.esante.gouv.fr/NOS/tre_r386-macro-etat-objet-administratif"
            + "/FHIR/tre-r386-macro-etat-objet-administratif";

    private final Random random;

    FinessJsonWriter(long seed) {
        this.random = new Random(seed ^ 0x15011L);
    }

    /** @return how many {@code ege} were written without FINESS */
    int write(Writer out, World world) throws IOException {
        int malformed = 0;
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartObject();
            g.writeStringField("schemaVersion", "v1.0.0");
            g.writeStringField("generatedAt", "2026-03-09T15:49:37.615611300Z");
            groups(g);
            g.writeArrayFieldStart("pmej");
            List<Site> sites = world.sites();
            int pm = 0;
            for (int i = 0; i < sites.size(); ) {
                int j = i;
                while (j < sites.size() && sites.get(j).legalEntity().equals(sites.get(i).legalEntity())) {
                    j++;
                }
                malformed += legalEntity(g, sites.subList(i, j), ++pm, random.nextInt(4) == 0);
                i = j;
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return malformed;
    }

    private void groups(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("gcc");
        g.writeStartObject();
        g.writeStringField("gccId", "1");
        g.writeStringField("nomGcc", "93 Est");
        g.writeStringField("typeGcc", "001");
        g.writeArrayFieldStart("pmejDuGcc");
        g.writeStartObject();
        g.writeStringField("pmSmsseId", "1");
        g.writeStringField("typeRoleEntiteGroupe", "M");
        g.writeEndObject();
        g.writeEndArray();
        g.writeStringField("etatObjet", "A");
        g.writeEndObject();
        g.writeEndArray();
        g.writeArrayFieldStart("gco");
        g.writeStartObject();
        g.writeStringField("pmSmsseId", "403");
        g.writeStringField("typeGco", "003");
        g.writeArrayFieldStart("pmejDuGco");
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
    }

    /** One {@code pmej}; {@code schema} writes it in the schema's spelling. */
    private int legalEntity(JsonGenerator g, List<Site> sites, int id, boolean schema) throws IOException {
        Site first = sites.get(0);
        g.writeStartObject();
        g.writeObjectFieldStart(schema ? "informationsGeneralesPmej" : "informationsGeneralesPMEJ");
        g.writeStringField(schema ? "pm_smsseId" : "pmSmsseId", String.valueOf(id));
        g.writeStringField("codeApe", "87.10A");
        g.writeStringField("dateCreation", "2001-01-01");
        g.writeStringField("denominationLonguePmSmsse", first.legalEntityName() + "   ");
        g.writeStringField("denominationPm", first.legalEntityName());
        g.writeStringField("numFinessPm", first.legalEntity());
        g.writeStringField("siren", String.format("%09d", random.nextInt(1_000_000_000)));
        g.writeEndObject();
        address(g, first, "02");
        g.writeArrayFieldStart("engagement");
        g.writeEndArray();
        int malformed = 0;
        g.writeArrayFieldStart("ege");
        for (Site s : sites) {
            boolean broken = random.nextDouble() < SyntheticExtracts.MALFORMED_RATE;
            establishment(g, s, schema, broken);
            malformed += broken ? 1 : 0;
        }
        g.writeEndArray();
        boolean allClosed = sites.stream().allMatch(s -> s.state() == State.INACTIVE);
        code(g, "etatObjet", allClosed ? "I" : "A", STATE_SYSTEM, schema);
        g.writeStringField("dateDerniereMaj", "2025-10-21 19:19:05");
        g.writeEndObject();
        return malformed;
    }

    private void establishment(JsonGenerator g, Site s, boolean schema, boolean withoutFiness) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("informationsGeneralesEGE");
        g.writeStringField("egeId", String.valueOf(s.index() + 1));
        g.writeStringField("dateOuverture", "1988-05-02");
        g.writeStringField("datePremiereAutorisation", "1988-05-02");
        if (s.closedOn() != null) {
            g.writeStringField("dateFermeture", s.closedOn().toString());
        }
        g.writeStringField("nomEgeCourt", s.name() + (random.nextInt(8) == 0 ? "      " : ""));
        g.writeStringField("nomEgeLong", s.name() + " - " + s.town());
        if (!withoutFiness) {
            g.writeStringField("numFinessEge", s.finess());
        }
        g.writeArrayFieldStart("espic");
        g.writeString("0");
        g.writeEndArray();
        g.writeStringField("siret", String.format("%014d", (long) (random.nextDouble() * 1e14)));
        g.writeEndObject();
        code(g, schema ? "categorieEntiteGeographiqueExercice" : "categorieentiteGeographiqueExercice",
                s.category().code(), CATEGORY_SYSTEM, schema);
        g.writeStringField("modefixationtarifaire", "07");
        g.writeArrayFieldStart("typeBudget");
        g.writeString("01");
        g.writeEndArray();
        address(g, s, "03");
        g.writeArrayFieldStart("evenement");
        g.writeStartObject();
        g.writeStringField("evenementId", String.valueOf(140_000 + s.index()));
        g.writeStringField("dateEnregistrement", "2023-03-15 11:21:01");
        g.writeStringField("dateEvenement", "1988-05-02");
        g.writeStringField("etatObjet1", "003");
        g.writeStringField("identifiantObjet1", String.valueOf(s.index() + 1));
        g.writeStringField("systemeMaitre", "01");
        g.writeStringField("typeObjet1", "EG");
        g.writeStringField("codeEvenement", "003");
        g.writeEndObject();
        g.writeEndArray();
        g.writeArrayFieldStart("roleEge");
        g.writeEndArray();
        code(g, "etatObjet", s.state() == State.INACTIVE ? "I" : "A", STATE_SYSTEM, schema);
        g.writeStringField("dateDerniereMaj", "2021-10-18 00:00:00");
        g.writeEndObject();
    }

    private void address(JsonGenerator g, Site s, String usage) throws IOException {
        g.writeArrayFieldStart("adresse");
        g.writeStartObject();
        g.writeStringField("usageAdresse", usage);
        g.writeStringField("numeroVoie", String.valueOf(1 + random.nextInt(120)));
        g.writeStringField("typeVoie", "R   ");
        g.writeStringField("libelleVoie", "DES LILAS");
        g.writeStringField("cogCommune", s.commune());
        g.writeStringField("ligneAcheminement", s.town());
        g.writeStringField("codePostal", s.postalCode());
        g.writeObjectFieldStart("coordonneesGeographique");
        g.writeStringField("coordonneeX", String.valueOf(6_500_000 + random.nextInt(100_000)));
        g.writeStringField("coordonneeY", String.valueOf(800_000 + random.nextInt(100_000)));
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeArrayFieldStart("contact");
        g.writeStartObject();
        g.writeObjectFieldStart("typeContact");
        g.writeStringField("roleContact", "01");
        g.writeEndObject();
        g.writeObjectFieldStart("telecom");
        g.writeStringField("telephone", "04" + String.format("%08d", random.nextInt(100_000_000)));
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
    }

    /** A code as the example writes it (a string) or as the schema does (an object with its system). */
    private static void code(JsonGenerator g, String field, String code, String system, boolean schema) throws IOException {
        if (!schema) {
            g.writeStringField(field, code);
            return;
        }
        g.writeObjectFieldStart(field);
        g.writeStringField("code", code);
        g.writeStringField("system", system);
        g.writeEndObject();
    }
}
