package fr.mssante.advisor.extract.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes synthetic public extracts in exactly their published forms, for tests, benchmarks and
 * demonstrations (the real files cannot be fetched here): the FINESS as the Etalab CSV and as the JSON
 * flux, the Annuaire Santé mailbox extraction, and the RPPS activity extraction, all from one invented
 * world ({@link World}) so that they join as the real ones do. Seeded: the same options give the same
 * bytes. Every quirk of {@code public-extracts.md} appears: trailing separators, BOM and CRLF on request,
 * Windows-1252 on request, doubled quotes, overseas {@code 9A}… departments, Corsica, closed
 * establishments, both spellings of the JSON flux, repeated addresses, the three RPPS layouts, malformed
 * lines.
 *
 * <pre>java -cp mssante-advisor.jar fr.mssante.advisor.extract.synthetic.SyntheticExtracts
 *     --establishments 100000 --mailboxes 550000 --rpps 2000000 [--seed 42] [--departments 93,94]
 *     [--cp1252] [--zip] [--crlf] [--bom] [--trailing-pipe mixed|all|none] [--rpps-year 2025] DIR</pre>
 */
public final class SyntheticExtracts {

    /** Shares of lines and numbers that are deliberately wrong. */
    static final double MALFORMED_RATE = 0.0005;
    static final double INVALID_FINESS_RATE = 0.002;

    public static final String FINESS_CSV_FILE = "etalab-cs1100507-stock-20260512-0339.csv";
    public static final String FINESS_JSON_FILE = "finess-structures-journalier-20260309.json";
    public static final String MAILBOX_FILE = "Extraction_Correspondance_MSSante_202603010400.txt";
    public static final String RPPS_FILE = "PS_LibreAcces_Personne_activite_202603010400.txt";

    /** Whether mailbox lines end with a {@code |}: the spec leaves it open, so both appear by default. */
    public enum TrailingPipe { NONE, ALL, MIXED }

    /**
     * Options of one generation.
     *
     * @param establishments establishments of the JSON flux (the CSV lists the open ones)
     * @param rppsLines      activity lines of the RPPS file; 0 writes no RPPS file
     * @param cp1252         the FINESS CSV in Windows-1252, as before 2022 (else UTF-8)
     * @param zip            the mailbox extraction as the single entry of a ZIP
     * @param bom            a byte order mark opening every UTF-8 file
     */
    public record Options(int establishments, int mailboxes, int rppsLines, long seed, List<String> departments,
                          boolean cp1252, boolean zip, boolean crlf, boolean bom, TrailingPipe trailingPipe,
                          int rppsYear) {

        public Options {
            departments = List.copyOf(departments);
        }

        /** The defaults: UTF-8, no ZIP, LF, no BOM, mixed trailing pipes, the 2025 RPPS layout. */
        public static Options of(int establishments, int mailboxes, int rppsLines, long seed) {
            return new Options(establishments, mailboxes, rppsLines, seed, List.of(), false, false, false, false,
                    TrailingPipe.MIXED, 2025);
        }
    }

    /**
     * What was written, and how many of each deliberate quirk, for tests to check the readers against.
     *
     * @param rpps              null when no RPPS file was asked for
     * @param csvLines          {@code structureet} lines of the CSV (open establishments, malformed included)
     * @param closed            establishments of the flux closed on the day of writing
     * @param mailboxRepeats    lines repeating an address already listed for the same establishment
     */
    public record Written(Path finessCsv, Path finessJson, Path mailboxes, Path rpps, int establishments, int csvLines,
                          int csvMalformed, int jsonMalformed, int closed, int mailboxLines, int mailboxMalformed,
                          int mailboxRepeats, int rppsLines, int rppsMalformed, int rppsAtSites, int rppsColumns) {
    }

    private final Options options;

    public SyntheticExtracts(Options options) {
        this.options = options;
    }

    public Written write(Path dir) throws IOException {
        Files.createDirectories(dir);
        long seed = options.seed();
        String eol = options.crlf() ? "\r\n" : "\n";
        World world = new World(options.establishments(), seed, options.departments());

        Path csv = dir.resolve(FINESS_CSV_FILE);
        int csvMalformed;
        try (Writer out = writer(Files.newOutputStream(csv), options.cp1252() ? Charset.forName("windows-1252")
                : StandardCharsets.UTF_8)) {
            csvMalformed = new FinessCsvWriter(seed, eol).write(out, world);
        }
        Path json = dir.resolve(FINESS_JSON_FILE);
        int jsonMalformed;
        try (Writer out = writer(Files.newOutputStream(json), StandardCharsets.UTF_8)) {
            jsonMalformed = new FinessJsonWriter(seed).write(out, world);
        }

        MailboxWriter.Counts m;
        Path mailboxes = dir.resolve(options.zip() ? MAILBOX_FILE.replace(".txt", ".zip") : MAILBOX_FILE);
        MailboxWriter mailboxWriter = new MailboxWriter(seed, eol, options.trailingPipe());
        if (options.zip()) {
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(mailboxes))) {
                zip.putNextEntry(new ZipEntry(MAILBOX_FILE));
                Writer out = writer(zip, StandardCharsets.UTF_8);
                m = mailboxWriter.write(out, world, options.mailboxes());
                out.flush();
                zip.closeEntry();
            }
        } else {
            try (Writer out = writer(Files.newOutputStream(mailboxes), StandardCharsets.UTF_8)) {
                m = mailboxWriter.write(out, world, options.mailboxes());
            }
        }

        Path rpps = null;
        RppsWriter.Counts r = new RppsWriter.Counts(0, 0, 0);
        RppsWriter rppsWriter = new RppsWriter(seed, eol, options.rppsYear());
        if (options.rppsLines() > 0) {
            rpps = dir.resolve(RPPS_FILE);
            try (Writer out = writer(Files.newOutputStream(rpps), StandardCharsets.UTF_8)) {
                r = rppsWriter.write(out, world, options.rppsLines());
            }
        }
        int csvLines = (int) world.sites().stream().filter(World.Site::inCsv).count();
        int closed = world.sites().size() - (int) world.sites().stream()
                .filter(s -> s.state() == World.State.OPEN || s.state() == World.State.CLOSING_LATER).count();
        return new Written(csv, json, mailboxes, rpps, world.sites().size(), csvLines, csvMalformed, jsonMalformed,
                closed, m.lines(), m.malformed(), m.repeats(), r.lines(), r.malformed(), r.atSites(), rppsWriter.columns());
    }

    private Writer writer(OutputStream out, Charset charset) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, charset), 1 << 20);
        if (options.bom() && charset.equals(StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
        }
        return w;
    }

    public static void main(String[] args) throws IOException {
        int establishments = 1000;
        int mailboxes = 5000;
        int rpps = 0;
        long seed = 42;
        List<String> departments = List.of();
        boolean cp1252 = false;
        boolean zip = false;
        boolean crlf = false;
        boolean bom = false;
        TrailingPipe trailing = TrailingPipe.MIXED;
        int year = 2025;
        Path dir = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--establishments" -> establishments = Integer.parseInt(args[++i]);
                case "--mailboxes" -> mailboxes = Integer.parseInt(args[++i]);
                case "--rpps" -> rpps = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--departments" -> departments = List.of(args[++i].split(","));
                case "--cp1252", "--latin1" -> cp1252 = true;
                case "--zip" -> zip = true;
                case "--crlf" -> crlf = true;
                case "--bom" -> bom = true;
                case "--trailing-pipe" -> trailing = TrailingPipe.valueOf(args[++i].toUpperCase(java.util.Locale.ROOT));
                case "--rpps-year" -> year = Integer.parseInt(args[++i]);
                default -> dir = Path.of(args[i]);
            }
        }
        if (dir == null) {
            System.err.println("usage: SyntheticExtracts [--establishments N] [--mailboxes N] [--rpps N] [--seed N]"
                    + " [--departments 93,94] [--cp1252] [--zip] [--crlf] [--bom] [--trailing-pipe mixed|all|none]"
                    + " [--rpps-year 2018|2021|2025] DIR");
            System.exit(2);
        }
        Written w = new SyntheticExtracts(new Options(establishments, mailboxes, rpps, seed, departments, cp1252, zip,
                crlf, bom, trailing, year)).write(dir);
        System.out.println(w.finessCsv() + " (" + w.csvLines() + " open establishments, " + w.csvMalformed() + " malformed)");
        System.out.println(w.finessJson() + " (" + w.establishments() + " establishments, " + w.closed() + " closed, "
                + w.jsonMalformed() + " malformed)");
        System.out.println(w.mailboxes() + " (" + w.mailboxLines() + " mailbox lines, " + w.mailboxRepeats() + " repeats, "
                + w.mailboxMalformed() + " malformed)");
        if (w.rpps() != null) {
            System.out.println(w.rpps() + " (" + w.rppsLines() + " activity lines, " + w.rppsColumns() + " columns, "
                    + w.rppsMalformed() + " malformed)");
        }
    }
}
