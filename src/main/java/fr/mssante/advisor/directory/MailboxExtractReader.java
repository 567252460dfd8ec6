package fr.mssante.advisor.directory;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Streams the Annuaire Santé extraction of MSSanté mailboxes
 * ({@code Extraction_Correspondance_MSSante_…txt}, or the ZIP that holds it): {@code |}-separated,
 * one header line, 31 columns. Only the first columns matter here: type, address, and the structure's
 * identifier with its type ({@code 1} = FINESS).
 */
public final class MailboxExtractReader {

    static final int COLUMNS = 31;
    private static final int TYPE = 0;
    private static final int ADDRESS = 1;
    private static final int STRUCTURE_ID_TYPE = 5;
    private static final int STRUCTURE_ID = 6;
    private static final String FINESS_ID_TYPE = "1";
    private static final int PROGRESS_EVERY = 50_000;

    /**
     * What a reading saw.
     *
     * @param entry      the ZIP entry read, null for a plain text file
     * @param mailboxes  well-formed mailbox lines
     * @param withFiness those whose structure is identified by a FINESS
     */
    public record Result(Charset charset, String entry, long lines, long mailboxes, long withFiness,
                         MalformedLines malformed) {
    }

    public Result read(Path file, Consumer<MailboxLine> sink, Progress progress) {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            if (isZip(raw)) {
                ZipInputStream zip = new ZipInputStream(raw);
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    if (!e.isDirectory() && e.getName().toLowerCase(Locale.ROOT).endsWith(".txt")) {
                        return read(zip, e.getName(), sink, progress);
                    }
                }
                throw new ExtractException(file, "le ZIP ne contient aucun fichier .txt / no .txt file in the ZIP");
            }
            return read(raw, null, sink, progress);
        } catch (NoSuchFileException e) {
            throw new ExtractException(file, "fichier introuvable / file not found");
        } catch (IOException e) {
            throw new ExtractException(file, "illisible / unreadable: " + e.getMessage());
        }
    }

    private Result read(InputStream in, String entry, Consumer<MailboxLine> sink, Progress progress)
            throws IOException {
        MalformedLines malformed = new MalformedLines();
        long mailboxes = 0;
        long withFiness = 0;
        Fields f = new Fields('|');
        TextLines lines = new TextLines(in);
        for (String line = lines.next(); line != null; line = lines.next()) {
            long n = lines.lineNumber();
            if (n % PROGRESS_EVERY == 0) {
                progress.update("MSSanté", n);
            }
            if (line.isBlank()) {
                continue;
            }
            f.parse(line);
            String type = f.get(TYPE);
            if (n == 1 && type.equalsIgnoreCase("Type de BAL")) {
                continue;
            }
            String address = f.count() == COLUMNS ? f.get(ADDRESS) : "";
            if (type.isEmpty() || address.isEmpty()) {
                malformed.add(n);
                continue;
            }
            String finess = FINESS_ID_TYPE.equals(f.get(STRUCTURE_ID_TYPE)) ? finessOf(f.get(STRUCTURE_ID)) : null;
            if (finess != null) {
                withFiness++;
            }
            sink.accept(new MailboxLine(type(type), address, finess));
            mailboxes++;
        }
        return new Result(lines.charset(), entry, lines.lineNumber(), mailboxes, withFiness, malformed);
    }

    /** The usual types as shared constants: a national file holds half a million of them. */
    private static String type(String raw) {
        return switch (raw.toUpperCase(Locale.ROOT)) {
            case "PER" -> "PER";
            case "ORG" -> "ORG";
            case "APP" -> "APP";
            case "CAB" -> "CAB";
            default -> raw.toUpperCase(Locale.ROOT);
        };
    }

    /** The FINESS in {@code Identification Structure}: written with or without the type digit {@code 1}. */
    static String finessOf(String structureId) {
        String id = structureId.trim();
        if (id.length() == 10 && id.charAt(0) == '1') {
            return id.substring(1);
        }
        return id.isEmpty() ? null : id;
    }

    private static boolean isZip(InputStream in) throws IOException {
        in.mark(4);
        byte[] magic = in.readNBytes(4);
        in.reset();
        return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
    }
}
