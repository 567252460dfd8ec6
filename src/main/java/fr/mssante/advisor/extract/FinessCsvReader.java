package fr.mssante.advisor.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the legacy FINESS Etalab CSV ({@code etalab-cs1100507-stock-AAAAMMJJ-hhmm.csv}): no header,
 * a first line {@code finess;etalab;<n>;<AAAA-MM-JJ>}, {@code structureet} lines of 32 {@code ;}-separated
 * fields (the apparent trailing {@code ;} is the empty {@code numuai}) whose names may be quoted with
 * doubled quotes ({@code "LIEU DE VIE ""MAVOUNA"""}), {@code geolocalisation} lines skipped.
 *
 * <p>Each line is parsed on its own by Apache Commons CSV: the published records never span lines, and
 * a quote left open then spoils one line (counted as malformed) instead of swallowing the rest of the
 * file as one field.
 */
final class FinessCsvReader {

    static final int FIELDS = 32;
    private static final int NOFINESSET = 1;
    private static final int NOFINESSEJ = 2;
    private static final int RS = 3;
    private static final int RSLONGUE = 4;
    private static final int DEPARTEMENT = 13;
    private static final int LIBDEPARTEMENT = 14;
    private static final int LIGNEACHEMINEMENT = 15;
    private static final int CATEGETAB = 18;
    private static final int LIBCATEGETAB = 19;
    private static final int SIRET = 22;
    private static final int DATEOUV = 28;
    private static final int PROGRESS_EVERY = 20_000;

    private static final CSVFormat FORMAT = CSVFormat.Builder.create().setDelimiter(';').setQuote('"')
            .setIgnoreEmptyLines(false).get();

    private FinessCsvReader() {
    }

    static FinessReading read(Path file, Progress progress, Consumer<FinessEstablishment> sink) {
        try (OpenedExtract opened = OpenedExtract.open(file); TextLines lines = new TextLines(opened.stream())) {
            MalformedLines malformed = new MalformedLines();
            long establishments = 0;
            long geolocations = 0;
            java.time.LocalDate published = null;
            for (String line = lines.next(); line != null; line = lines.next()) {
                long n = lines.lineNumber();
                if (n % PROGRESS_EVERY == 0) {
                    progress.update("FINESS", n);
                }
                String kind = line.substring(0, Math.max(0, line.indexOf(';'))).toLowerCase(Locale.ROOT);
                switch (kind) {
                    case "finess" -> published = n == 1 ? firstLineDate(line) : published;
                    case "geolocalisation" -> geolocations++;
                    case "structureet" -> {
                        FinessEstablishment e = establishment(line, n);
                        if (e == null) {
                            malformed.add(n);
                        } else {
                            establishments++;
                            sink.accept(e);
                        }
                    }
                    default -> {
                        if (!line.isBlank()) {
                            malformed.add(n); // a kind of line the publication does not have, or a cut line
                        }
                    }
                }
            }
            return new FinessReading(file, FinessPublication.ETALAB_CSV, lines.charset(), published, lines.lineNumber(),
                    establishments, geolocations, 0, malformed);
        } catch (IOException e) {
            throw OpenedExtract.failure(file, e);
        }
    }

    /** {@code finess;etalab;95;2025-03-01} → 1 March 2025. */
    private static java.time.LocalDate firstLineDate(String line) {
        String[] parts = line.split(";");
        return parts.length >= 4 ? FileDates.iso(parts[3].trim()) : null;
    }

    /** The establishment of a {@code structureet} line, or null when the line is malformed. */
    private static FinessEstablishment establishment(String line, long n) {
        CSVRecord r;
        try (CSVParser parser = CSVParser.parse(line, FORMAT)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) {
                return null;
            }
            r = records.get(0);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return null; // a quote opened and never closed, a character after a closing quote…
        }
        if (r.size() != FIELDS || r.get(NOFINESSET).isBlank()) {
            return null;
        }
        String written = r.get(DEPARTEMENT).trim();
        String department = Departments.normalise(written).orElse(written.isEmpty() ? null : written);
        String routing = r.get(LIGNEACHEMINEMENT).trim();
        boolean postal = routing.length() >= 5 && routing.substring(0, 5).chars().allMatch(Character::isDigit);
        String rs = text(r.get(RS));
        String rsLongue = text(r.get(RSLONGUE));
        String label = text(r.get(LIBDEPARTEMENT));
        return new FinessEstablishment(n, FinessPublication.ETALAB_CSV, r.get(NOFINESSET).trim(), text(r.get(NOFINESSEJ)),
                null, rs != null ? rs : rsLongue, rsLongue, text(r.get(CATEGETAB)), text(r.get(LIBCATEGETAB)),
                department, written, label != null ? label : Departments.nameOf(department), text(r.get(SIRET)),
                postal ? routing.substring(0, 5) : null, postal ? text(routing.substring(5)) : text(routing),
                FileDates.iso(r.get(DATEOUV).trim()), null, true);
    }

    static String text(String raw) {
        if (raw == null) {
            return null;
        }
        String t = raw.trim();
        return t.isEmpty() ? null : t;
    }
}
