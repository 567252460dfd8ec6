package fr.mssante.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.mssante.advisor.setup.LoadedSetup;
import fr.mssante.advisor.setup.Setup;
import fr.mssante.advisor.setup.SetupLoader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Extracts → {@code init} → {@code audit}, through the real command line: every file written audits
 * with findings and no input error, and holds the structure, professionals and mailboxes the extracts
 * give (hand-written fixtures in the published forms, hostile names included).
 */
class InitRoundTripTest {

    static final Path FIXTURES = Path.of("src/test/resources/init").toAbsolutePath();
    static final Path FINESS = FIXTURES.resolve("finess-structures-journalier-20260309.json");
    static final Path MSSANTE = FIXTURES.resolve("Extraction_Correspondance_MSSante_202608010400.txt");
    static final Path RPPS = FIXTURES.resolve("PS_LibreAcces_Personne_activite_202608010400.txt");
    static final String DAY = "2026-09-01";

    @TempDir
    Path dir;

    @Test
    void oneEstablishmentFromTheJsonFlux() throws IOException {
        Path file = dir.resolve("ehpad.yaml");
        InProcess init = init("930000021", "--output", file);
        assertThat(init.status()).as(init.err()).isZero();

        Setup setup = read(file);
        assertThat(setup.structure().name()).isEqualTo("EHPAD \"Les Lilas\" : l'Été # 1 — Résidence d'Aubervilliers");
        assertThat(setup.structure().finess()).isEqualTo("930000021");
        assertThat(setup.structure().legalEntityFiness()).isEqualTo("930000013");
        assertThat(setup.structure().category()).isEqualTo("EHPAD");
        assertThat(setup.deployment().deployed()).isFalse();
        assertThat(setup.professionals()).extracting(p -> p.id(), p -> p.lastName(), p -> p.profession(), p -> p.rpps(),
                p -> p.registeredBy()).containsExactly(
                tuple("p-de-la-fontaine-1-helene", "DE LA FONTAINE: #1", "EDUCATEUR_SPECIALISE", "10000000041", "RPPS_PLUS"),
                tuple("p-martin-jean", "MARTIN", "INFIRMIER", "10000000017", "ORDER"),
                tuple("p-martin-jean-2", "MARTIN", "MEDECIN", "10000000025", "ORDER"),
                tuple("p-o-brien-dit-la-rose-marie-eve", "O'BRIEN \"DIT LA ROSE\"", "AIDE_SOIGNANT", "10000000033",
                        "RPPS_PLUS"),
                tuple("p-verre-lea", "VERRE", "AUTRE", "10000000066", "NONE"),
                tuple("p-wolfeschlegelsteinhausenbergerdorff", setup.professionals().get(5).lastName(), "PSYCHOLOGUE",
                        "10000000058", "ORDER"));
        assertThat(setup.professionals().get(5).lastName()).hasSizeGreaterThan(200).endsWith("DIT LE TRÈS LONG");
        assertThat(setup.mailboxes()).extracting(m -> m.id(), m -> m.address(), m -> m.type(), m -> m.owner())
                .containsExactly(
                        tuple("bal-accueil", "accueil@ehpad-lilas.mssante.fr", "ORG", null),
                        tuple("bal-soins", "soins@ehpad-lilas.mssante.fr", "ORG", null),
                        tuple("bal-dui", "dui@ehpad-lilas.mssante.fr", "APP", null),
                        tuple("bal-jean-martin", "jean.martin@ehpad-lilas.mssante.fr", "PER", "p-martin-jean"),
                        tuple("bal-zoe-ndiaye", "zoe.ndiaye@ehpad-lilas.mssante.fr", "PER", null),
                        tuple("bal-marie-eve-obrien", "marie-eve..obrien@ehpad-lilas.mssante.fr", "PER",
                                "p-o-brien-dit-la-rose-marie-eve"));
        String yaml = Files.readString(file);
        assertThat(yaml).contains("profession: AUTRE # À COMPLÉTER : profession RPPS 28 : Opticien-lunetier ; absente de"
                + " reference/rpps-professions.yaml", "(1 ligne répétant une adresse déjà listée écartée.)");

        JsonNode report = audit(file);
        assertThat(report.get("errors")).as(report.toString()).isEmpty();
        assertThat(report.at("/structure/finess").asText()).isEqualTo("930000021");
        assertThat(findings(report)).contains("BAL-PER-WITHOUT-RPPS bal-zoe-ndiaye",
                "BAL-ADDRESS-INVALID bal-marie-eve-obrien", "GOV-NOT-DEPLOYED structure",
                "BAL-ORG-ACCESS-UNDEFINED bal-accueil", "BAL-OPERATOR-MISSING bal-jean-martin")
                .doesNotContain("BAL-PER-WITHOUT-RPPS bal-jean-martin", "ELIG-FINESS-INVALID structure",
                        "ELIG-NO-QUALIFIED-PROFESSIONAL structure");
    }

    @Test
    void theOtherSpellingsOfTheFluxLeadingZerosAndAnAdeliOwner() throws IOException {
        InProcess init = init("010000024");   // to standard output
        assertThat(init.status()).as(init.err()).isZero();

        Setup setup = parse(init.out());
        assertThat(setup.structure().finess()).isEqualTo("010000024");
        assertThat(setup.structure().legalEntityFiness()).isEqualTo("010000016");
        assertThat(setup.structure().name()).isEqualTo("EHPAD L'ORÉE DE L'AIN");
        assertThat(setup.professionals()).extracting(p -> p.id(), p -> p.rpps(), p -> p.adeli())
                .containsExactly(tuple("p-dubois-luc", null, "930012345"), tuple("p-roux-chloe", "10000000082", null));
        assertThat(setup.mailboxes()).extracting(m -> m.address(), m -> m.owner())
                .containsExactly(tuple("contact@oree-ain.mssante.fr", null), tuple("ergo.ain@oree-ain.mssante.fr",
                        "p-dubois-luc"));
        Path file = dir.resolve("ain.yaml");
        Files.writeString(file, init.out());
        assertThat(audit(file).get("errors")).isEmpty();
    }

    @Test
    void aLegalEntityIntoAFolderThenAuditedAsAPortfolio() throws IOException {
        Path out = dir.resolve("association");
        InProcess init = init("--legal-entity", "930000013", "--out-dir", out);
        assertThat(init.status()).as(init.err()).isZero();

        assertThat(names(out)).containsExactly("930000021.yaml", "930000039.yaml", "930000047.yaml");
        assertThat(init.err()).contains("3 fichiers de configuration écrits dans " + out,
                "1 établissement fermé laissé de côté.",
                "attention : catégorie FINESS 999 absente de reference/finess-categories.yaml : écrite AUTRE (1 établissement).");
        Setup other = read(out.resolve("930000047.yaml"));
        assertThat(other.structure().category()).isEqualTo("AUTRE");
        assertThat(other.structure().name()).isEqualTo("LIEU DE VIE \"MAVOUNA\"");
        assertThat(Files.readString(out.resolve("930000047.yaml")))
                .contains("category: AUTRE # À COMPLÉTER : catégorie FINESS 999 ; absente de reference/finess-categories.yaml");
        Setup ssiad = read(out.resolve("930000039.yaml"));
        assertThat(ssiad.structure().category()).isEqualTo("SSIAD");
        assertThat(ssiad.mailboxes()).extracting(m -> m.owner()).containsExactly(null, "p-soin-helene");

        JsonNode portfolio = audit(out);
        assertThat(portfolio.get("reports")).hasSize(3)
                .allSatisfy(r -> assertThat(r.get("errors")).as(r.get("source").asText()).isEmpty());
        assertThat(portfolio.has("portfolio")).isTrue();
    }

    @Test
    void aDepartmentsEhpadIntoAFolder() throws IOException {
        Path out = dir.resolve("93");
        InProcess init = init("--department", "93", "--categories", "500", "--out-dir", out);
        assertThat(init.status()).as(init.err()).isZero();

        assertThat(names(out)).containsExactly("930000021.yaml", "930000070.yaml");
        assertThat(read(out.resolve("930000070.yaml")).professionals()).extracting(p -> p.id())
                .containsExactly("p-autre-personne");
        JsonNode portfolio = audit(out);
        assertThat(portfolio.get("reports")).hasSize(2).allSatisfy(r -> assertThat(r.get("errors")).isEmpty());
    }

    @Test
    void theLegacyCsvWithoutRpps() throws IOException {
        Path csv = Path.of("src/test/resources/directory").toAbsolutePath();
        Path out = dir.resolve("csv");
        InProcess init = InProcess.run("init", "--department", "93,94", "--finess", csv.resolve("finess-small.csv"),
                "--mssante", csv.resolve("mssante-small.txt"), "--out-dir", out, "--as-of", DAY);
        assertThat(init.status()).as(init.err()).isZero();
        assertThat(init.err()).contains("Sans --rpps, aucun professionnel n'a pu être repris.",
                "attention : " + csv.resolve("finess-small.csv") + " : 1 ligne mal formée ignorée (ligne 5).");

        List<String> files = names(out);
        // Without --categories, the ESSMS of the departments (as directory): not the hospital 930000062.
        assertThat(files).contains("930000013.yaml", "940000045.yaml").doesNotContain("930000062.yaml")
                .hasSizeGreaterThanOrEqualTo(5);
        Setup erables = read(out.resolve("930000013.yaml"));
        assertThat(erables.structure().name()).isEqualTo("EHPAD LES ÉRABLES (raison sociale longue)");
        assertThat(erables.professionals()).isEmpty();
        assertThat(erables.mailboxes()).isNotEmpty().allSatisfy(m -> assertThat(m.type().equals("PER")
                ? m.owner() == null : true).isTrue());
        assertThat(Files.readString(out.resolve("930000013.yaml")))
                .contains("FINESS (CSV Etalab) du 1er mars 2025 : finess-small.csv",
                        "RPPS (activités) : non fourni (--rpps)");
        JsonNode portfolio = audit(out);
        assertThat(portfolio.get("reports")).hasSize(files.size())
                .allSatisfy(r -> assertThat(r.get("errors")).as(r.get("source").asText()).isEmpty());
    }

    private static InProcess init(Object... args) {
        List<Object> all = new ArrayList<>(List.of("init"));
        all.addAll(List.of(args));
        all.addAll(List.of("--finess", FINESS, "--mssante", MSSANTE, "--rpps", RPPS, "--as-of", DAY));
        return InProcess.run(all.toArray()).assertNoStackTrace();
    }

    /** The JSON report of {@code audit}: findings (status 0 or 1), never an input error (status 2). */
    static JsonNode audit(Path fileOrFolder) throws IOException {
        InProcess audit = InProcess.run("audit", fileOrFolder, "--format", "json", "--as-of", DAY, "--fail-on", "NEVER");
        assertThat(audit.status()).as(audit.err()).isZero();
        return new ObjectMapper().readTree(audit.out());
    }

    static Setup read(Path file) {
        LoadedSetup loaded = new SetupLoader().load(file);
        assertThat(loaded.errors()).isEmpty();
        return loaded.setup();
    }

    private static Setup parse(String yaml) {
        LoadedSetup loaded = new SetupLoader().load("stdout.yaml", new StringReader(yaml), false);
        assertThat(loaded.errors()).isEmpty();
        return loaded.setup();
    }

    static List<String> findings(JsonNode report) {
        List<String> out = new ArrayList<>();
        report.get("findings").forEach(f -> out.add(f.get("ruleId").asText() + " " + f.get("subject").asText()));
        return out;
    }

    static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
