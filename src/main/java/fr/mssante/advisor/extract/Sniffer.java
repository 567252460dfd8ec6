package fr.mssante.advisor.extract;

import fr.mssante.advisor.i18n.LocalizedText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Tells what a file is from its first 64 KiB, so that a reader given the wrong file (swapped arguments,
 * the RPPS file as mailboxes, a ZIP where text is expected, a file without its header) says what it was
 * given instead of reading nothing.
 */
final class Sniffer {

    private static final int HEAD = 1 << 16;
    private static final Set<String> MAILBOX_TYPES = Set.of("PER", "ORG", "APP", "CAB");

    private Sniffer() {
    }

    /**
     * What a file looks like.
     *
     * @param zipEntry   for a ZIP, its single (text) entry, when it has one
     * @param inside     for a ZIP, what that entry looks like, else null
     * @param zipProblem for a ZIP without a single text entry, the sentence that says so, else null
     */
    record Sniff(ExtractKind kind, String zipEntry, ExtractKind inside, ExtractException zipProblem) {

        Sniff(ExtractKind kind) {
            this(kind, null, null, null);
        }


        /** The kind of the content a reader will see: the entry's for a ZIP that has one. */
        ExtractKind content() {
            return kind == ExtractKind.ZIP && inside != null ? inside : kind;
        }

        LocalizedText describe() {
            if (kind != ExtractKind.ZIP || inside == null) {
                return kind.description();
            }
            return LocalizedText.of("une archive ZIP qui contient " + inside.description().fr() + " (" + zipEntry + ")",
                    "a ZIP archive holding " + inside.description().en() + " (" + zipEntry + ")");
        }
    }

    static Sniff sniff(Path file) {
        byte[] head = head(file);
        if (!OpenedExtract.isZip(head)) {
            return new Sniff(kindOf(head));
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                if (e.getName().equals("[Content_Types].xml") || e.getName().equals("mimetype")) {
                    return new Sniff(ExtractKind.SPREADSHEET);
                }
            }
        } catch (IOException e) {
            return new Sniff(ExtractKind.ZIP, null, null, OpenedExtract.failure(file, e));
        }
        try (OpenedExtract opened = OpenedExtract.open(file)) {
            return new Sniff(ExtractKind.ZIP, opened.zipEntry(), kindOf(opened.stream().readNBytes(HEAD)), null);
        } catch (ExtractException e) {
            return new Sniff(ExtractKind.ZIP, null, null, e);
        } catch (IOException e) {
            return new Sniff(ExtractKind.ZIP, null, null, OpenedExtract.failure(file, e));
        }
    }

    /**
     * Fails unless the file (or, when {@code zipAllowed}, its ZIP's entry) is one of {@code wanted}.
     *
     * @param expectedFr what was expected, as a noun phrase ("l'extraction FINESS …")
     */
    static Sniff expect(Path file, Set<ExtractKind> wanted, boolean zipAllowed, String expectedFr, String expectedEn) {
        Sniff s = sniff(file);
        if (wanted.contains(s.kind()) || zipAllowed && s.kind() == ExtractKind.ZIP && wanted.contains(s.inside())) {
            return s;
        }
        if (s.kind() == ExtractKind.ZIP && zipAllowed && s.zipProblem() != null) {
            throw s.zipProblem(); // no single text entry: the ZIP's own sentence names its entries
        }
        if (s.kind() == ExtractKind.ZIP && !zipAllowed) {
            throw ExtractException.of(ExtractException.Kind.WRONG_FILE, file,
                    file + " : " + s.describe().fr() + " au lieu du fichier texte de " + expectedFr
                            + " ; décompressez-la et donnez le fichier qu'elle contient.",
                    file + ": " + s.describe().en() + " instead of the text file of " + expectedEn
                            + "; unzip it and give the file it holds.");
        }
        throw ExtractException.of(ExtractException.Kind.WRONG_FILE, file,
                file + " n'est pas " + expectedFr + " : ce fichier ressemble " + ExtractKind.toFr(s.describe().fr()) + ".",
                file + " is not " + expectedEn + ": this file looks like " + s.describe().en() + ".");
    }

    private static byte[] head(Path file) {
        try (InputStream in = OpenedExtract.newInputStream(file)) {
            return in.readNBytes(HEAD);
        } catch (IOException e) {
            throw OpenedExtract.failure(file, e);
        }
    }

    static ExtractKind kindOf(byte[] head) {
        if (head.length == 0) {
            return ExtractKind.EMPTY;
        }
        if (head.length >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
            return ExtractKind.BINARY;
        }
        for (int i = 0; i < Math.min(head.length, 4096); i++) {
            if (head[i] == 0) {
                return ExtractKind.BINARY; // also UTF-16, which no extract is published in
            }
        }
        String text = decode(head);
        String start = text.stripLeading();
        if (start.isEmpty()) {
            return ExtractKind.EMPTY;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (start.charAt(0) == '{' || start.charAt(0) == '[') {
            if (lower.contains("\"pmej\"") || lower.contains("\"schemaversion\"") || lower.contains("\"gcc\"")) {
                return ExtractKind.FINESS_JSON;
            }
            return lower.contains("mssante-setup") ? ExtractKind.SETUP : ExtractKind.JSON;
        }
        if (start.charAt(0) == '<') {
            return ExtractKind.XML;
        }
        int eol = start.indexOf('\n');
        String first = (eol < 0 ? start : start.substring(0, eol)).replace("\r", "");
        String firstLower = first.toLowerCase(Locale.ROOT);
        if (firstLower.startsWith("finess;etalab") || firstLower.startsWith("structureet;")
                || firstLower.startsWith("geolocalisation;")) {
            return ExtractKind.FINESS_CSV;
        }
        if (lower.contains("mssante-setup")) {
            return ExtractKind.SETUP;
        }
        if (first.indexOf('|') >= 0) {
            return pipeSeparated(first);
        }
        return ExtractKind.TEXT;
    }

    private static ExtractKind pipeSeparated(String first) {
        String[] fields = first.split("\\|", -1);
        Header header = new Header(java.util.Arrays.asList(fields));
        // One column of its own is enough to name the extract: its reader then names a missing column.
        if (header.has(MailboxFormat.TYPE) || header.has(MailboxFormat.ADDRESS)) {
            return ExtractKind.MAILBOXES;
        }
        if (header.has(RppsFormat.PP_ID)) {
            return header.has(RppsFormat.FINESS_SITE) || header.has(RppsFormat.SITE_NAME) || header.has(RppsFormat.MODE_CODE)
                    ? ExtractKind.RPPS_ACTIVITY : ExtractKind.RPPS_OTHER;
        }
        String type = fields[0].trim().toUpperCase(Locale.ROOT);
        if (MAILBOX_TYPES.contains(type) && fields.length > 1 && fields[1].contains("@")) {
            return ExtractKind.MAILBOX_LINES;
        }
        if ((type.equals("0") || type.equals("8")) && fields.length >= 40) {
            return ExtractKind.RPPS_LINES;
        }
        return ExtractKind.TEXT;
    }

    private static String decode(byte[] head) {
        try (DecodingReader r = new DecodingReader(new ByteArrayInputStream(head))) {
            StringBuilder out = new StringBuilder(head.length);
            char[] buf = new char[8192];
            for (int n = r.read(buf, 0, buf.length); n > 0; n = r.read(buf, 0, buf.length)) {
                out.append(buf, 0, n);
            }
            return out.toString();
        } catch (IOException e) {
            return "";
        }
    }
}
