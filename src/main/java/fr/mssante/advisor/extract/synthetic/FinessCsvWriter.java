package fr.mssante.advisor.extract.synthetic;

import fr.mssante.advisor.extract.synthetic.World.Site;
import java.io.IOException;
import java.io.Writer;
import java.util.Random;

/**
 * Writes the legacy FINESS Etalab CSV as published: the {@code finess;etalab;…} first line, one
 * {@code structureet} line of 32 fields per open establishment (names with quotes or {@code ;} quoted,
 * inner quotes doubled), overseas departments as {@code 9A}…, then the {@code geolocalisation} lines.
 * A few lines are cut short on purpose (malformed).
 */
final class FinessCsvWriter {

    private final Random random;
    private final String eol;

    FinessCsvWriter(long seed, String eol) {
        this.random = new Random(seed ^ 0xF1E55L);
        this.eol = eol;
    }

    /** @return how many lines were made malformed */
    int write(Writer out, World world) throws IOException {
        out.write("finess;etalab;95;2026-05-12" + eol);
        int malformed = 0;
        for (Site s : world.sites()) {
            if (!s.inCsv()) {
                continue;
            }
            String[] f = {"structureet", s.finess(), s.legalEntity(), quote(s.name()), quote(s.name() + " - " + s.town()),
                "", "", String.valueOf(1 + random.nextInt(120)), "R", "DES LILAS", "", "",
                s.commune().substring(s.commune().length() - 3), s.department().finess(), s.department().label(),
                s.postalCode() + " " + s.town(), "01" + String.format("%08d", random.nextInt(100_000_000)), "",
                s.category().code(), s.category().label(), "4" + s.category().code().substring(1), s.category().label(),
                "", "8710B", "03", "ARS TG HAS", "", "", "2001-01-01", "2001-01-01", "2025-11-12", ""};
            String line = String.join(";", f);
            if (random.nextDouble() < SyntheticExtracts.MALFORMED_RATE) {
                line = line.substring(0, line.indexOf(";" + s.department().finess() + ";")); // cut short
                malformed++;
            }
            out.write(line);
            out.write(eol);
        }
        for (Site s : world.sites()) {
            if (s.inCsv()) {
                out.write("geolocalisation;" + s.finess() + ";" + (600000 + random.nextInt(400000)) + ".0;"
                        + (6200000 + random.nextInt(900000)) + ".0;1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93;2025-11-12"
                        + eol);
            }
        }
        return malformed;
    }

    /** A field as a CSV writer would: quoted when it holds a quote or a {@code ;}, inner quotes doubled. */
    static String quote(String field) {
        if (field.indexOf('"') < 0 && field.indexOf(';') < 0) {
            return field;
        }
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }
}
