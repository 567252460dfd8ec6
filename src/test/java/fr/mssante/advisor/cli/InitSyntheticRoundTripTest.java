package fr.mssante.advisor.cli;

import static fr.mssante.advisor.cli.InitRoundTripTest.audit;
import static fr.mssante.advisor.cli.InitRoundTripTest.names;
import static fr.mssante.advisor.cli.InitRoundTripTest.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.mssante.advisor.extract.synthetic.SyntheticExtracts;
import fr.mssante.advisor.setup.Professional;
import fr.mssante.advisor.setup.Setup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Extracts → {@code init} → {@code audit} on the generator's output (every quirk of public-extracts.md:
 * CRLF, BOM, a zipped mailbox file, trailing pipes on some lines, repeated addresses, malformed lines,
 * both FINESS publications, names with apostrophes and accents, addresses badly written). What each
 * file holds is checked against the extracts read here independently, by header name.
 */
class InitSyntheticRoundTripTest {

    @TempDir
    static Path world;
    private static SyntheticExtracts.Written written;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() throws IOException {
        SyntheticExtracts.Options o = SyntheticExtracts.Options.of(400, 1_500, 6_000, 11);
        written = new SyntheticExtracts(new SyntheticExtracts.Options(o.establishments(), o.mailboxes(), o.rppsLines(),
                o.seed(), List.of("93", "2A", "971"), false, true, true, true, SyntheticExtracts.TrailingPipe.MIXED,
                2025)).write(world);
    }

    @Test
    void aDepartmentFromTheJsonFlux() throws IOException {
        Path out = dir.resolve("93");
        InProcess init = InProcess.run("init", "--department", "93", "--finess", written.finessJson(), "--mssante",
                written.mailboxes(), "--rpps", written.rpps(), "--out-dir", out).assertNoStackTrace();
        assertThat(init.status()).as(init.err()).isZero();

        List<String> files = names(out);
        assertThat(files).hasSizeGreaterThan(20).allMatch(f -> f.matches("93[0-9]{7}\\.yaml"));
        checkAgainstTheExtracts(out, files);
        JsonNode portfolio = audit(out);
        assertThat(portfolio.get("reports")).hasSize(files.size())
                .allSatisfy(r -> assertThat(r.get("errors")).as(r.get("source").asText()).isEmpty());

        // One establishment alone is the very file its department gave.
        String busiest = files.stream().max(java.util.Comparator.comparingInt(f -> read(out.resolve(f)).professionals()
                .size())).orElseThrow();
        InProcess one = InProcess.run("init", busiest.replace(".yaml", ""), "--finess", written.finessJson(),
                "--mssante", written.mailboxes(), "--rpps", written.rpps()).assertNoStackTrace();
        assertThat(one.status()).as(one.err()).isZero();
        assertThat(one.out()).isEqualTo(Files.readString(out.resolve(busiest)));
    }

    @Test
    void corsicaAndOverseasEhpadFromTheCsvAndEveryLegalEntityOfOne() throws IOException {
        Path out = dir.resolve("2A");
        InProcess init = InProcess.run("init", "--department", "2A,971", "--categories", "500,354", "--finess",
                written.finessCsv(), "--mssante", written.mailboxes(), "--rpps", written.rpps(), "--out-dir", out)
                .assertNoStackTrace();
        assertThat(init.status()).as(init.err()).isZero();
        List<String> files = names(out);
        assertThat(files).isNotEmpty();
        checkAgainstTheExtracts(out, files);
        assertThat(audit(out).get("reports")).allSatisfy(r -> assertThat(r.get("errors")).isEmpty());

        String legalEntity = read(out.resolve(files.get(0))).structure().legalEntityFiness();
        Path entity = dir.resolve("ej");
        InProcess ej = InProcess.run("init", "--legal-entity", legalEntity, "--finess", written.finessJson(),
                "--mssante", written.mailboxes(), "--rpps", written.rpps(), "--out-dir", entity).assertNoStackTrace();
        assertThat(ej.status()).as(ej.err()).isZero();
        assertThat(names(entity)).contains(files.get(0));
        names(entity).forEach(f -> assertThat(read(entity.resolve(f)).structure().legalEntityFiness()).isEqualTo(legalEntity));
        assertThat(audit(entity).get("reports")).allSatisfy(r -> assertThat(r.get("errors")).isEmpty());
    }

    /** Each file's professionals and mailboxes are exactly what the extracts list at its FINESS. */
    private static void checkAgainstTheExtracts(Path out, List<String> files) throws IOException {
        Map<String, Set<String>> people = column(written.rpps(), "Numéro FINESS site", "Identification nationale PP");
        Map<String, Set<String>> addresses = mailboxColumn();
        int professionals = 0;
        for (String f : files) {
            Setup setup = read(out.resolve(f));
            String finess = setup.structure().finess();
            Set<String> ids = new TreeSet<>();
            for (Professional p : setup.professionals()) {
                ids.add(p.rpps() != null ? "8" + p.rpps() : "0" + p.adeli());
            }
            assertThat(ids).as(f).isEqualTo(people.getOrDefault(finess, Set.of()));
            assertThat(setup.professionals().stream().map(Professional::id).distinct()).hasSize(ids.size());
            Set<String> boxes = setup.mailboxes().stream().map(m -> m.address().toLowerCase(Locale.ROOT))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(boxes).as(f).isEqualTo(addresses.getOrDefault(finess, Set.of()));
            setup.mailboxes().stream().filter(m -> m.owner() != null).forEach(m ->
                    assertThat(setup.professionals()).anyMatch(p -> p.id().equals(m.owner())));
            professionals += ids.size();
        }
        assertThat(professionals).as("professionals in the files").isPositive();
    }

    /** {@code value} by {@code key} column, of the well-formed lines (as many fields as the header). */
    private static Map<String, Set<String>> column(Path file, String key, String value) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).replace("\uFEFF", "").split("\\|", -1));
        int k = header.indexOf(key);
        int v = header.indexOf(value);
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\\|", -1);
            if (f.length == header.size() && !f[k].isEmpty()) {
                out.computeIfAbsent(f[k], x -> new TreeSet<>()).add(f[v]);
            }
        }
        return out;
    }

    /** Mailbox addresses by FINESS (the structure id without its leading 1), lower case. */
    private static Map<String, Set<String>> mailboxColumn() throws IOException {
        Path text = world.resolve("mailboxes.txt");
        if (!Files.exists(text)) {
            try (var zip = new java.util.zip.ZipFile(written.mailboxes().toFile())) {
                Files.copy(zip.getInputStream(zip.entries().nextElement()), text);
            }
        }
        List<String> lines = Files.readAllLines(text, StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).replace("\uFEFF", "").replace("\r", "").split("\\|", -1));
        int columns = header.get(header.size() - 1).isEmpty() ? header.size() - 1 : header.size();
        int type = header.indexOf("Type identifiant structure");
        int id = header.indexOf("Identification Structure");
        int address = header.indexOf("Adresse BAL");
        int kind = header.indexOf("Type de BAL");
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.replace("\r", "").split("\\|", -1);
            boolean wellFormed = f.length == columns || f.length == columns + 1 && f[columns].isEmpty();
            if (wellFormed && f[type].equals("1") && Set.of("PER", "ORG", "APP", "CAB").contains(f[kind])
                    && !f[address].isBlank()) {
                String finess = f[id].length() == 10 ? f[id].substring(1) : f[id];
                out.computeIfAbsent(finess, x -> new TreeSet<>()).add(f[address].trim().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
